using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A body whose name is written as the official spelling has it, the kind and the name's first word capitalised and
/// the rest in lower case ('Trung tâm Khuyến nông tỉnh X'), is read as a name in sentence case is, where a place or a
/// proper name closes it. Closed only by the body it belongs to ('… của Bộ Y'), the name is left unread: the post
/// would lose its owner. A province or a person's name right after the kind is no first word of this kind.
/// </summary>
public sealed class BodyNamedWithItsFirstWordCapitalisedTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_centre_whose_first_word_alone_is_capitalised_is_read_up_to_its_province()
    {
        Assert.Contains("Lý Văn Khoa | Phó Giám đốc Trung tâm Phát triển quỹ đất tỉnh Yên Bái",
            Roles("Ông Lý Văn Khoa, Phó Giám đốc Trung tâm Phát triển quỹ đất tỉnh Yên Bái, cho hay việc đo đạc sẽ xong trong tháng."));
    }

    [Fact]
    public void A_department_closed_only_by_its_owner_is_left_to_be_read_with_it()
    {
        Assert.DoesNotContain(Roles("Ông Đinh Văn Cường, Phó Tổng cục trưởng Tổng cục Phòng chống thiên tai của Bộ Nông nghiệp, cho biết đê đã được gia cố."),
            r => r.EndsWith("Tổng cục Phòng chống thiên tai", StringComparison.Ordinal));
    }

    [Fact]
    public void A_public_service_centre_is_read_up_to_its_province()
    {
        Assert.Contains("Lý Văn Khoa | Giám đốc Trung tâm Hành chính công tỉnh Yên Bái",
            Roles("Ông Lý Văn Khoa, Giám đốc Trung tâm Hành chính công tỉnh Yên Bái, cho biết số hồ sơ tăng."));
    }

    [Fact]
    public void A_person_named_after_the_kind_opens_no_such_name()
    {
        Assert.DoesNotContain(Roles("Ông Lý Văn Khoa, Phó Giám đốc Trung tâm Nguyễn Du tỉnh Yên Bái, cho hay lớp học đã kín chỗ."),
            r => r.Contains("Trung tâm", StringComparison.Ordinal));
    }
}
