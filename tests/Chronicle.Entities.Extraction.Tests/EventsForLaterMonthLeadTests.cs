using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>A month led by its part ('Đầu tháng 5/2024, …', 'Trước đó, vào cuối tháng 5/2024, …') still opens the clause it dates.</summary>
public sealed class EventsForLaterMonthLeadTests
{
    private static IReadOnlyList<EventMention> Read(string text) =>
        ArticleAnalyzer.Analyze("", text,
            new AnchorDate(2024, 6, 20, DateGranularity.Day, YearBasis.Publication, [], "publication date", null)).Events;

    [Theory]
    [InlineData("Đầu tháng 5/2024, ông Lê Văn Hải, cựu Giám đốc Sở Y tế tỉnh Nam Định, bị Cơ quan Cảnh sát điều tra Công an tỉnh Nam Định khởi tố bị can.")]
    [InlineData("Trước đó, vào cuối tháng 5/2024, ông Lê Văn Hải, cựu Giám đốc Sở Y tế tỉnh Nam Định, đã bị Cơ quan Cảnh sát điều tra Công an tỉnh Nam Định khởi tố bị can.")]
    public void A_charge_brought_early_or_late_in_a_month_is_an_event_of_that_month(string text) =>
        Assert.Contains(Read(text), e => e.Date?.Iso == "2024-05" && e.Name.Contains("khởi tố", StringComparison.Ordinal));
}
