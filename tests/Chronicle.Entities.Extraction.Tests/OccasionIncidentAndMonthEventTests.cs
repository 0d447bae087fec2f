using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Gifts handed over on the occasion told before belong to that visit or meeting; what an official does about an
/// incident is an event beside the incident; an event given its month in one place and its day in another is one;
/// a digest of acts lists documents, not events; talks written with a capital after 'buổi' or 'cuộc' are talks;
/// a deed reported after 'thông báo,' is the deed of the one the report names, not of the one who reports.
/// </summary>
public sealed class OccasionIncidentAndMonthEventTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> Dated(string text, int year = 2024, int month = 9, int day = 12) =>
        ArticleAnalyzer.Analyze("", text, Anchor(year, month, day)).Events.Where(e => e.Date?.Iso is not null).ToList();

    [Fact]
    public void Gifts_handed_over_on_the_occasion_are_part_of_the_visit()
    {
        var events = Dated(
            "Chiều 11/9, Phó Chủ tịch nước Võ Thị Ánh Xuân đến thăm bà con vùng lũ xã Phúc Khánh, huyện Bảo Yên. "
            + "Nhân dịp này, Phó Chủ tịch nước đã trao 200 suất quà cho các hộ dân bị thiệt hại. "
            + "Dịp này, đại diện Ngân hàng Nhà nước trao kinh phí hỗ trợ dựng lại điểm trường của xã.");
        var visit = Assert.Single(events);
        Assert.Contains("thăm", visit.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invitation_or_a_plan_told_on_the_occasion_is_part_of_the_meeting()
    {
        var events = Dated(
            "Chiều 11/9, tại Hà Nội, Bộ trưởng Bộ Công an Lương Tam Quang tiếp Bộ trưởng Nội vụ Lào Vilay Lakhamfong. "
            + "Nhân dịp này, Bộ trưởng Vilay Lakhamfong chuyển lời mời Bộ trưởng Lương Tam Quang sang thăm Lào vào thời gian thích hợp. "
            + "Cũng nhân dịp này, hai Bộ trưởng có kế hoạch gặp gỡ lãnh đạo các địa phương giáp biên.");
        var talks = Assert.Single(events);
        Assert.Contains("tiếp", talks.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_exchanged_on_the_occasion_are_an_act_of_record()
    {
        var events = Dated(
            "Sáng 11/9, tại Hà Nội, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone. "
            + "Nhân dịp này, với hai Thủ tướng đứng bên, Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt trao đổi công hàm để mở một lối qua biên giới mới.");
        Assert.Equal(2, events.Count(e => e.Date?.Iso == "2024-09-11"));
    }

    [Fact]
    public void A_decision_handed_over_on_the_occasion_is_no_gift()
    {
        var events = Dated(
            "Sáng 10/9, Ban Thường vụ Tỉnh ủy Lào Cai họp phiên thường kỳ tháng 9. "
            + "Nhân dịp này, Bí thư Tỉnh ủy Đặng Xuân Phong trao quyết định bổ nhiệm Chánh Văn phòng Tỉnh ủy cho ông Lê Văn Sáu.");
        Assert.Equal(2, events.Count(e => e.Date?.Iso == "2024-09-10"));
    }

    [Fact]
    public void An_official_acting_upon_an_incident_is_an_event_of_its_own()
    {
        var events = Dated(
            "Rạng sáng 10/9, một vụ sạt lở đồi đã vùi lấp ba ngôi nhà ở thôn Làng Nủ, huyện Bảo Yên. "
            + "Chiều 10/9, Bí thư Tỉnh ủy Lào Cai Đặng Xuân Phong đã đến hiện trường kiểm tra công tác tìm kiếm người mất tích trong vụ sạt lở đồi.");
        Assert.Equal(2, events.Count(e => e.Date?.Iso == "2024-09-10"));
        Assert.Contains(events, e => e.Name.StartsWith("Vụ sạt lở", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Name.Contains("kiểm tra", StringComparison.Ordinal));
    }

    [Fact]
    public void An_incident_told_twice_stays_one_event()
    {
        var events = Dated(
            "Rạng sáng 10/9, một vụ sạt lở đồi đã vùi lấp ba ngôi nhà ở thôn Làng Nủ, huyện Bảo Yên. "
            + "Chiều 10/9, vụ sạt lở đồi ở thôn Làng Nủ đã làm 12 người chết.");
        Assert.Single(events, e => e.Date?.Iso == "2024-09-10");
    }

    [Fact]
    public void An_event_given_its_month_and_its_day_is_one_event_of_that_day()
    {
        var events = Dated(
            "Chủ tịch Quốc hội Trần Thanh Mẫn dự Đại hội đại biểu toàn quốc lần thứ X Hội Nông dân Việt Nam, tháng 12.2023. "
            + "Tại Đại hội đại biểu toàn quốc lần thứ X Hội Nông dân Việt Nam nhiệm kỳ 2023 - 2028, ngày 12.12.2023, "
            + "Chủ tịch Quốc hội đã có bài phát biểu quan trọng.", 2024, 9, 12);
        var congress = Assert.Single(events, e => e.Name.Contains("Hội Nông dân", StringComparison.Ordinal));
        Assert.Equal("2023-12-12", congress.Date!.Iso);
    }

    [Fact]
    public void Another_event_of_that_month_keeps_its_month()
    {
        var events = Dated(
            "Chủ tịch Quốc hội Trần Thanh Mẫn dự Đại hội đại biểu toàn quốc lần thứ X Hội Nông dân Việt Nam, tháng 12.2023. "
            + "Ngày 12.12.2023, Chủ tịch Quốc hội Trần Thanh Mẫn tiếp Chủ tịch Quốc hội Lào Saysomphone Phomvihane.", 2024, 9, 12);
        Assert.Contains(events, e => e.Date!.Iso == "2023-12");
        Assert.Contains(events, e => e.Date!.Iso == "2023-12-12");
    }

    private const string DigestOfActs =
        "Chính phủ ban hành Nghị định số 101/2024/NĐ-CP ngày 29/7/2024 về đăng ký đất đai. "
        + "Chính phủ đã ban hành Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 về thi hành Luật Đất đai. "
        + "Phó Thủ tướng Trần Hồng Hà ký Quyết định số 780/QĐ-TTg ngày 31/7/2024 phê duyệt quy hoạch vùng. "
        + "Thủ tướng Phạm Minh Chính ký Công điện số 75/CĐ-TTg ngày 1/8/2024 về ứng phó mưa lũ.";

    [Fact]
    public void A_digest_of_acts_lists_documents_not_events()
    {
        var result = ArticleAnalyzer.Analyze("", DigestOfActs, Anchor(2024, 8, 2));
        Assert.DoesNotContain(result.Events, e => e.Date?.Iso is not null);
        Assert.Equal(4, result.LegalDocuments.Select(d => d.Number).Distinct().Count());
    }

    [Fact]
    public void One_act_signed_in_a_report_stays_the_days_event()
    {
        var events = Dated("Phó Thủ tướng Trần Hồng Hà đã ký Quyết định số 780/QĐ-TTg ngày 31/7/2024 phê duyệt quy hoạch vùng trung du.", 2024, 8, 2);
        Assert.Single(events, e => e.Date?.Iso == "2024-07-31");
    }

    [Fact]
    public void Talks_written_with_a_capital_after_buoi_are_read()
    {
        var events = Dated("Ngày 10/9, Đoàn đã có buổi Hội đàm với Chủ tịch Hội Nông dân Lào Bounthong Chitmany.");
        var talks = Assert.Single(events);
        Assert.StartsWith("Hội đàm", talks.Name, StringComparison.Ordinal);
        Assert.Equal("2024-09-10", talks.Date!.Iso);
    }

    [Fact]
    public void A_deed_reported_after_a_comma_is_the_deed_of_the_one_named_after_it()
    {
        var events = Dated("Chủ tịch Quốc hội Ukraine Ruslan Stefanchuk hôm 3/9 thông báo, Bộ trưởng Tư pháp Denys Maliuska đã nộp đơn từ chức.");
        var resignation = Assert.Single(events);
        Assert.Contains("Maliuska", resignation.Name, StringComparison.Ordinal);
        Assert.DoesNotContain("Stefanchuk", resignation.Name, StringComparison.Ordinal);
    }
}
