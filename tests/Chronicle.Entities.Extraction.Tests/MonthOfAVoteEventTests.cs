using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// An election or a debate named with a month and no year ('cuộc bầu cử tháng 11 tới', 'cuộc tranh luận vào tháng 6')
/// is an event of that month, past or still to come; its year is the report's, or the next when the month to come has
/// passed in the year of writing. A month to come with no such noun stays unread.
/// </summary>
public sealed class MonthOfAVoteEventTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> Read(string text, int month = 9) =>
        ArticleAnalyzer.Analyze("", text, Anchor(2024, month, 10)).Events.Where(e => e.Date?.Iso is not null).ToList();

    [Fact]
    public void An_election_in_a_month_to_come_is_an_event_of_that_month()
    {
        var vote = Assert.Single(Read("Đảng đối lập tin rằng họ sẽ giành đa số ghế trong cuộc bầu cử quốc hội vào tháng 11 tới.", month: 7));
        Assert.Equal("2024-11", vote.Date?.Iso);
        Assert.StartsWith("Cuộc bầu cử quốc hội", vote.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void An_election_in_a_month_of_this_year_takes_the_year_of_writing()
    {
        var vote = Assert.Single(Read("Ứng viên này hứa giảm thuế nếu thắng cuộc bầu cử tổng thống tháng 12 năm nay.", month: 6));
        Assert.Equal("2024-12", vote.Date?.Iso);
    }

    [Fact]
    public void A_past_debate_named_with_its_month_is_an_event_of_that_month()
    {
        var debate = Assert.Single(Read("Sau cuộc tranh luận vào tháng 6, tỷ lệ ủng hộ đương kim tổng thống giảm mạnh."));
        Assert.Equal("2024-06", debate.Date?.Iso);
    }

    [Fact]
    public void A_month_to_come_without_a_vote_named_stays_unread() =>
        Assert.Empty(Read("Cử tri bang Georgia sẽ đi bỏ phiếu sớm vào tháng 10 tới.", month: 7));
}
