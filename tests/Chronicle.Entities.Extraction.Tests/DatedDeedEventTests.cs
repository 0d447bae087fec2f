using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A deed dated to a day, told with a verb no list knows, gives that day's event wherever the sentence
/// writes the day as when it was done: after a frame that only says when ('Trước đó, vào ngày …'), or
/// between who acted and what they did ('… vào 12/7 đã …'). A day to come, a step of a career, a tally
/// and a caption's closing day are not deeds.
/// </summary>
public sealed class DatedDeedEventTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> Read(string text) =>
        ArticleAnalyzer.Analyze("", text, Anchor(2024, 7, 20)).Events.Where(e => e.Date?.Iso is not null).ToList();

    [Fact]
    public void A_day_after_a_frame_that_only_says_when_dates_the_deed()
    {
        var deed = Assert.Single(Read("Trước đó, vào ngày 9/7, Ủy ban Bầu cử Trung ương công nhận kết quả kiểm phiếu lại ở ba tỉnh phía bắc."));
        Assert.Equal("2024-07-09", deed.Date?.Iso);
        Assert.Contains("công nhận kết quả", deed.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_between_who_acted_and_the_deed_dates_the_deed()
    {
        var deed = Assert.Single(Read("Tòa án thành phố Lyon vào 12/7 đã bác yêu cầu bồi thường của hãng vận tải biển."));
        Assert.Equal("2024-07-12", deed.Date?.Iso);
        Assert.StartsWith("Tòa án thành phố Lyon đã bác yêu cầu bồi thường", deed.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_listed_verb_in_a_clause_of_purpose_leaves_the_deed_before_it()
    {
        var deed = Assert.Single(Read("Thủ tướng Phạm Minh Chính đến Viêng Chăn vào 5/7 để thăm chính thức nước bạn."));
        Assert.Equal("2024-07-05", deed.Date?.Iso);
        Assert.StartsWith("Thủ tướng Phạm Minh Chính đến Viêng Chăn", deed.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_firm_written_by_its_name_acts_on_its_day()
    {
        var deed = Assert.Single(Read("Chiều 11/7, Công ty Cấp nước Sông Đà ngừng cấp nước cho bốn phường để sửa đường ống chính."));
        Assert.Equal("2024-07-11", deed.Date?.Iso);
        Assert.StartsWith("Công ty Cấp nước Sông Đà ngừng cấp nước", deed.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deed_still_to_come_is_no_event_of_its_day() =>
        Assert.Empty(Read("Sáng 24/7, đoàn tàu cứu hộ sẽ neo lại ngoài khơi đảo Cát Bà."));

    [Fact]
    public void A_step_of_a_career_told_with_its_day_inside_is_left_to_the_roles() =>
        Assert.Empty(Read("Ông Nguyễn Văn Hải hôm 2/7 đã được điều chuyển làm Giám đốc Công an tỉnh Hòa Bình."));

    [Fact]
    public void A_figure_of_the_day_is_no_deed() =>
        Assert.Empty(Read("Ngày 8/7, Mực nước sông Lô tại Tuyên Quang dâng thêm gần hai mét so với hôm trước."));

    [Fact]
    public void A_day_closing_a_caption_dates_no_deed() =>
        Assert.Empty(Read("Bộ trưởng Ngoại giao Malaysia tại sân bay quốc tế Kuala Lumpur, ngày 5/7."));

    [Fact]
    public void A_day_that_belongs_to_a_noun_is_not_when_the_deed_was_done() =>
        Assert.Empty(Read("Ban Huấn luyện chốt danh sách đội tuyển 6/7 gồm mười hai vận động viên trẻ."));
    [Fact]
    public void The_titles_written_after_the_name_leave_the_deed_after_them()
    {
        var deed = Assert.Single(Read("Ngày 12/7, đồng chí Nguyễn Văn Hùng, Bí thư Tỉnh ủy Nghệ An, trò chuyện cùng các cựu chiến binh của huyện Nam Đàn."));
        Assert.Equal("2024-07-12", deed.Date?.Iso);
        Assert.Contains("Nguyễn Văn Hùng trò chuyện cùng các cựu chiến binh", deed.Name, StringComparison.Ordinal);
        Assert.DoesNotContain("Bí thư Tỉnh ủy Nghệ An,", deed.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_titles_after_the_name_leave_the_deed_after_the_last()
    {
        var deed = Assert.Single(Read("Chiều 3/7, ông Trần Quốc Minh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Cà Mau gửi thư khen đội cứu hộ của tỉnh."));
        Assert.Equal("2024-07-03", deed.Date?.Iso);
        Assert.Contains("Trần Quốc Minh gửi thư khen đội cứu hộ", deed.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_and_titles_with_no_deed_after_them_give_no_event() =>
        Assert.Empty(Read("Ngày 9/7, bà Lê Thị Thu Hà, Phó Chủ tịch UBND tỉnh Hà Tĩnh, Ảnh: Báo Hà Tĩnh."));
    [Fact]
    public void A_person_named_after_a_deed_is_not_who_acted_and_their_titles_stay() =>
        Assert.All(Read("Trưa 6/7, Đài Phát thanh tỉnh phỏng vấn ông Lê Văn Hòa, Giám đốc Sở Y tế tỉnh Long An, về dịch sốt xuất huyết."),
            e => Assert.DoesNotContain("Lê Văn Hòa về dịch", e.Name, StringComparison.Ordinal));
}
