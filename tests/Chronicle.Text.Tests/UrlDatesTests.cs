using Chronicle.Text.Dates;

namespace Chronicle.Text.Tests;

public class UrlDatesTests
{
    private const int LatestYear = 2026;

    [Theory]
    [InlineData("https://example.vn/thoi-su/chu-tich-tiep-doan-20240724220230694.htm", "2024-07-24")]
    [InlineData("https://example.vn/hop-hoi-dong-20240718135223435.htm", "2024-07-18")]
    [InlineData("https://example.vn/mien-nhiem-bo-truong-196250218174650227.htm", "2025-02-18")]
    [InlineData("https://example.vn/tiep-tong-bi-thu-10224072520190835.htm", "2024-07-25")]
    [InlineData("https://example.vn/canh-bao-2024101016252629.htm", "2024-10-10")]
    [InlineData("https://example.vn/2021/12/14/quoc-hoi-hop.html", "2021-12-14")]
    [InlineData("https://example.vn/xa-hoi/2024/08/cong-nhan-kinh-te-thi-truong-761-1216732.htm", "2024-08")]
    [InlineData("http://example.vn/thoi-su/202404/trien-khai-ky-thi-7dc2af3/", "2024-04")]
    [InlineData("https://example.vn/hoi-nghi-toan-quoc-20211214.html", "2021-12-14")]
    [InlineData("https://example.vn/khai-mac-ngay-14-12-2021-tai-ha-noi.html", "2021-12-14")]
    [InlineData("https://example.vn/chinh-tri/2024-07-24/le-quoc-tang.html", "2024-07-24")]
    public void Reads_the_dates_outlets_write_in_their_addresses(string url, string expected)
    {
        Assert.Equal(expected, UrlDates.Find(url, LatestYear)?.ToIso());
    }

    [Theory]
    [InlineData("https://example.vn/thoi-su/bo-truong-tiep-dai-su-4771234.html")]
    [InlineData("https://example.vn/doan-kiem-tra-lam-viec-post1117312.vov")]
    [InlineData("https://example.vn/tieu-su-dong-chi-383975.html")]
    [InlineData("https://example.vn/ky-thi-tot-nghiep-thpt-nam-2024.html")]
    [InlineData("https://example.vn/ke-hoach-giai-doan-2021-2025-123456.html")]
    [InlineData("")]
    [InlineData(null)]
    public void Addresses_without_a_date_give_none(string? url)
    {
        Assert.Null(UrlDates.Find(url, LatestYear));
    }

    [Fact]
    public void An_id_without_a_valid_time_of_day_is_a_counter()
    {
        // yyyyMMdd reads as a day but '99' is no hour: not a time stamp.
        Assert.Null(UrlDates.Find("https://example.vn/bai-viet-202407249912345.htm", LatestYear));
    }

    [Fact]
    public void Years_after_next_year_and_before_2000_are_not_taken()
    {
        Assert.Null(UrlDates.Find("https://example.vn/2031/05/bai-viet/", LatestYear));
        Assert.Null(UrlDates.Find("https://example.vn/1998/05/12/bai-viet/", LatestYear));
    }

    [Fact]
    public void Two_dates_that_disagree_give_none()
    {
        Assert.Null(UrlDates.Find("https://example.vn/2021/12/bai-viet-20220105.html", LatestYear));
    }

    [Fact]
    public void A_folder_month_and_an_id_day_in_it_agree()
    {
        Assert.Equal("2024-08-05", UrlDates.Find("https://example.vn/2024/08/bai-viet-20240805.html", LatestYear)?.ToIso());
    }

    [Fact]
    public void The_query_is_not_read()
    {
        Assert.Null(UrlDates.Find("https://example.vn/bai-viet-4771234.html?ref=20240724220230", LatestYear));
    }
}
