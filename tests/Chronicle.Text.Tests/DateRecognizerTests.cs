using Chronicle.Text.Dates;

namespace Chronicle.Text.Tests;

public class DateRecognizerTests
{
    private static DateMention Single(string text)
    {
        var mentions = DateRecognizer.Find(text);
        Assert.Single(mentions);
        return mentions[0];
    }

    [Theory]
    [InlineData("Ngày 11/1, hội nghị khai mạc.", "Ngày 11/1", null, 1, 11)]
    [InlineData("Hội nghị diễn ra ngày 11/01 tại thủ đô.", "ngày 11/01", null, 1, 11)]
    [InlineData("Sáng 7-1, đoàn công tác lên đường.", "Sáng 7-1", null, 1, 7)]
    [InlineData("Chiều 22/1 các đại biểu thảo luận ở tổ.", "Chiều 22/1", null, 1, 22)]
    [InlineData("Sáng ngày 13/01, Ban tổ chức họp báo.", "Sáng ngày 13/01", null, 1, 13)]
    [InlineData("Văn bản ký ngày 9/1/2023 đã có hiệu lực.", "ngày 9/1/2023", 2023, 1, 9)]
    [InlineData("Hạn chót là 03/3/2022 theo kế hoạch.", "03/3/2022", 2022, 3, 3)]
    [InlineData("Ngày 05 tháng 01 năm 2022, Ban Bí thư ký ban hành.", "Ngày 05 tháng 01 năm 2022", 2022, 1, 5)]
    [InlineData("Lễ kỷ niệm dự kiến vào ngày 23 tháng 1 năm 2026.", "ngày 23 tháng 1 năm 2026", 2026, 1, 23)]
    [InlineData("Tối 31/12, pháo hoa được bắn ở nhiều nơi.", "Tối 31/12", null, 12, 31)]
    [InlineData("Hôm 5/2 trời mưa to.", "Hôm 5/2", null, 2, 5)]
    [InlineData("ngày 15 tháng 8, đoàn trở về.", "ngày 15 tháng 8", null, 8, 15)]
    [InlineData("Sáng 1-2-2024, lễ ra quân được tổ chức.", "Sáng 1-2-2024", 2024, 2, 1)]
    public void Finds_day_dates_with_their_lead_words(string text, string span, int? year, int month, int day)
    {
        var mention = Single(text);
        Assert.Equal(span, mention.Text);
        Assert.Equal(span, text.Substring(mention.Start, mention.Length));
        Assert.Equal(year, mention.Year);
        Assert.Equal(month, mention.Month);
        Assert.Equal(day, mention.Day);
        Assert.Equal(DateGranularity.Day, mention.Granularity);
        Assert.Null(mention.EndDay);
    }

    [Theory]
    [InlineData("Hội nghị đối ngoại toàn quốc (tháng 12/2021) đã đề ra định hướng.", "tháng 12/2021", 2021, 12)]
    [InlineData("Tháng 2/2025, tỉnh hoàn thành sắp xếp bộ máy.", "Tháng 2/2025", 2025, 2)]
    [InlineData("Từ tháng 3 năm 2021 ông giữ chức vụ này.", "tháng 3 năm 2021", 2021, 3)]
    [InlineData("Kế hoạch sẽ hoàn tất trong tháng 12.", "tháng 12", null, 12)]
    public void Finds_months(string text, string span, int? year, int month) =>
        AssertMonth(Single(text), span, year, month);

    private static void AssertMonth(DateMention mention, string span, int? year, int month)
    {
        Assert.Equal(span, mention.Text);
        Assert.Equal(year, mention.Year);
        Assert.Equal(month, mention.Month);
        Assert.Null(mention.Day);
        Assert.Equal(DateGranularity.Month, mention.Granularity);
    }

    [Fact]
    public void Finds_years()
    {
        var mention = Single("Kết quả đạt được trong năm 2022 rất đáng ghi nhận.");
        Assert.Equal("năm 2022", mention.Text);
        Assert.Equal(2022, mention.Year);
        Assert.Equal(DateGranularity.Year, mention.Granularity);
    }

    [Fact]
    public void Reports_a_day_range_by_its_first_day_and_exposes_the_last()
    {
        var mention = Single("Lớp bồi dưỡng diễn ra từ ngày 26-29/10 tại Đà Nẵng.");
        Assert.Equal("ngày 26-29/10", mention.Text);
        Assert.Equal(26, mention.Day);
        Assert.Equal(29, mention.EndDay);
        Assert.Equal(10, mention.Month);
        Assert.Null(mention.Year);
    }

    [Theory]
    [InlineData("Nghị quyết số 34-NQ/TW của Bộ Chính trị")]
    [InlineData("Quyết định số 1868/QĐ-TTg của Thủ tướng")]
    [InlineData("Đề án số 01-ĐA/TW của Ban Bí thư")]
    [InlineData("Chỉ thị số 12-CT/TW về công tác đối ngoại")]
    [InlineData("Nghị định 15/2020/NĐ-CP quy định xử phạt")]
    [InlineData("Thông tư 12/2021/TT-BTC hướng dẫn")]
    [InlineData("Cuộc họp bắt đầu lúc 10:30 sáng nay.")]
    [InlineData("Gọi đường dây nóng 0912-345-678 để phản ánh.")]
    [InlineData("Phiên bản 1.2.3 đã được phát hành.")]
    [InlineData("Có 1/2 số đại biểu tán thành.")]
    [InlineData("Chiếm khoảng 2/3 diện tích toàn tỉnh.")]
    [InlineData("Đội nhà thắng 3-2 trong trận chung kết.")]
    [InlineData("Ngày 31/4 không tồn tại.")]
    [InlineData("Ngày 12/13 không phải ngày hợp lệ.")]
    [InlineData("Con số 1/2/3 chỉ là ví dụ.")]
    public void Ignores_numbers_that_are_not_dates(string text) =>
        Assert.Empty(DateRecognizer.Find(text));

    [Fact]
    public void Checks_29_february_against_the_year()
    {
        Assert.Empty(DateRecognizer.Find("Ngày 29/2/2023 không có."));
        Assert.Equal(2024, Single("Ngày 29/2/2024 là ngày nhuận.").Year);
        Assert.Null(Single("Sáng 29/2, trời nắng.").Year);
    }

    [Theory]
    [InlineData("Ngày 11/1/1850 còn quá xa.")]
    [InlineData("Tầm nhìn năm 2150 của đô thị.")]
    public void Rejects_years_outside_1900_to_2100(string text) =>
        Assert.DoesNotContain(DateRecognizer.Find(text), m => m.Year is < 1900 or > 2100);

    [Fact]
    public void A_document_number_next_to_its_date_yields_only_the_date()
    {
        var text = "Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị";
        var mention = Single(text);
        Assert.Equal("ngày 9/1/2023", mention.Text);
        Assert.Equal(new DateOnly(2023, 1, 9), new DateOnly(mention.Year!.Value, mention.Month!.Value, mention.Day!.Value));
    }

    [Fact]
    public void Returns_mentions_in_order_without_overlaps()
    {
        var text = "Ngày 5 tháng 1 năm 2022, Ban Bí thư ban hành chỉ thị; tháng 12/2021 có hội nghị; Chiều 22/1 họp tiếp; năm 2023 tổng kết.";
        var mentions = DateRecognizer.Find(text);
        Assert.Equal(["Ngày 5 tháng 1 năm 2022", "tháng 12/2021", "Chiều 22/1", "năm 2023"], mentions.Select(m => m.Text));
        for (var i = 1; i < mentions.Count; i++)
            Assert.True(mentions[i].Start >= mentions[i - 1].End);
    }

    [Fact]
    public void A_bare_day_month_after_a_date_word_free_context_is_still_a_date()
    {
        var mention = Single("Cuộc gặp ở Amman vào 8/1 mở ra giai đoạn mới.");
        Assert.Equal("8/1", mention.Text);
        Assert.Equal(8, mention.Day);
    }

    [Fact]
    public void Offsets_are_exact_after_non_ascii_text()
    {
        var text = "Đồng chí Hoàng Bình Quân phát biểu. Sáng 24/11, hội nghị bế mạc.";
        var mention = Single(text);
        Assert.Equal(text.IndexOf("Sáng 24/11", StringComparison.Ordinal), mention.Start);
        Assert.Equal(mention.Start + mention.Length, mention.End);
    }

    [Fact]
    public void Finds_every_date_of_a_large_text()
    {
        var paragraph = "Ngày 11/1, tại Hà Nội, Ban Đối ngoại Trung ương tổ chức hội nghị theo Chỉ thị số 12-CT/TW, ngày 05/01/2022 và tổng kết năm 2021. ";
        var repeats = 50_000 / paragraph.Length + 1;
        var text = string.Concat(Enumerable.Repeat(paragraph, repeats));

        var mentions = DateRecognizer.Find(text);

        Assert.Equal(repeats, mentions.Count(m => m is { Day: 11, Month: 1, Year: null }));
        Assert.Equal(repeats, mentions.Count(m => m is { Day: 5, Month: 1, Year: 2022 }));
    }

    [Theory]
    [InlineData("Ngày 18.2, đoàn đại biểu thăm tỉnh.", "Ngày 18.2", null, 2, 18)]
    [InlineData("Chiều qua, sáng 10.9, hai bên hội đàm.", "sáng 10.9", null, 9, 10)]
    [InlineData("Văn kiện được ký 18.2.2024 tại thủ đô.", "18.2.2024", 2024, 2, 18)]
    [InlineData("Ngày 05.02 là hạn nộp hồ sơ.", "Ngày 05.02", null, 2, 5)]
    [InlineData("Lễ khánh thành diễn ra ngày 3.9.2023.", "ngày 3.9.2023", 2023, 9, 3)]
    public void Finds_dotted_day_dates(string text, string span, int? year, int month, int day)
    {
        var mention = Single(text);
        Assert.Equal(span, mention.Text);
        Assert.Equal(year, mention.Year);
        Assert.Equal(month, mention.Month);
        Assert.Equal(day, mention.Day);
        Assert.Equal(DateGranularity.Day, mention.Granularity);
    }

    /// <summary>The older news writes whole days with dashes and days of the year with a dot after a time word.</summary>
    [Theory]
    [InlineData("Vào ngày 3-12-2015, anh ấy về quê thăm mẹ.", "ngày 3-12-2015", 2015, 12, 3)]
    [InlineData("Hợp đồng thuê đất được ký 3-12-2015 tại xã.", "3-12-2015", 2015, 12, 3)]
    [InlineData("Hôm 17.10, đoàn kiểm tra về đến huyện.", "Hôm 17.10", null, 10, 17)]
    [InlineData("Tối 17.10, cửa hàng mở bán sớm.", "Tối 17.10", null, 10, 17)]
    public void Finds_the_older_news_dashed_and_dotted_days(string text, string span, int? year, int month, int day)
    {
        var mention = Single(text);
        Assert.Equal(span, mention.Text);
        Assert.Equal((year, month, day), (mention.Year, mention.Month, mention.Day));
    }

    [Theory]
    [InlineData("Tháng 11.2014, ông được điều động về tỉnh.", "Tháng 11.2014", 2014, 11)]
    [InlineData("- 5/2009 - 7/2014: Phó Giám đốc Sở Tài chính.", "5/2009", 2009, 5)]
    [InlineData("Ông công tác ở huyện từ 3/2011 rồi chuyển về tỉnh.", "3/2011", 2011, 3)]
    [InlineData("- 4/2021 - nay: Bí thư Tỉnh ủy.", "4/2021", 2021, 4)]
    [InlineData("- 12/2020: Được bầu làm Chủ tịch tỉnh.", "12/2020", 2020, 12)]
    public void Finds_months_written_with_a_dot_or_without_tháng(string text, string span, int year, int month) =>
        AssertMonth(DateRecognizer.Find(text)[0], span, year, month);

    [Fact]
    public void Reads_both_ends_of_a_career_span()
    {
        var mentions = DateRecognizer.Find("- 5/2009 - 7/2014: Phó Giám đốc Sở Tài chính.");
        Assert.Equal(["5/2009", "7/2014"], mentions.Select(m => m.Text));
    }

    [Theory]
    [InlineData("Tổng vốn đạt 1.500 tỷ đồng.")]
    [InlineData("Tăng trưởng đạt 2.5 trong quý.")]
    [InlineData("Mỗi ngày 2.5 triệu lượt khách qua cửa khẩu.")]
    [InlineData("Lãi suất giảm 3.5% so với cùng kỳ.")]
    [InlineData("Phiên họp mở lúc 10.30 sáng.")]
    [InlineData("Buổi lễ bắt đầu sáng 9.05 tại hội trường.")]
    [InlineData("Đội khách thắng 3.1 sau hiệp phụ.")]
    [InlineData("Bản cập nhật 18.2.3 sửa nhiều lỗi.")]
    [InlineData("Theo Nghị định 15/2020 về xử phạt hành chính.")]
    [InlineData("Thông tư 05/2024: hướng dẫn thi hành.")]
    [InlineData("Dân số tỉnh khoảng 1.2 triệu người.")]
    [InlineData("Kết quả tháng 11. 2014 là năm bản lề.")]
    public void Ignores_dotted_numbers_and_document_numbers(string text) =>
        Assert.DoesNotContain(DateRecognizer.Find(text), m => m.Granularity != DateGranularity.Year && m.Year is not null || m.Day is not null);
}
