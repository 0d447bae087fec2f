using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// An appointment's event says the post given, which the text tells after the appointee's titles;
/// a teaser the page cut off takes the name of the full telling that follows it.
/// </summary>
public sealed class AppointmentEventNameTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<EventMention> Read(string text, AnchorDate? anchor = null) =>
        ArticleAnalyzer.Analyze("", text, anchor).Events.Where(e => e.Date?.Iso is not null).ToList();

    [Fact]
    public void An_appointment_is_named_with_the_post_given_after_the_appointees_titles()
    {
        var appointment = Assert.Single(Read("Sáng 9/4, Bộ trưởng Bộ Nội vụ bổ nhiệm ông Trần Quốc Bảo, Phó Vụ trưởng Vụ Pháp chế, giữ chức Vụ trưởng Vụ Pháp chế.", Anchor(2025, 4, 9)));
        Assert.EndsWith("giữ chức Vụ trưởng Vụ Pháp chế", appointment.Name);
    }

    [Fact]
    public void A_teaser_cut_off_by_the_page_is_named_by_its_full_telling()
    {
        var appointment = Assert.Single(Read("Ngày 9/4, Bộ trưởng Bộ Nội vụ bổ nhiệm ông Trần Quốc Bảo, Phó Vụ trưởng Vụ Pháp chế, giữ chức ...\n"
            + "Ngày 9/4, Bộ trưởng Bộ Nội vụ bổ nhiệm ông Trần Quốc Bảo, Phó Vụ trưởng Vụ Pháp chế, giữ chức Vụ trưởng Vụ Pháp chế.", Anchor(2025, 4, 10)));
        Assert.EndsWith("giữ chức Vụ trưởng Vụ Pháp chế", appointment.Name);
    }
}
