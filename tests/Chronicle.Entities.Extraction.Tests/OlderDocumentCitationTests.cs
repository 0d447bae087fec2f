using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Documents as the news of 2014–16 cites them: joint circulars of several ministries
/// ('Thông tư liên tịch số 05/2015/TTLT-BYT-BNV'), the decrees of the first years of the republic
/// ('Sắc lệnh số 21/SL'), a letter's day in brackets ('Công văn 318 (ngày 4/9/2015)') or after the
/// ministry that signed it ('của Bộ GD-ĐT ký ngày …').
/// </summary>
public sealed class OlderDocumentCitationTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<LegalDocumentMention> Documents(string text) =>
        ArticleAnalyzer.Analyze("", text, Anchor(2015, 11, 2)).LegalDocuments;

    [Fact]
    public void A_joint_circular_is_read_with_its_number_and_day()
    {
        var circular = Assert.Single(Documents(
            "Mức phụ cấp mới áp dụng theo Thông tư liên tịch số 08/2015/TTLT-BYT-BNV ngày 12/6/2015 hướng dẫn chế độ cho cán bộ y tế xã."));
        Assert.Equal("Thông tư liên tịch", circular.Kind);
        Assert.Equal("08/2015/TTLT-BYT-BNV", circular.Number);
        Assert.Equal("2015-06-12", circular.Issued?.Iso);
    }

    [Fact]
    public void A_plain_circular_stays_a_circular() =>
        Assert.Equal("Thông tư", Assert.Single(Documents("Bộ Tài chính đã ban hành Thông tư số 41/2015/TT-BTC về phí trước bạ.")).Kind);

    [Fact]
    public void A_decree_of_the_first_republic_is_read_with_the_day_told_before_it()
    {
        var decree = Assert.Single(Documents("Ngày 20/10/1945, Chính phủ lâm thời đã ra Sắc lệnh số 44/SL thành lập Nha Bình dân học vụ."));
        Assert.Equal("Sắc lệnh", decree.Kind);
        Assert.Equal("44/SL", decree.Number);
        Assert.Equal("1945-10-20", decree.Issued?.Iso);
    }

    [Fact]
    public void A_bare_decree_number_followed_by_its_day_is_read()
    {
        var decree = Assert.Single(Documents("Cuộc bầu cử được lùi lại một tuần theo Sắc lệnh số 51 ngày 2/11/1945 của Chủ tịch Chính phủ lâm thời."));
        Assert.Equal("51", decree.Number);
        Assert.Equal("1945-11-02", decree.Issued?.Iso);
    }

    [Fact]
    public void A_day_in_brackets_after_the_number_is_the_letter_s_day()
    {
        var letters = Documents("Sở Nội vụ đề nghị theo Công văn 318 (ngày 4/9/2015) và Sở Tài chính góp ý tại Công văn số 77 (ngày 21/8/2015).");
        Assert.Equal("2015-09-04", Assert.Single(letters, l => l.Number == "318").Issued?.Iso);
        Assert.Equal("2015-08-21", Assert.Single(letters, l => l.Number == "77").Issued?.Iso);
    }

    [Fact]
    public void A_day_signed_after_a_ministry_written_short_is_the_letter_s_day()
    {
        var letter = Assert.Single(Documents("Tỉnh căn cứ vào Công văn số 215 của Bộ NN-PTNT ký ngày 14/7/2015 để giao chỉ tiêu."));
        Assert.Equal("2015-07-14", letter.Issued?.Iso);
        Assert.Equal("Bộ NN-PTNT", letter.Issuer);
    }
}
