using Chronicle.Text.Dates;

namespace Chronicle.Text.Tests;

public class AnchorDateResolverTests
{
    private const string ReviewOf2021 =
        "Đại biểu chụp ảnh lưu niệm. (Ảnh: TTXVN)\n\n" +
        "Ngày 11/1, tại Hà Nội, Ban Đối ngoại Trung ương họp tổng kết công tác năm 2021 và bàn nhiệm vụ năm 2022.\n\n" +
        "Trưởng Ban Lê Hoài Trung điều hành phiên họp.";

    [Fact]
    public void A_written_year_is_used_as_is()
    {
        var anchor = AnchorDateResolver.Resolve("Chiều 22/3/2023, Bộ trưởng tiếp Đại sứ tại trụ sở Bộ.", null);
        Assert.Equal("2023-03-22", anchor.ToIso());
        Assert.Equal(YearBasis.Written, anchor.Basis);
        Assert.Equal([2023], anchor.CandidateYears);
        Assert.Equal("Chiều 22/3/2023", anchor.Mention?.Text);
    }

    [Fact]
    public void A_review_held_in_january_belongs_to_the_following_year()
    {
        var anchor = AnchorDateResolver.Resolve(ReviewOf2021, null);
        Assert.Equal("2022-01-11", anchor.ToIso());
        Assert.Equal(YearBasis.Context, anchor.Basis);
        Assert.Contains("2021", anchor.Reason);
    }

    [Fact]
    public void A_review_held_in_december_belongs_to_the_reviewed_year()
    {
        var anchor = AnchorDateResolver.Resolve("Ngày 29/12, cơ quan họp Tổng kết công tác năm 2020, bàn kế hoạch năm 2021.", null);
        Assert.Equal("2020-12-29", anchor.ToIso());
        Assert.Equal(YearBasis.Context, anchor.Basis);
    }

    [Fact]
    public void A_review_phrased_in_capitals_still_counts()
    {
        var anchor = AnchorDateResolver.Resolve("Sáng ngày 13/01, Ban họp TỔNG KẾT CÔNG TÁC NĂM 2022, giao việc cho năm 2023.", null);
        Assert.Equal("2023-01-13", anchor.ToIso());
    }

    [Fact]
    public void A_review_does_not_date_a_mid_year_event()
    {
        var anchor = AnchorDateResolver.Resolve("Ngày 4/7, đoàn công tác làm việc tại tỉnh; tổng kết công tác năm 2021 đã được thông qua trước đó.", null);
        Assert.Null(anchor.Year);
        Assert.Equal(YearBasis.Unknown, anchor.Basis);
    }

    [Fact]
    public void The_report_lead_wins_over_an_earlier_cited_document_date()
    {
        var text = "Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị mở ra giai đoạn mới.\n\nNgày 4/7, tại Hà Nội, Thường trực Ban Bí thư có buổi làm việc cùng Ban Đối ngoại Trung ương.";
        var anchor = AnchorDateResolver.Resolve(text, null);
        Assert.Equal(7, anchor.Month);
        Assert.Equal(4, anchor.Day);
    }

    [Fact]
    public void A_cited_document_date_is_never_the_event_date()
    {
        var text = "Thường trực Ban Bí thư làm việc với Ban, nhấn mạnh vai trò của Nghị quyết số 34-NQ/TW ngày 9/1/2023 và đề nghị triển khai tốt trong thời gian tới.";
        var anchor = AnchorDateResolver.Resolve(text, null);
        Assert.Null(anchor.Mention);
        Assert.Null(anchor.Year);
    }

    [Fact]
    public void Cited_documents_bound_the_year_from_below_and_leave_it_open()
    {
        var text = "Sáng 24/11, Ban tổ chức hội nghị trực tuyến phổ biến Đề án số 01-ĐA/TW, ngày 03/3/2022 của Ban Bí thư và Chỉ thị số 12-CT/TW, ngày 05/01/2022 của Ban Bí thư.\n\nĐề án đặt mục tiêu đến năm 2025.";
        var anchor = AnchorDateResolver.Resolve(text, null);
        Assert.Null(anchor.Year);
        Assert.Equal(YearBasis.Unknown, anchor.Basis);
        Assert.Equal([2022, 2023, 2024, 2025], anchor.CandidateYears);
        Assert.Equal(11, anchor.Month);
        Assert.Equal(24, anchor.Day);
        Assert.Contains("2022 or later", anchor.Reason);
        Assert.Null(anchor.ToIso());
    }

    [Fact]
    public void An_event_earlier_in_the_year_than_the_document_starts_the_candidates_a_year_later()
    {
        var text = "Ngày 4/1, hội nghị quán triệt Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị.";
        var anchor = AnchorDateResolver.Resolve(text, null);
        Assert.Equal([2024, 2025, 2026, 2027], anchor.CandidateYears);
    }

    [Theory]
    [InlineData(2021, 1, 3, 2020)]
    [InlineData(2021, 12, 30, 2021)]
    [InlineData(2021, 12, 29, 2021)]
    public void The_publication_date_gives_the_latest_year_not_after_it(int year, int month, int day, int expected)
    {
        var anchor = AnchorDateResolver.Resolve("Ngày 29/12, đoàn đại biểu dâng hương tại khu di tích.", new DateOnly(year, month, day));
        Assert.Equal(expected, anchor.Year);
        Assert.Equal(YearBasis.Publication, anchor.Basis);
    }

    [Fact]
    public void The_review_context_is_stronger_than_the_publication_date()
    {
        var anchor = AnchorDateResolver.Resolve(ReviewOf2021, new DateOnly(2024, 5, 1));
        Assert.Equal(2022, anchor.Year);
        Assert.Equal(YearBasis.Context, anchor.Basis);
    }

    [Fact]
    public void The_publication_date_is_stronger_than_cited_documents()
    {
        var text = "Sáng 24/11, hội nghị phổ biến Chỉ thị số 12-CT/TW, ngày 05/01/2022 của Ban Bí thư.";
        var anchor = AnchorDateResolver.Resolve(text, new DateOnly(2023, 11, 25));
        Assert.Equal("2023-11-24", anchor.ToIso());
        Assert.Equal(YearBasis.Publication, anchor.Basis);
    }

    [Fact]
    public void Hom_nay_is_the_publication_date()
    {
        var anchor = AnchorDateResolver.Resolve("Hôm nay, Quốc hội bế mạc kỳ họp.", new DateOnly(2024, 6, 29));
        Assert.Equal("2024-06-29", anchor.ToIso());
        Assert.Equal(YearBasis.Publication, anchor.Basis);
    }

    [Fact]
    public void Without_any_evidence_the_year_stays_unknown_and_explained()
    {
        var anchor = AnchorDateResolver.Resolve("Ngày 4/7, tại Hà Nội, hai bên trao đổi kinh nghiệm.", null);
        Assert.Null(anchor.Year);
        Assert.Equal(YearBasis.Unknown, anchor.Basis);
        Assert.Empty(anchor.CandidateYears);
        Assert.Equal(7, anchor.Month);
        Assert.False(string.IsNullOrWhiteSpace(anchor.Reason));
    }

    [Fact]
    public void A_bare_year_elsewhere_in_the_text_is_not_a_year_basis()
    {
        var anchor = AnchorDateResolver.Resolve("Sáng 24/11, hội nghị trực tuyến được tổ chức.\n\nHội thi tìm hiểu luật giao thông năm 2024", null);
        Assert.Null(anchor.Year);
    }

    [Fact]
    public void A_text_without_dates_has_no_anchor()
    {
        var anchor = AnchorDateResolver.Resolve("Hội nghị diễn ra thành công tốt đẹp.", null);
        Assert.Null(anchor.Mention);
        Assert.Null(anchor.Month);
        Assert.Equal(YearBasis.Unknown, anchor.Basis);
    }

    [Fact]
    public void A_lead_after_a_dateline_is_found()
    {
        var text = "Quang cảnh buổi lễ. (Ảnh: TTXVN)\n\nHÀ NỘI - Chiều 22/1, đoàn đại biểu dâng hoa tại Lăng. Trước đó, ngày 20/1, đoàn đã họp.";
        var anchor = AnchorDateResolver.Resolve(text, null);
        Assert.Equal(22, anchor.Day);
    }

    [Fact]
    public void A_review_some_years_into_a_dated_document_fixes_the_year()
    {
        var text = "Ngày 23/1, tại Hà Nội, Ban tổ chức hội nghị sơ kết hai năm thực hiện Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư.";
        var anchor = AnchorDateResolver.Resolve(text, null);
        Assert.Equal("2024-01-23", anchor.ToIso());
        Assert.Equal(YearBasis.CitedDocument, anchor.Basis);
    }
}
