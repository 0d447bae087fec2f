using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A steering committee a post names in full lists its members after 'Các ủy viên Ban Chỉ đạo
/// gồm:', one a line: each listed person is a member ('Ủy viên'), the one the aside calls standing
/// the standing member; a committee set up for a funeral may be headed 'do X là Trưởng ban'.
/// </summary>
public sealed class SteeringCommitteeMembersTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    private const string Committee = "Ban Chỉ đạo Quốc gia về phòng chống thiên tai";

    private static readonly string Decision =
        $"Phó Thủ tướng Chính phủ Hồ Quang Vinh là Trưởng {Committee}.\n\n"
        + "Các ủy viên Ban Chỉ đạo gồm:\n\n"
        + "Thứ trưởng Bộ Tài chính Mạc Văn Kiên (Ủy viên thường trực)\n\n"
        + "Thứ trưởng Bộ Xây dựng Tạ Quốc Lâm;\n\n"
        + "Thứ trưởng Bộ Công an Lục Minh Hào.\n\n"
        + "Thứ trưởng Bộ Y tế Kha Văn Bình dự họp.";

    [Fact]
    public void Every_member_listed_one_a_line_is_a_member()
    {
        var roles = Roles(Decision);
        Assert.Contains($"Tạ Quốc Lâm | Ủy viên {Committee}", roles);
        Assert.Contains($"Lục Minh Hào | Ủy viên {Committee}", roles);
        Assert.Contains("Tạ Quốc Lâm | Thứ trưởng Bộ Xây dựng", roles);
    }

    [Fact]
    public void The_member_the_aside_calls_standing_is_the_standing_member()
    {
        var roles = Roles(Decision);
        Assert.Contains($"Mạc Văn Kiên | Ủy viên Thường trực {Committee}", roles);
        Assert.DoesNotContain($"Mạc Văn Kiên | Ủy viên {Committee}", roles);
    }

    [Fact]
    public void A_full_stop_closes_the_list()
    {
        Assert.DoesNotContain(Roles(Decision), r => r.StartsWith("Kha Văn Bình | Ủy viên", StringComparison.Ordinal));
    }

    [Fact]
    public void A_funeral_committee_headed_with_la_names_its_head_and_deputies()
    {
        var roles = Roles("Lễ tang cố Chủ tịch nước Lê Đức Anh được tổ chức theo nghi thức Quốc tang.\n\n"
            + "Ban tổ chức lễ tang gồm 20 người do Phó Thủ tướng Vương Đình Huệ là Trưởng ban. "
            + "Hai phó ban là Bộ trưởng Bộ Nội vụ Lê Vĩnh Tân và Bộ trưởng Bộ Quốc phòng Ngô Xuân Lịch.");
        Assert.Contains("Vương Đình Huệ | Trưởng Ban Tổ chức Lễ tang Chủ tịch nước Lê Đức Anh", roles);
        Assert.Contains("Lê Vĩnh Tân | Phó Trưởng Ban Tổ chức Lễ tang Chủ tịch nước Lê Đức Anh", roles);
    }
}
