using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// 'Body … do ông X làm Chủ tịch': a post given by a clause after the body it heads, the head written bare. The head
/// is read with the body the sentence names before 'do', as the two would be read written together; a head with
/// words of its own after it, a body no other person stands closer to, or no body at all gives nothing.
/// </summary>
public sealed class PostGivenByClauseTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_bare_head_after_the_clause_takes_the_body_that_opens_the_sentence()
    {
        Assert.Contains("Nguyễn Văn Khải | Chủ nhiệm Ủy ban Kiểm tra Trung ương",
            Roles("Ủy ban Kiểm tra Trung ương gồm tất cả 19 ủy viên, do ông Nguyễn Văn Khải làm Chủ nhiệm."));
    }

    [Fact]
    public void Heads_joined_by_kiem_each_take_the_company()
    {
        var roles = Roles("Tập đoàn Hưng Thịnh do ông Lê Văn Tâm làm Chủ tịch HĐQT kiêm Tổng giám đốc vừa được vinh danh.");
        Assert.Contains("Lê Văn Tâm | Chủ tịch Hội đồng quản trị Tập đoàn Hưng Thịnh", roles);
        Assert.Contains("Lê Văn Tâm | Tổng Giám đốc Tập đoàn Hưng Thịnh", roles);
    }

    [Fact]
    public void A_head_in_lower_case_after_a_founding_clause_is_read()
    {
        Assert.Contains("Phạm Văn Hải | Chủ tịch Công ty Cổ phần Xây dựng Hòa Bình",
            Roles("Công ty Cổ phần Xây dựng Hòa Bình được thành lập năm 2001, do ông Phạm Văn Hải làm chủ tịch."));
    }

    [Fact]
    public void A_head_with_words_of_its_own_after_it_is_left_to_the_title_grammar()
    {
        Assert.DoesNotContain(Roles("Ông Trần Văn An cho biết Tập đoàn Hưng Thịnh do bà Lê Thị Hoa làm Giám đốc điều hành."),
            r => r.StartsWith("Lê Thị Hoa", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_with_another_person_named_after_it_is_not_the_clauses()
    {
        Assert.DoesNotContain(Roles("Tập đoàn Hưng Thịnh hợp tác với ông Lê Văn Bình, do ông Lê Văn Tâm làm Chủ tịch."),
            r => r.StartsWith("Lê Văn Tâm", StringComparison.Ordinal));
    }

    [Fact]
    public void A_meeting_chaired_is_no_body()
    {
        Assert.Empty(Roles("Cuộc họp do ông Lê Văn Tâm làm chủ tịch."));
    }

    [Fact]
    public void A_body_followed_by_another_the_grammar_does_not_read_is_not_the_clauses()
    {
        Assert.DoesNotContain(Roles("Tập đoàn Hưng Thịnh (Hưng Thịnh Group) trước đây là Công ty Cổ phần Đầu tư Phát triển Xây dựng và Thương mại Hưng Thịnh Phát, do ông Lê Văn Tâm làm chủ tịch."),
            r => r.StartsWith("Lê Văn Tâm", StringComparison.Ordinal));
    }

    [Fact]
    public void A_company_written_by_its_kind_alone_names_no_post_where_the_article_names_none()
    {
        Assert.DoesNotContain(Roles("Công ty do ông Lê Văn Tâm là giám đốc, người đại diện theo pháp luật."),
            r => r.StartsWith("Lê Văn Tâm", StringComparison.Ordinal));
    }
}
