using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>How an event read from who did what is named.</summary>
public sealed class EventNameTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<EventMention> Read(string text, AnchorDate? anchor = null) =>
        ArticleAnalyzer.Analyze("", text, anchor).Events.Where(e => e.Date?.Iso is not null).ToList();

    [Fact]
    public void A_retired_official_is_named_with_the_post_left()
    {
        var visit = Assert.Single(Read("Chiều nay 4/11, đồng chí Trần Văn Lâm - nguyên Phó Chủ tịch Quốc hội về thăm các gia đình chính sách ở huyện Hòa Vang.", Anchor(2024, 11, 4)));
        Assert.StartsWith("Nguyên Phó Chủ tịch Quốc hội Trần Văn Lâm", visit.Name);
        Assert.Equal("2024-11-04", visit.Date?.Iso);
    }

    [Fact]
    public void A_post_held_is_preferred_to_a_post_left()
    {
        var visit = Assert.Single(Read("Sáng 6/5, Chủ tịch Quốc hội Trần Văn Lâm, nguyên Bí thư Tỉnh ủy Quảng Nam, thăm Bệnh viện Đa khoa tỉnh.", Anchor(2024, 5, 6)));
        Assert.StartsWith("Chủ tịch Quốc hội Trần Văn Lâm", visit.Name);
    }
}
