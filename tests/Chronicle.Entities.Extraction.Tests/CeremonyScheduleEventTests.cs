using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Ceremonies of one day told one after another (a funeral's lying in state, memorial and burial),
/// and paired deeds of a ceremony ('đặt vòng hoa, dâng hương tưởng niệm …').
/// </summary>
public sealed class CeremonyScheduleEventTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<EventMention> Read(string text, AnchorDate? anchor = null) =>
        ArticleAnalyzer.Analyze("", text, anchor).Events.Where(e => e.Date?.Iso is not null).ToList();

    [Fact]
    public void A_ceremony_opening_its_sentence_on_a_day_told_before_is_an_event_of_its_own()
    {
        var events = Read("Lễ tang nguyên Phó Thủ tướng Lê Văn Minh được tổ chức theo nghi thức cấp Nhà nước trong ngày 12/3. "
            + "Lễ viếng được tổ chức từ 7h đến 11h ngày 12/3 tại Nhà tang lễ Quốc gia.", Anchor(2024, 3, 10));
        Assert.Contains(events, e => e.Name.StartsWith("Lễ viếng", StringComparison.Ordinal) && e.Date?.Iso == "2024-03-12");
    }

    [Fact]
    public void A_ceremony_held_later_the_same_day_takes_the_day_told_before()
    {
        var events = Read("Lễ truy điệu nguyên Phó Thủ tướng Lê Văn Minh diễn ra lúc 11h ngày 12/3 tại Nhà tang lễ Quốc gia. "
            + "Lễ an táng lúc 14h cùng ngày tại Nghĩa trang Mai Dịch.", Anchor(2024, 3, 10));
        Assert.Contains(events, e => e.Name.StartsWith("Lễ an táng", StringComparison.Ordinal) && e.Date?.Iso == "2024-03-12");
    }

    [Fact]
    public void A_deed_of_several_words_before_a_comma_is_named_with_the_deed_it_pairs_with()
    {
        var tribute = Assert.Single(Read("Sáng 2/9, Chủ tịch nước Lương Cường đặt vòng hoa, dâng hương tưởng niệm các anh hùng liệt sĩ tại Nghĩa trang Trường Sơn.", Anchor(2024, 9, 2)));
        Assert.Contains("tưởng niệm các anh hùng liệt sĩ", tribute.Name);
    }
}
