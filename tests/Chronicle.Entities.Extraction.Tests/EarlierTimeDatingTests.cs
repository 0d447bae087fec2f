using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Posts seen at an earlier time the text gives, not on the day of writing: a sentence that points
/// back to the time or the meeting of the one before ('Khi đó', 'Lúc ấy', 'Tại cuộc gặp'), a time
/// phrase opening the sentence ('Thời điểm cuối năm 2020'), a day that opens its own clause after a
/// commemorated span. And the other direction: a date of another clause leaves the post alone.
/// </summary>
public sealed class EarlierTimeDatingTests
{
    private static (string Aspect, string? Date)[] Sightings(string text, string person, string post) =>
        WrittenMarch2025.Sightings(text, r => r.PersonName == person && r.Role.StartsWith(post, StringComparison.Ordinal));

    [Fact]
    public void A_sentence_pointing_back_to_the_time_before_takes_its_month() =>
        Assert.Equal([("held", "2018-05")], Sightings(
            "Tháng 5/2018, ông Trần Hữu Lộc được điều về Hà Nội công tác. Khi đó, người đứng đầu ngành là Bộ trưởng Bộ Y tế Phan Thanh Mai.",
            "Phan Thanh Mai", "Bộ trưởng Bộ Y tế"));

    [Fact]
    public void A_meeting_told_in_the_sentence_before_dates_what_was_said_there() =>
        Assert.Equal([("held", "2020-11-03")], Sightings(
            "Sáng 3/11/2020, ông Lê Văn Khoa đến trụ sở để trình bày vụ việc.\n\nTại buổi gặp, ông Khoa nói đã được ông Ngô Đức Tâm, Phó Chánh Thanh tra tỉnh Bình Định, hướng dẫn nộp đơn.",
            "Ngô Đức Tâm", "Phó Chánh Thanh tra"));

    [Fact]
    public void A_time_still_to_come_does_not_point_back() =>
        Assert.Equal([("held", "2025-03-14")], Sightings(
            "Tháng 5/2018, ông Trần Hữu Lộc được điều về Hà Nội công tác. Khi đó, Bộ trưởng Bộ Y tế Phan Thanh Mai sẽ phải giải trình.",
            "Phan Thanh Mai", "Bộ trưởng Bộ Y tế"));

    [Fact]
    public void A_past_year_opened_by_a_time_phrase_dates_the_post() =>
        Assert.Equal([("held", "2020")], Sightings(
            "Thời điểm cuối năm 2020, ông Hồ Văn Bình làm việc dưới quyền Chủ tịch UBND tỉnh Gia Lai Võ Ngọc Thành.",
            "Võ Ngọc Thành", "Chủ tịch"));

    [Fact]
    public void A_day_opening_its_own_clause_after_a_commemorated_span_dates_the_post() =>
        Assert.Equal([("held", "2010-10-10")], Sightings(
            "Tại lễ kỷ niệm 1000 năm Thăng Long (1010 - 2010), ngày 10/10/2010, Chủ tịch nước Nguyễn Minh Triết đọc diễn văn.",
            "Nguyễn Minh Triết", "Chủ tịch nước"));

    [Fact]
    public void An_anniversary_day_inside_the_clause_still_does_not_date_the_post() =>
        Assert.Equal([("held", "2025-03-14")], Sightings(
            "Chủ tịch nước Lương Cường dự lễ kỷ niệm ngày thành lập Đảng 3/2/1930 tại Hà Nội.",
            "Lương Cường", "Chủ tịch nước"));
}

/// <summary>
/// A month or year closing the deed of the post's holder dates the post ('được Chủ tịch nước X trao quân hàm vào tháng
/// 12/2023'); a past time at the head of a paragraph dates the later sentences there that write none of their own.
/// </summary>
public sealed class DeedAndParagraphTimeTests
{
    private static (string Aspect, string? Date)[] Sightings(string text, string person, string post) =>
        WrittenMarch2025.Sightings(text, r => r.PersonName == person && r.Role.StartsWith(post, StringComparison.Ordinal));

    [Fact]
    public void A_month_closing_the_holders_deed_dates_the_post() =>
        Assert.Equal([("held", "2023-11")], Sightings(
            "Ông Phạm Văn Hòa được Chủ tịch nước Võ Văn Thưởng ký quyết định thăng quân hàm vào tháng 11/2023.",
            "Võ Văn Thưởng", "Chủ tịch nước"));

    [Fact]
    public void A_month_after_a_clause_break_belongs_to_another_clause() =>
        Assert.Equal([("held", "2025-03-14")], Sightings(
            "Ông Phạm Văn Hòa gặp Chủ tịch nước Võ Văn Thưởng, người được bầu vào tháng 3/2023.",
            "Võ Văn Thưởng", "Chủ tịch nước"));

    [Fact]
    public void A_past_year_heading_the_paragraph_dates_a_later_sentence_in_it() =>
        Assert.Equal([("held", "2019")], Sightings(
            "Năm 2019, ông Đoàn Văn Tâm được cử đi học tại Nga. Người ký quyết định cử đi học là Giám đốc Sở Nội vụ tỉnh Nghệ An Lê Đình Lý.",
            "Lê Đình Lý", "Giám đốc Sở Nội vụ"));

    [Fact]
    public void A_year_heading_another_paragraph_does_not_reach_the_next_one() =>
        Assert.Equal([("held", "2025-03-14")], Sightings(
            "Năm 2019, ông Đoàn Văn Tâm được cử đi học tại Nga.\n\nNgười ký quyết định cử đi học là Giám đốc Sở Nội vụ tỉnh Nghệ An Lê Đình Lý.",
            "Lê Đình Lý", "Giám đốc Sở Nội vụ"));

    [Fact]
    public void A_span_heading_the_paragraph_does_not_date_a_later_sentence() =>
        Assert.Equal([("held", "2025-03-14")], Sightings(
            "Từ năm 2015 đến 2019, ông Đoàn Văn Tâm công tác tại Nga. Người ký quyết định cử đi là Giám đốc Sở Nội vụ tỉnh Nghệ An Lê Đình Lý.",
            "Lê Đình Lý", "Giám đốc Sở Nội vụ"));
}

/// <summary>A person named with no post and said to enter the Politburo or the Secretariat takes up that membership then.</summary>
public sealed class EnteredByNameTests
{
    private static (string Aspect, string? Date)[] Sightings(string text, string person, string post) =>
        WrittenMarch2025.Sightings(text, r => r.PersonName == person && r.Role == post);

    private const string Lead = "Ông Nguyễn Văn Hậu sinh năm 1962, quê Bình Định. ";

    [Fact]
    public void Entering_the_politburo_on_a_written_day_starts_the_membership_that_day() =>
        Assert.Equal([("started", "2016-01-28")], Sightings(
            Lead + "Ông Hậu được bầu vào Bộ Chính trị khóa XII vào ngày 28/1/2016.", "Nguyễn Văn Hậu", "Ủy viên Bộ Chính trị"));

    [Fact]
    public void Entering_the_secretariat_from_an_opening_month_starts_it_that_month() =>
        Assert.Equal([("started", "2011-01")], Sightings(
            Lead + "Tháng 1/2011, ông Hậu được Trung ương bầu bổ sung vào Ban Bí thư.", "Nguyễn Văn Hậu", "Bí thư Trung ương Đảng"));

    [Fact]
    public void Another_body_after_the_name_gives_no_membership() =>
        Assert.Empty(Sightings(
            Lead + "Ông Hậu được bầu vào Ban Chấp hành Hội Nông dân.", "Nguyễn Văn Hậu", "Ủy viên Bộ Chính trị"));
}

/// <summary>An article written on 14 March 2025: the dated aspects of the sightings a filter keeps.</summary>
internal static class WrittenMarch2025
{
    private static readonly AnchorDate Anchor =
        new(2025, 3, 14, DateGranularity.Day, YearBasis.Publication, [], "test", null) { PublishedOn = "2025-03-14" };

    public static (string Aspect, string? Date)[] Sightings(string text, Func<RoleMention, bool> keep) =>
        [.. ArticleAnalyzer.Analyze("", Chronicle.Text.VietnameseText.Normalize(text), Anchor).Roles
            .Where(keep).Select(r => (r.Aspect, r.Date?.Iso)).Distinct().Order()];
}
