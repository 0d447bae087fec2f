using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A contest, a round of a contest, a festival or a final night held on a day ('Cuộc thi … diễn ra ngày …',
/// 'Lễ hội … diễn ra tối …', 'Đêm chung kết … diễn ra tối …') is that day's event, as an exam or a fair is; the opening
/// ceremony of one keeps its own name.
/// A contest only named, with no day of its own or with a day the sentence does not say it is held on (a fee's
/// deadline, a complaint about it), gives no dated event.
/// </summary>
public sealed class ContestAndFestivalEventTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> Dated(string text) =>
        [.. ArticleAnalyzer.Analyze("", text, Anchor(2024, 10, 3)).Events.Where(e => e.Date?.Iso is not null)];

    [Theory]
    [InlineData("Cuộc thi viết về người thầy của tôi diễn ra ngày 14/9 tại Nhà văn hóa tỉnh Bình Phước.", "2024-09-14")]
    [InlineData("Lễ hội pháo hoa ven sông Hàn diễn ra tối 21/9 với sáu đội trình diễn đến từ bốn nước.", "2024-09-21")]
    [InlineData("Liên hoan múa rối các tỉnh miền Trung diễn ra từ ngày 2 đến ngày 6/9 tại thành phố Quy Nhơn.", "2024-09-02")]
    [InlineData("Đêm chung kết Giọng hát học đường năm nay đã diễn ra tối 28/9 tại Nhà hát Hòa Bình.", "2024-09-28")]
    [InlineData("Đợt thi thứ hai của hội thi tìm hiểu luật giao thông diễn ra từ ngày 9/9 đến ngày 20/9 trên mạng.", "2024-09-09")]
    public void A_contest_or_a_festival_held_on_a_day_is_that_days_event(string sentence, string day)
    {
        var held = Assert.Single(Dated(sentence));
        Assert.Equal(day, held.Date?.Iso);
    }

    [Theory]
    [InlineData("Cuộc thi viết về người thầy của tôi thu hút hàng nghìn bài dự thi mỗi năm.")]
    [InlineData("Các lễ hội truyền thống của đồng bào vùng cao được nhiều du khách yêu thích.")]
    [InlineData("Thí sinh nộp lệ phí cuộc thi chậm nhất vào ngày 26/9 qua tài khoản của trường.")]
    [InlineData("Ngày 4/9, nhiều khán giả đòi bỏ hẳn cuộc thi này vì những lùm xùm quanh giám khảo.")]
    public void A_contest_named_without_being_held_on_a_day_gives_no_dated_event(string sentence) =>
        Assert.Empty(Dated(sentence));

    [Fact]
    public void The_opening_ceremony_of_a_festival_keeps_its_name()
    {
        var held = Assert.Single(Dated("Tối 5/10, lễ khai mạc Liên hoan phim thiếu nhi châu Á diễn ra tại Nhà hát Lớn thành phố."));
        Assert.Contains("khai mạc", held.Name, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("2024-10-05", held.Date?.Iso);
    }
}
