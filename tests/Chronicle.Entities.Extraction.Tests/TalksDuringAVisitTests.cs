using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Talks held on a day of a visit ('… cũng có cuộc hội kiến với … vào ngày 5/3') are an event of their own,
/// not the visit told again; the visit retold later in the text still gives nothing new.
/// </summary>
public sealed class TalksDuringAVisitTests
{
    private static List<EventMention> Read(string text) =>
        ArticleAnalyzer.Analyze("", text,
            new AnchorDate(2024, 3, 5, DateGranularity.Day, YearBasis.Publication, [], "publication date", null)).Events
            .Where(e => e.Date?.Iso == "2024-03-05").ToList();

    [Fact]
    public void Talks_on_the_first_day_of_a_visit_are_an_event_of_that_day()
    {
        var events = Read("Ngày 5/3, Thủ tướng Lào Sonexay Siphandone bắt đầu chuyến thăm chính thức Việt Nam. "
            + "Thủ tướng Sonexay Siphandone cũng có cuộc hội kiến với Chủ tịch Quốc hội Vương Đình Huệ vào ngày 5/3.");
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Name.Contains("hội kiến", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_visit_told_again_on_its_day_is_no_second_event()
    {
        var events = Read("Ngày 5/3, Thủ tướng Lào Sonexay Siphandone bắt đầu chuyến thăm chính thức Việt Nam. "
            + "Chuyến thăm diễn ra vào ngày 5/3 trong bối cảnh hai nước kỷ niệm nhiều sự kiện lớn.");
        Assert.Single(events);
    }
}

/// <summary>A caption followed by the day its photo was taken ('Ảnh chụp ngày …'): the meeting it names is of that day.</summary>
public sealed class PhotoDateTests
{
    [Fact]
    public void The_day_a_photo_was_taken_dates_the_meeting_its_caption_names()
    {
        var events = ArticleAnalyzer.Analyze("",
            "Bộ trưởng Phan Văn Giang trao đổi với các đại biểu bên lề Hội nghị lần thứ sáu, Quân ủy Trung ương nhiệm kỳ 2020-2025. Ảnh chụp ngày 14-6-2023. Ảnh: Minh Hà",
            new AnchorDate(2024, 7, 20, DateGranularity.Day, YearBasis.Publication, [], "publication date", null)).Events;
        Assert.Contains(events, e => e.Date?.Iso == "2023-06-14" && e.Name.StartsWith("Hội nghị lần thứ sáu", StringComparison.Ordinal));
    }
}
