using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A holder the table of our highest posts names is ours: an article whose foreign guests speak for
/// another country does not make his posts that country's. A name the table does not know still may
/// take it, and a foreign holder the table names keeps his country. A kingdom's leader called 'Chủ tịch'
/// chairs a body, not the state.
/// </summary>
public sealed class OurKnownHoldersTests
{
    private const string Guests = "Dự lễ có nguyên Tổng Bí thư Nông Đức Mạnh, nguyên Chủ tịch Quốc hội Nguyễn Văn An. "
        + "Khách quốc tế có ông Saadi Salama, Đại sứ nhà nước Palestine tại Việt Nam. ";

    private static List<(string Person, string Role)> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => (r.PersonName, r.Role))];

    [Fact]
    public void A_known_holder_of_our_posts_takes_no_guests_country()
    {
        var roles = Roles(Guests + "Tổng Bí thư, Chủ tịch nước Tô Lâm đọc diễn văn. Đại sứ Palestine gửi lời chúc mừng.");
        Assert.Contains(("Tô Lâm", "Tổng Bí thư"), roles);
        Assert.Contains(("Tô Lâm", "Chủ tịch nước"), roles);
        Assert.DoesNotContain(roles, r => r.Person == "Tô Lâm" && r.Role.Contains("Palestine", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_the_table_does_not_know_is_read_as_before()
    {
        var roles = Roles(Guests + "Tổng Bí thư, Chủ tịch nước Tạ Lâm đọc diễn văn. Đại sứ Palestine gửi lời chúc mừng.");
        Assert.Contains(roles, r => r.Person == "Tạ Lâm" && r.Role.Contains("Palestine", StringComparison.Ordinal));
    }

    [Fact]
    public void A_foreign_holder_the_table_names_keeps_his_country() =>
        Assert.Contains(("Tập Cận Bình", "Chủ tịch nước Trung Quốc"),
            Roles("Tại Bắc Kinh, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Tập Cận Bình. Hai bên nhất trí tăng cường hợp tác giữa Việt Nam và Trung Quốc."));

    [Fact]
    public void A_kingdoms_leader_called_chairman_heads_no_state()
    {
        var roles = Roles("Chủ tịch nước Tô Lâm thăm cấp Nhà nước Campuchia. Tại cuộc hội đàm, Chủ tịch nước gặp lại Chủ tịch Hun Sen, người bạn thân thiết của Việt Nam.");
        Assert.DoesNotContain(roles, r => r.Person == "Hun Sen" && r.Role == "Chủ tịch Campuchia");
    }

    [Fact]
    public void A_republics_chairman_keeps_his_state() =>
        Assert.Contains(("Kim Jong Un", "Chủ tịch Triều Tiên"), Roles("Thủ tướng Phạm Minh Chính tiếp Chủ tịch Kim Jong Un tại Bình Nhưỡng, thủ đô Triều Tiên."));
}
