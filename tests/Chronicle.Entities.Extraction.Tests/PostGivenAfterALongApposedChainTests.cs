using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A decision that moves someone named with several posts of their own: 'ông X - Ủy viên …, Bí thư …, Chủ tịch …,
/// được điều động, chỉ định tham gia …, giữ chức …'. The posts written beside the name do not put the name out of
/// reach of the post the verb gives: that post, and the committees joined with it, are the named person's.
/// </summary>
public sealed class PostGivenAfterALongApposedChainTests
{
    private static readonly AnchorDate March2025 =
        new(2025, 3, 4, DateGranularity.Day, YearBasis.Publication, [2025], "publication", null);

    private static List<(string Person, string Role)> Roles(string text) =>
        ArticleAnalyzer.Analyze("", text, March2025).Roles.Select(r => (r.PersonName, r.Role)).Distinct().ToList();

    [Fact]
    public void The_post_given_after_three_apposed_posts_and_the_committees_joined_are_the_named_persons()
    {
        var roles = Roles("Từ đầu tháng, ông Hà Quang Lộc - Ủy viên Ban Thường vụ Đảng ủy Khối doanh nghiệp Trung ương, "
            + "Bí thư Đảng ủy, Chủ tịch HĐTV Tổng công ty Lương thực miền Bắc, được điều động, chỉ định tham gia Ban Chấp hành, "
            + "Ban Thường vụ, giữ chức Phó Bí thư Tỉnh ủy Hải Dương.");

        Assert.Contains(("Hà Quang Lộc", "Phó Bí thư Tỉnh ủy Hải Dương"), roles);
        Assert.Contains(("Hà Quang Lộc", "Ủy viên Ban Chấp hành Đảng bộ tỉnh Hải Dương"), roles);
        Assert.Contains(("Hà Quang Lộc", "Ủy viên Ban Thường vụ Tỉnh ủy Hải Dương"), roles);
    }

    [Fact]
    public void Posts_apposed_with_commas_do_not_put_the_name_out_of_reach()
    {
        var roles = Roles("Bà Đoàn Thị Hạnh, Ủy viên Trung ương Đảng, Phó Trưởng Ban Dân vận Trung ương, Bí thư Đảng ủy, "
            + "Hiệu trưởng Trường Cán bộ Thanh tra, vừa được điều động, chỉ định vào Ban Chấp hành, Ban Thường vụ, "
            + "giữ chức Bí thư Tỉnh ủy Thái Bình.");

        Assert.Contains(("Đoàn Thị Hạnh", "Bí thư Tỉnh ủy Thái Bình"), roles);
    }

    [Fact]
    public void A_far_name_beyond_plain_words_is_still_out_of_reach()
    {
        // The words of a long clause, not posts, stand between the name and the verb: the reach is used up as before.
        var roles = Roles("Ông Hà Quang Lộc cho biết trong những năm qua tỉnh đã dành nhiều nguồn lực để đầu tư cho giao thông "
            + "nông thôn và thủy lợi ở các xã vùng sâu vùng xa nên nhiều người trẻ đã trở về quê hương và nhận chức "
            + "Chủ tịch UBND xã.");

        Assert.DoesNotContain(roles, r => r.Person == "Hà Quang Lộc" && r.Role.StartsWith("Chủ tịch UBND", StringComparison.Ordinal));
    }

    [Fact]
    public void The_post_of_the_one_replaced_told_after_their_own_posts_goes_to_nobody_else()
    {
        // 'thay ông B, <B's posts> đã được bầu giữ chức …' tells of B; the one who replaces B does not take that post.
        var roles = Roles("Chiều qua, ông Hà Quang Lộc, Ủy viên Bộ Chính trị, Trưởng Ban Nội chính Trung ương nhận quyết định "
            + "làm Thường trực Ban Bí thư thay ông Đoàn Văn Tấn, Ủy viên Bộ Chính trị, "
            + "Thường trực Ban Bí thư vừa được Quốc hội bầu giữ chức Chủ tịch nước.");

        Assert.Contains(("Hà Quang Lộc", "Thường trực Ban Bí thư"), roles);
        Assert.DoesNotContain(("Hà Quang Lộc", "Chủ tịch nước"), roles);
    }
}
