using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A Party body written bare before a comma belongs to the body the next post names, in the shapes the
/// plain 'Bí thư Đảng ủy, Cục trưởng Cục X' did not cover: the committee's inspection board ('Chủ nhiệm Ủy
/// ban Kiểm tra Đảng ủy, …'), the committee of a body's staff ('Ban Thường vụ Đảng ủy Cơ quan, …'), and a
/// commune's committee, which is the commune's and not its council's ('Bí thư Đảng ủy, Chủ tịch UBND xã X').
/// </summary>
public sealed class BarePartyBodyOwnedByNextPostTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void An_inspection_board_of_a_bare_party_committee_is_the_next_post_s_body_s()
    {
        var roles = Roles("Ông Đỗ Văn Lâm, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy, Phó Giám đốc Sở Tài chính tỉnh Nghệ An, báo cáo kết quả.");
        Assert.Contains("Đỗ Văn Lâm | Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Sở Tài chính tỉnh Nghệ An", roles);
        Assert.Contains("Đỗ Văn Lâm | Phó Giám đốc Sở Tài chính tỉnh Nghệ An", roles);
    }

    [Fact]
    public void A_standing_board_of_a_body_s_staff_committee_is_the_next_post_s_body_s()
    {
        var roles = Roles("Dự họp có ông Vũ Minh Trí, Ủy viên Ban Thường vụ Đảng ủy Cơ quan, Phó Chủ nhiệm Văn phòng Chính phủ.");
        Assert.Contains("Vũ Minh Trí | Ủy viên Ban Thường vụ Đảng ủy Cơ quan Văn phòng Chính phủ", roles);
        Assert.Contains("Vũ Minh Trí | Phó Chủ nhiệm Văn phòng Chính phủ", roles);
    }

    [Fact]
    public void A_party_group_before_a_staff_committee_is_the_body_s_own()
    {
        var roles = Roles("Từ năm 2015, bà Kiều Thị Hạnh là Phó Bí thư Đảng đoàn, Bí thư Đảng ủy cơ quan, Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam.");
        Assert.Contains("Kiều Thị Hạnh | Bí thư Đảng ủy Cơ quan Hội Liên hiệp Phụ nữ Việt Nam", roles);
        Assert.Contains("Kiều Thị Hạnh | Phó Bí thư Đảng đoàn Hội Liên hiệp Phụ nữ Việt Nam", roles);
        Assert.DoesNotContain(roles, r => r.Contains("Đảng đoàn Đảng ủy", StringComparison.Ordinal));
    }

    [Fact]
    public void A_commune_s_party_committee_is_the_commune_s_not_its_council_s()
    {
        var roles = Roles("Bà Lò Thị Mai, Bí thư Đảng ủy, Chủ tịch HĐND xã Mường Phăng, trao quà cho các hộ nghèo.");
        Assert.Contains("Lò Thị Mai | Bí thư Đảng ủy xã Mường Phăng", roles);
        Assert.DoesNotContain("Lò Thị Mai | Bí thư Đảng ủy HĐND xã Mường Phăng", roles);
    }

    [Fact]
    public void A_party_group_of_a_commune_council_keeps_the_council()
    {
        // Only the Party committee is the commune's; a Party group sits in the council itself.
        var roles = Roles("Ông Hà Văn Tú, Bí thư Đảng đoàn, Chủ tịch HĐND tỉnh Điện Biên, chủ trì kỳ họp.");
        Assert.Contains("Hà Văn Tú | Bí thư Đảng đoàn HĐND tỉnh Điện Biên", roles);
    }

    [Fact]
    public void A_bare_inspection_board_with_no_post_after_it_is_not_read()
    {
        var roles = Roles("Ông Cao Đức Huy, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy, phát biểu tại hội nghị.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Cao Đức Huy | Chủ nhiệm Ủy ban Kiểm tra Đảng ủy", StringComparison.Ordinal));
    }

    [Fact]
    public void A_staff_committee_with_no_post_after_it_is_not_given_a_body()
    {
        var roles = Roles("Ông Kha Văn Đạt, Ủy viên Ban Thường vụ Đảng ủy Cơ quan, cho biết như vậy.");
        Assert.DoesNotContain(roles, r => r.Contains("Đảng ủy Cơ quan ", StringComparison.Ordinal));
    }
}
