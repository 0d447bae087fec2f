using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Events of news beyond appointments: arrests told in the passive, releases from prison, martial
/// law, rounds of talks and debates, crashes and earthquakes, and a meeting whose date trails it.
/// The sentences are written for these tests.
/// </summary>
public sealed class CourtsAndWorldNewsEventTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> Read(string text, AnchorDate? anchor = null) =>
        ArticleAnalyzer.Analyze("", text, anchor).Events.Where(e => e.IsMainEvent || e.Date?.Iso is not null).ToList();

    [Fact]
    public void An_arrest_told_in_the_passive_is_an_event_of_its_day()
    {
        var arrest = Assert.Single(Read("Cơ quan chức năng xác nhận ông Park Min-jun đã bị bắt vào khoảng 9 giờ sáng ngày 12/3 tại nhà riêng.", Anchor(2025, 3, 13)));
        Assert.Equal("2025-03-12", arrest.Date?.Iso);
        Assert.Contains("bị bắt", arrest.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void An_arrest_by_a_named_body_keeps_the_body_as_who_acted()
    {
        var arrest = Assert.Single(Read("Ngày 9/2/2023, ông Hoàng Văn Tâm bị Cơ quan Cảnh sát điều tra Công an tỉnh Nam Định bắt về hành vi lừa đảo.", Anchor(2024, 5, 2)));
        Assert.Equal("2023-02-09", arrest.Date?.Iso);
        Assert.StartsWith("Cơ quan Cảnh sát điều tra", arrest.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_release_from_prison_is_an_event_of_its_day_or_month()
    {
        var day = Assert.Single(Read("Sáng 3-10, gia đình cho biết bà Lý Thị Mai đã được ra tù trước thời hạn.", Anchor(2024, 10, 3)));
        Assert.Equal("2024-10-03", day.Date?.Iso);
        Assert.Contains("được ra tù", day.Name, StringComparison.Ordinal);
        var month = Assert.Single(Read("Tháng 5/2023, cựu thủ tướng được tạm tha vì lý do sức khỏe.", Anchor(2024, 1, 10)));
        Assert.Equal("2023-05", month.Date?.Iso);
    }

    [Fact]
    public void Martial_law_declared_on_a_day_is_an_event()
    {
        var declared = Assert.Single(Read("Đêm 5/12, Tổng thống nước này bất ngờ tuyên bố thiết quân luật trên toàn quốc.", Anchor(2024, 12, 6)));
        Assert.Equal("2024-12-05", declared.Date?.Iso);
        Assert.Contains("thiết quân luật", declared.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Rounds_of_talks_debates_crashes_and_earthquakes_are_named_by_their_noun()
    {
        Assert.StartsWith("Vòng đàm phán", Assert.Single(Read("Hai bên ngày 14/6 đã mở vòng đàm phán thứ ba tại Oslo.", Anchor(2024, 6, 15))).Name, StringComparison.Ordinal);
        Assert.StartsWith("Cuộc tranh luận", Assert.Single(Read("Hai ứng viên đối đầu trong cuộc tranh luận trên truyền hình tối 10/9 tại Philadelphia.", Anchor(2024, 9, 11))).Name, StringComparison.Ordinal);
        Assert.StartsWith("Vụ rơi trực thăng", Assert.Single(Read("Đoàn công tác gặp nạn trong vụ rơi trực thăng ở vùng núi phía bắc ngày 20/5.", Anchor(2024, 5, 21))).Name, StringComparison.Ordinal);
        Assert.StartsWith("Trận động đất", Assert.Single(Read("Sáng 2/4, trận động đất mạnh 6,8 độ khiến nhiều tòa nhà đổ sập.", Anchor(2024, 4, 2))).Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Meeting_with_a_mishap_is_no_meeting()
    {
        var events = Read("Ngày 20/5, chiếc xe chở đoàn gặp nạn trên đèo.", Anchor(2024, 5, 21));
        Assert.DoesNotContain(events, e => e.Name.StartsWith("Cuộc gặp", StringComparison.Ordinal));
    }

    [Fact]
    public void A_meeting_whose_date_trails_it_with_its_place_is_that_days_meeting()
    {
        var meeting = Assert.Single(Read("Thủ tướng Nhật Bản Kishida Fumio gặp Tổng thống Pháp Emmanuel Macron, ngày 2/5 tại Paris.", Anchor(2024, 5, 3)));
        Assert.Equal("2024-05-02", meeting.Date?.Iso);
        Assert.StartsWith("Cuộc gặp giữa", meeting.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void The_day_a_spokesman_spoke_does_not_date_the_arrest_he_tells_of()
    {
        var events = Read("Ông Đỗ Văn Hùng bị bắt khi cơ quan điều tra mở rộng vụ án, người phát ngôn Bộ Công an cho biết sáng 23/4.", Anchor(2024, 4, 23));
        Assert.DoesNotContain(events, e => e.Date?.Iso == "2024-04-23");
    }

    [Fact]
    public void An_indictment_issued_on_a_day_is_an_event_not_a_documents_date()
    {
        var indictment = Assert.Single(Read("Ngày 6/8, VKSND tối cao đã ban hành cáo trạng truy tố bị can Phan Quốc Việt về tội đưa hối lộ.", Anchor(2024, 8, 7)));
        Assert.Equal("2024-08-06", indictment.Date?.Iso);
        Assert.Contains("cáo trạng", indictment.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_of_a_chronology_headed_by_its_day_is_an_event()
    {
        var opened = Assert.Single(Read("Ngày 3/9/2008: Thủ tướng Thái Lan ban bố tình trạng khẩn cấp tại thủ đô.", Anchor(2024, 9, 3)));
        Assert.Equal("2008-09-03", opened.Date?.Iso);
    }

    [Fact]
    public void A_deed_told_by_a_spokesman_is_the_named_persons_not_the_spokesmans()
    {
        var deed = Assert.Single(Read("Ngày 6/5, thiếu tướng Nguyễn Văn Tuấn, người phát ngôn Bộ Công an, cho biết ông Lê Quang Minh bị truy cứu trách nhiệm hình sự về tội nhận hối lộ.", Anchor(2024, 5, 6)));
        Assert.StartsWith("Lê Quang Minh bị truy cứu", deed.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_release_due_only_if_the_term_is_served_is_no_event()
    {
        Assert.Empty(Read("Nếu thụ án đủ thời hạn, phải đến cuối tháng 11-2024 ông Lâm mới được ra tù.", Anchor(2024, 8, 20)));
    }

    [Theory]
    [InlineData("Tổng thống Nga Vladimir Putin hôm 9/5 tiếp Chủ tịch Lào Thongloun Sisoulith tại Điện Kremlin.")]
    [InlineData("Thủ tướng Canada Justin Trudeau ngày 9/5 đã điện đàm với Thủ tướng Anh Keir Starmer.")]
    public void A_day_between_a_leader_and_the_deed_dates_it_whatever_the_name_ends_with(string sentence)
    {
        var talks = Assert.Single(Read(sentence, Anchor(2024, 5, 10)));
        Assert.Equal("2024-05-09", talks.Date?.Iso);
    }

    [Fact]
    public void The_day_between_who_and_what_is_left_out_of_the_name()
    {
        var charged = Assert.Single(Read("Bộ Công an ngày 11/6 khởi tố ông Vũ Đình Long về tội nhận hối lộ.", Anchor(2024, 6, 12)));
        Assert.StartsWith("Bộ Công an khởi tố", charged.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ngày 20/9, tòa phúc thẩm giữ nguyên bản án sơ thẩm đối với bị cáo Trần Quang Huy.", "giữ nguyên bản án")]
    [InlineData("Ngày 20/9, hai bên đã đạt được thỏa thuận ngừng bắn kéo dài sáu tuần.", "thỏa thuận ngừng bắn")]
    [InlineData("Ngày 20/9, ứng viên đảng Dân chủ bất ngờ rút khỏi cuộc đua vào Nhà Trắng.", "rút khỏi cuộc đua")]
    public void Verdicts_upheld_truces_and_withdrawals_are_events_of_their_day(string sentence, string deed)
    {
        var happened = Assert.Single(Read(sentence, Anchor(2024, 9, 21)));
        Assert.Equal("2024-09-20", happened.Date?.Iso);
        Assert.Contains(deed, happened.Name, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Ông Nguyễn Văn Long bắt đầu công việc mới từ ngày 2/5.")]
    [InlineData("Ngày 2/5, đội bóng bắt tay vào chuẩn bị cho mùa giải mới.")]
    [InlineData("Ông Trần Văn Bình, Chủ tịch UBND tỉnh, ngày 2/5 tại Hà Nội.")]
    public void Everyday_words_beside_a_date_make_no_event(string sentence) =>
        Assert.Empty(Read(sentence, Anchor(2024, 5, 3)));
}
