using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// An interview or a speech that opens the sentence with its day ('Trả lời phỏng vấn … ngày 12/3, Bộ trưởng X
/// cho biết …') dates what an official then says: the occasion is that day's event, named by who spoke and
/// the occasion. Someone who speaks for no state, or an occasion told without its day, gives none.
/// </summary>
public sealed class SayingOnAnOccasionEventTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> Read(string text) =>
        ArticleAnalyzer.Analyze("", text, Anchor(2016, 11, 14)).Events.Where(e => e.Date?.Iso is not null).ToList();

    [Fact]
    public void A_minister_talking_to_the_press_on_a_day_gives_that_days_event()
    {
        var talk = Assert.Single(Read("Trao đổi với phóng viên bên hành lang Quốc hội ngày 12/11, Bộ trưởng Bộ Xây dựng Phan Quang Khải "
            + "cho biết bộ đang rà soát toàn bộ các dự án nhà ở xã hội chậm tiến độ."));
        Assert.Equal("2016-11-12", talk.Date?.Iso);
        Assert.Contains("Phan Quang Khải", talk.Name, StringComparison.Ordinal);
        Assert.Contains("trao đổi với phóng viên", talk.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interview_given_by_a_foreign_leader_on_a_day_gives_that_days_event()
    {
        var interview = Assert.Single(Read("Trả lời phỏng vấn hãng tin AFP hôm 9/11, Thủ tướng Thái Lan Somchai Wongsa khẳng định "
            + "chính phủ không có kế hoạch tăng thuế nhập khẩu gạo."));
        Assert.Equal("2016-11-09", interview.Date?.Iso);
        Assert.Contains("trả lời phỏng vấn hãng tin AFP", interview.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void An_official_who_says_it_with_cho_hay_speaks_too()
    {
        var talk = Assert.Single(Read("Chia sẻ với báo chí chiều 10/11, Thứ trưởng Bộ Y tế Lương Văn Tân cho hay ngành y tế "
            + "sẽ bổ sung thêm thuốc cho các bệnh viện tuyến huyện."));
        Assert.Equal("2016-11-10", talk.Date?.Iso);
    }

    [Fact]
    public void A_private_person_talking_to_a_paper_gives_no_event() =>
        Assert.Empty(Read("Trao đổi với phóng viên chiều 11/11, anh Hoàng cho biết gia đình đã nhận lại chiếc xe bị mất."));

    [Fact]
    public void An_occasion_with_a_break_before_its_day_is_no_lead() =>
        Assert.Empty(Read("Trao đổi với phóng viên, ngày 11/11 Bộ trưởng Bộ Xây dựng Phan Quang Khải cho biết sẽ rà soát dự án."));
}
