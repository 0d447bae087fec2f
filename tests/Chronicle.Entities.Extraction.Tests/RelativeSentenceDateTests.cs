using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Dates a sentence says relative to the day of writing ('hôm qua', 'cuối tháng trước', 'năm
/// ngoái') date its facts, counted from the article's anchor, with the sentence as their basis.
/// </summary>
public sealed class RelativeSentenceDateTests
{
    /// <summary>The publication day, Wednesday 10 July 2024: the day of writing.</summary>
    private static readonly DateOnly Published = new(2024, 7, 10);

    /// <summary>A lead of something just done: the report stands on its publication day.</summary>
    private const string Lead = "Bộ Tài chính vừa công bố kết quả thu ngân sách sáu tháng đầu năm.\n\n";

    /// <summary>A lead that writes its day, 8 July: the report may be written a day or two later.</summary>
    private const string WrittenLead = "Ngày 8/7, tỉnh tổ chức hội nghị sơ kết công tác sáu tháng.\n\n";

    private static ExtractionResult Analyze(string text) =>
        ArticleAnalyzer.Analyze("", text, AnchorDateResolver.Resolve(text, Published));

    private static RoleMention Role(string text, string person) =>
        Assert.Single(Analyze(text).Roles, r => r.PersonName == person);

    [Fact]
    public void Yesterday_dates_a_sighting_the_day_before()
    {
        var role = Role(Lead + "Phát biểu tại buổi tiếp hôm qua, Bộ trưởng Bộ Tài chính Hồ Đức Phớc nêu rõ yêu cầu cắt giảm thủ tục.", "Hồ Đức Phớc");

        Assert.Equal(("2024-07-09", "day"), (role.Date?.Iso, role.Date?.Granularity));
        Assert.Equal("sentence", role.DateBasis);
    }

    [Fact]
    public void Late_last_month_dates_a_post_taken_up_to_that_month()
    {
        var role = Role(Lead + "Cuối tháng trước, ông Nguyễn Văn Thắng được bổ nhiệm làm Bộ trưởng Bộ Tài chính.", "Nguyễn Văn Thắng");

        Assert.Equal(("2024-06", "month"), (role.Date?.Iso, role.Date?.Granularity));
        Assert.Equal(("sentence", "started"), (role.DateBasis, role.Aspect));
    }

    [Fact]
    public void Last_year_dates_a_post_taken_up_to_that_year()
    {
        var role = Role(Lead + "Năm ngoái, bà Lê Thị Thủy được bầu làm Phó Thủ tướng Chính phủ.", "Lê Thị Thủy");

        Assert.Equal(("2023", "year"), (role.Date?.Iso, role.Date?.Granularity));
        Assert.Equal(("sentence", "started"), (role.DateBasis, role.Aspect));
    }

    [Fact]
    public void Early_this_year_dates_a_post_taken_up_to_the_anchor_year()
    {
        var role = Role(Lead + "Đầu năm nay, ông Trần Hồng Minh được bổ nhiệm làm Bộ trưởng Bộ Xây dựng.", "Trần Hồng Minh");

        Assert.Equal(("2024", "year"), (role.Date?.Iso, role.Date?.Granularity));
        Assert.Equal("started", role.Aspect);
    }

    [Fact]
    public void From_a_day_the_text_writes_last_month_is_still_counted()
    {
        var role = Role(WrittenLead + "Tháng trước, ông Phạm Đức Toàn được bầu làm Chủ tịch UBND tỉnh Ninh Bình.", "Phạm Đức Toàn");

        Assert.Equal("2024-06", role.Date?.Iso);
    }

    [Fact]
    public void From_a_day_the_text_writes_yesterday_is_not_placed()
    {
        // Written on 8 July or a day or two later: 'hôm qua' cannot be pinned, the sighting keeps the article's day.
        var role = Role(WrittenLead + "Phát biểu tại buổi tiếp hôm qua, Bộ trưởng Bộ Tài chính Hồ Đức Phớc nêu rõ yêu cầu.", "Hồ Đức Phớc");

        Assert.Equal("2024-07-08", role.Date?.Iso);
        Assert.NotEqual("sentence", role.DateBasis);
    }

    [Fact]
    public void A_comparison_with_last_month_dates_nothing()
    {
        var role = Role(Lead + "Theo Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên, sản lượng điện tăng 5% so với tháng trước.", "Nguyễn Hồng Diên");

        Assert.Equal("2024-07-10", role.Date?.Iso);
    }

    [Fact]
    public void Yesterday_dates_an_event_the_day_before()
    {
        var result = Analyze(Lead + "Chiều qua, tại Hà Nội, Bộ Tài chính tổ chức hội nghị bàn nhiệm vụ sáu tháng cuối năm.");

        Assert.Contains(result.Events, e => e.Date?.Iso == "2024-07-09");
    }

    [Fact]
    public void A_written_day_in_the_sentence_wins_over_a_relative_month()
    {
        var result = Analyze(Lead + "Đầu tháng này, Ủy ban tổ chức hội nghị sơ kết vào ngày 3/7 tại Hà Nội.");

        Assert.Contains(result.Events, e => e.Date?.Iso == "2024-07-03");
        Assert.DoesNotContain(result.Events, e => e.Date?.Iso == "2024-07");
    }

    [Fact]
    public void Without_a_dated_anchor_relative_dates_name_nothing()
    {
        var dates = ContextDates.WithRelativeDates("Hôm qua, hội nghị đã bế mạc.", [], anchor: null);

        Assert.Empty(dates);
    }
}
