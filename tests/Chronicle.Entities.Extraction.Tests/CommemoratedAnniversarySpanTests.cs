using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// An anniversary written with both ends of its span ('(7/5/1954 - 7/5/2024)') names a past event of its first day
/// when it frames a commemorative deed (incense, flowers, a visit to a memorial or to veterans). Framing a match, a
/// fair or gifts, named as a ceremony being prepared, or marking a tradition day, it dates nothing.
/// </summary>
public sealed class CommemoratedAnniversarySpanTests
{
    private static IReadOnlyList<EventMention> Read(string text) =>
        ArticleAnalyzer.Analyze("", text,
            new AnchorDate(2024, 10, 12, DateGranularity.Day, YearBasis.Publication, [], "publication date", null)).Events;

    [Fact]
    public void Incense_offered_on_the_occasion_names_the_past_event()
    {
        var events = Read("Nhân dịp kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 - 10/10/2024), sáng 9/10, lãnh đạo quận đã dâng hương tại đài tưởng niệm các anh hùng liệt sĩ.");
        Assert.Contains("Giải phóng Thủ đô", Assert.Single(events, e => e.Date?.Iso == "1954-10-10").Name, StringComparison.Ordinal);
        Assert.Contains(events, e => e.Date?.Iso == "2024-10-09");
    }

    [Fact]
    public void An_anniversary_opening_the_sentence_frames_the_visit_after_it()
    {
        var events = Read("Kỷ niệm 50 năm Chiến thắng Phước Long (6.1.1975-6.1.2025), chiều 10/10, đoàn công tác của tỉnh đã đến thăm các cựu chiến binh.");
        Assert.StartsWith("Chiến thắng Phước Long", Assert.Single(events, e => e.Date?.Iso == "1975-01-06").Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_match_held_on_the_occasion_dates_no_past_event() =>
        Assert.DoesNotContain(Read("Nhân kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2024), ngày 8/10, câu lạc bộ tổ chức trận giao hữu với đội khách."),
            e => e.Date?.Iso == "1954-10-10");

    [Fact]
    public void A_ceremony_being_prepared_dates_no_past_event() =>
        Assert.DoesNotContain(Read("Tỉnh đang chuẩn bị Lễ kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 - 10/10/2024) và sẽ đến thăm các gia đình chính sách."),
            e => e.Date?.Iso == "1954-10-10");

    [Fact]
    public void A_tradition_day_is_no_event_of_the_record() =>
        Assert.DoesNotContain(Read("Nhân kỷ niệm 79 năm Ngày truyền thống ngành Văn hóa (28/8/1945 - 28/8/2024), lãnh đạo Sở đã đến thăm các nguyên giám đốc."),
            e => e.Date?.Iso == "1945-08-28");
}
