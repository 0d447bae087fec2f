using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>Some papers write a dash for 'và' in every ministry's name: the ministry is the same.</summary>
public sealed class DashedMinistryTests
{
    private static readonly AnchorDate February2025 =
        new(2025, 2, 18, DateGranularity.Day, YearBasis.Publication, [2025], "publication", null);

    [Theory]
    [InlineData("Bộ Khoa học - Công nghệ", "Bộ trưởng Bộ Khoa học và Công nghệ")]
    [InlineData("Bộ Nông nghiệp - Môi trường", "Bộ trưởng Bộ Nông nghiệp và Môi trường")]
    [InlineData("Bộ Dân tộc - Tôn giáo", "Bộ trưởng Bộ Dân tộc và Tôn giáo")]
    [InlineData("Bộ Tài nguyên - Môi trường", "Bộ trưởng Bộ Tài nguyên và Môi trường")]
    // The dash written long, or a short form's dash spaced out.
    [InlineData("Bộ Tài nguyên – Môi trường", "Bộ trưởng Bộ Tài nguyên và Môi trường")]
    [InlineData("Bộ NN – PTNT", "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn")]
    [InlineData("Bộ GD - ĐT", "Bộ trưởng Bộ Giáo dục và Đào tạo")]
    public void A_dashed_ministry_is_read_by_its_full_name(string written, string post)
    {
        var text = $"Chiều nay, ông Trần Văn Thử được phê chuẩn làm Bộ trưởng {written} và nhận nhiệm vụ ngay.";

        var roles = ArticleAnalyzer.Analyze("", text, February2025).Roles;

        Assert.Contains(roles, r => r.PersonName == "Trần Văn Thử" && r.Role == post);
    }
}
