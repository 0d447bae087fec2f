using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Foreign posts read with the holder named after them: a president-elect, and the president of one of the
/// Fed's reserve banks.
/// </summary>
public sealed class ForeignElectsAndReserveBanksTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Theory]
    [InlineData("Tổng thống đắc cử Mỹ Donald Trump gặp các cố vấn tại Florida.", "Donald Trump | Tổng thống đắc cử Mỹ")]
    [InlineData("Tổng thống Mỹ đắc cử Donald Trump công bố thêm hai đề cử.", "Donald Trump | Tổng thống đắc cử Mỹ")]
    [InlineData("Phát biểu của Tổng thống đắc cử Trump khiến giá dầu giảm.", "Donald Trump | Tổng thống đắc cử Mỹ")]
    [InlineData("Tổng thống đắc cử Argentina Tomas Ruiz công bố nội các mới.", "Tomas Ruiz | Tổng thống đắc cử Argentina")]
    [InlineData("Phó Tổng thống đắc cử JD Vance đã rời Ohio.", "JD Vance | Phó Tổng thống đắc cử Mỹ")]
    public void A_president_elect_named_after_the_post_holds_it_with_the_country(string sentence, string expected)
    {
        Assert.Contains(expected, Roles(sentence));
    }

    [Theory]
    [InlineData("Ông Trump đắc cử Tổng thống Mỹ lần thứ hai.")]
    [InlineData("Tổng thống đắc cử Mỹ sẽ tuyên thệ vào tháng 1 năm sau.")]
    [InlineData("Tổng thống đắc cử đã gọi điện cho các đồng minh.")]
    public void No_elect_post_is_read_without_a_holder_named_after_it(string sentence)
    {
        Assert.DoesNotContain(Roles(sentence), r => r.Contains("đắc cử", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Chủ tịch Fed Boston Laura Kent cho rằng lạm phát còn cao.", "Laura Kent | Chủ tịch Ngân hàng Dự trữ Liên bang Boston")]
    [InlineData("Chủ tịch Cục Dự trữ Liên bang Dallas Mark Owen muốn chờ thêm số liệu.", "Mark Owen | Chủ tịch Ngân hàng Dự trữ Liên bang Dallas")]
    [InlineData("Chủ tịch Fed chi nhánh Atlanta Paul Reed đã bỏ phiếu chống.", "Paul Reed | Chủ tịch Ngân hàng Dự trữ Liên bang Atlanta")]
    [InlineData("Quyết định bị Chủ tịch Fed Cleveland, bà Anna Brooks, phản đối.", "Anna Brooks | Chủ tịch Ngân hàng Dự trữ Liên bang Cleveland")]
    public void A_reserve_bank_s_president_holds_the_bank_s_post_not_the_fed_s(string sentence, string expected)
    {
        var roles = Roles(sentence);
        Assert.Contains(expected, roles);
        Assert.DoesNotContain(roles, r => r.EndsWith("Cục Dự trữ Liên bang Mỹ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_fed_s_own_chair_keeps_the_fed_s_post()
    {
        Assert.Equal(["Henry Cole | Chủ tịch Cục Dự trữ Liên bang Mỹ"], Roles("Chủ tịch Fed Henry Cole giữ nguyên lãi suất."));
    }

    [Fact]
    public void At_the_oath_the_elect_takes_the_office_itself()
    {
        var roles = Roles("Vì trời rét, buổi tuyên thệ nhậm chức của Tổng thống đắc cử Mỹ Donald Trump được dời vào trong nhà.");
        Assert.Contains("Donald Trump | Tổng thống Mỹ", roles);
        Assert.DoesNotContain(roles, r => r.Contains("đắc cử", StringComparison.Ordinal));
    }

    [Fact]
    public void The_central_bank_s_governor_keeps_the_bank_s_post()
    {
        Assert.Equal(["Lê Thị Hạnh | Thống đốc Ngân hàng Nhà nước Việt Nam"], Roles("Thống đốc Ngân hàng Nhà nước Lê Thị Hạnh chủ trì cuộc họp."));
    }
}

/// <summary>'Quốc' before 'Hội' at the end of a name is a middle name, not the assembly.</summary>
public sealed class MiddleNameQuocTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_name_ending_in_quoc_hoi_is_read_whole()
    {
        Assert.Contains("Đào Quốc Hội | Phó Chủ tịch Hội Cơ khí Việt Nam", Roles("Ông Đào Quốc Hội, Phó Chủ tịch Hội Cơ khí Việt Nam, phát biểu khai mạc."));
    }

    [Fact]
    public void The_assembly_after_a_name_stays_the_assembly()
    {
        var roles = Roles("Đại biểu Quốc hội Trần Văn Nam phát biểu tại Quốc hội sáng nay.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Trần Văn Nam Quốc", StringComparison.Ordinal));
        Assert.Contains(roles, r => r.StartsWith("Trần Văn Nam |", StringComparison.Ordinal));
    }
}
