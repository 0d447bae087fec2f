using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Posts given to the person who holds them, not to a neighbour in the sentence: a military rank between a post
/// and its holder's name; the post written after one person's name and a dash, before another person's chain; a
/// department whose listed concerns end before 'của' and its owner.
/// </summary>
public sealed class PostsGivenToTheirHolderTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_rank_between_a_post_and_the_name_does_not_part_them()
    {
        var roles = Roles("Tư lệnh Quân khu 9 Trung tướng Đỗ Văn Khải đến dự buổi lễ.");
        Assert.Contains("Đỗ Văn Khải | Tư lệnh Quân khu 9", roles);
    }

    [Fact]
    public void A_rank_closes_the_body_written_before_it()
    {
        var roles = Roles("Chủ nhiệm Tổng cục Hậu cần Thiếu tướng Vũ Minh Hải kiểm tra kho.");
        Assert.DoesNotContain(roles, r => r.Contains("Thiếu tướng", StringComparison.Ordinal));
        Assert.Contains(roles, r => r.StartsWith("Vũ Minh Hải | Chủ nhiệm Tổng cục Hậu cần", StringComparison.Ordinal));
    }

    [Fact]
    public void In_a_list_of_ranked_officials_each_post_goes_to_the_name_after_it()
    {
        var roles = Roles("Trong ảnh có Bộ trưởng Bộ Công an Đại tướng Hà Minh Quân, Tổng Tham mưu trưởng Thượng tướng Lý Văn Đạt, Chánh án Tòa án nhân dân tối cao Lê Thị Ngân.");
        Assert.Contains("Hà Minh Quân | Bộ trưởng Bộ Công an", roles);
        Assert.DoesNotContain(roles, r => r.StartsWith("Hà Minh Quân | Tổng Tham mưu trưởng", StringComparison.Ordinal));
        Assert.DoesNotContain("Lý Văn Đạt | Chánh án Tòa án nhân dân tối cao", roles);
        Assert.Contains("Lê Thị Ngân | Chánh án Tòa án nhân dân tối cao", roles);
    }

    [Fact]
    public void A_rank_word_alone_is_not_stepped_over()
    {
        // 'Trung' here opens a place, not a rank: the ministry's post stays unattached to the name after it.
        var roles = Roles("Bộ trưởng Bộ Tài chính và Trung tâm Lưu ký Nguyễn Văn Tâm ký biên bản.");
        Assert.DoesNotContain("Nguyễn Văn Tâm | Bộ trưởng Bộ Tài chính", roles);
    }

    [Fact]
    public void A_post_after_a_dash_describes_the_name_before_it_not_the_next_one()
    {
        var roles = Roles("Sau lễ viếng đồng chí Đào Văn Hùng - Bí thư Tỉnh ủy Ninh Bình, Chủ tịch UBND tỉnh Ninh Bình Phạm Quang Ngọc phát biểu.");
        Assert.Contains("Đào Văn Hùng | Bí thư Tỉnh ủy Ninh Bình", roles);
        Assert.DoesNotContain("Phạm Quang Ngọc | Bí thư Tỉnh ủy Ninh Bình", roles);
        Assert.Contains("Phạm Quang Ngọc | Chủ tịch UBND tỉnh Ninh Bình", roles);
    }

    [Fact]
    public void After_a_comma_the_chain_stays_with_the_name_after_it()
    {
        // Without the dash the press writes either way; the chain before a name is kept whole for it.
        var roles = Roles("Cùng dự có ông Trịnh Văn Hà, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Nam Vũ Đức Long.");
        Assert.Contains("Vũ Đức Long | Chủ tịch UBND tỉnh Hà Nam", roles);
        Assert.DoesNotContain(roles, r => r.StartsWith("Trịnh Văn Hà | Phó Bí thư", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_with_its_own_post_before_it_leaves_the_chain_to_the_next_name()
    {
        // Each name's posts are written before it: the membership belongs to the second leader's chain.
        var roles = Roles("Chủ tịch Quốc hội Trần Văn Lộc - Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Lê Hữu Toàn cùng dự.");
        Assert.Contains("Lê Hữu Toàn | Ủy viên Bộ Chính trị", roles);
        Assert.DoesNotContain("Trần Văn Lộc | Ủy viên Bộ Chính trị", roles);
    }

    [Fact]
    public void A_department_listing_what_it_deals_with_ends_before_its_owner()
    {
        var roles = Roles("Bà Lý Thu Trang giữ chức Vụ trưởng Vụ Giám sát các vụ án, vụ việc của Ban Nội chính Trung ương.");
        Assert.Contains("Lý Thu Trang | Vụ trưởng Vụ Giám sát các vụ án, vụ việc của Ban Nội chính Trung ương", roles);
    }
}
