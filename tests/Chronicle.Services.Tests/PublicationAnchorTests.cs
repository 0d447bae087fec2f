using Chronicle.Contracts.Ingestion.V1;
using Chronicle.Contracts.Timeline.V1;

namespace Chronicle.Services.Tests;

/// <summary>
/// A document whose publication date is known, given or declared by its page, is never left
/// undated, whatever its text says of the day; what the text says relative to that day dates its facts.
/// </summary>
public sealed class PublicationAnchorTests : IAsyncLifetime
{
    private readonly InMemorySuite _suite = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _suite.DisposeAsync();

    private const string NoDayReport =
        "Bộ Công Thương vừa ký kết thỏa thuận hợp tác với tỉnh Quảng Ninh về phát triển năng lượng sạch. " +
        "Theo thỏa thuận, hai bên sẽ phối hợp xây dựng quy hoạch và thu hút đầu tư.\n\n" +
        "Bộ trưởng Bộ Công Thương Trần Tuấn Anh cho biết đây là bước đi quan trọng của ngành.";

    private async Task<Document> SubmitAsync(SubmitDocumentRequest request)
    {
        var answer = await _suite.IngestionClient.SubmitDocumentAsync(request);
        await _suite.WaitForPipelineAsync();
        return await _suite.IngestionClient.GetDocumentAsync(new GetDocumentRequest { Id = answer.Id });
    }

    [Theory]
    [InlineData("2016-07-09")]
    [InlineData("2015-04-20")]
    [InlineData("2010-09-07")]
    public async Task A_text_without_a_day_is_anchored_on_its_publication_date(string publishedAt)
    {
        var document = await SubmitAsync(new SubmitDocumentRequest { Text = NoDayReport, PublishedAt = publishedAt });

        Assert.Equal(publishedAt, document.AnchorDate);
        Assert.Equal("day", document.AnchorGranularity);
        Assert.Equal("publication", document.AnchorBasis);
        Assert.Contains("publication date", document.AnchorReason);
    }

    [Fact]
    public async Task A_page_sent_without_a_date_is_anchored_on_the_date_its_markup_declares()
    {
        var html = "<html><head><meta property=\"article:published_time\" content=\"2016-07-09T08:15:00+07:00\"><title>Tin</title></head>"
            + "<body><article><h1>Hợp tác năng lượng sạch</h1><p>" + NoDayReport.Replace("\n\n", "</p><p>", StringComparison.Ordinal) + "</p></article></body></html>";

        var document = await SubmitAsync(new SubmitDocumentRequest { Html = html });

        Assert.Equal("2016-07-09", document.AnchorDate);
        Assert.Equal("publication", document.AnchorBasis);
        Assert.Contains("article:published_time", document.AnchorReason);
        var roles = await _suite.TimelineClient.GetRolesAsync(new GetRolesRequest { EntityId = await PersonIdAsync("Trần Tuấn Anh") });
        var minister = Assert.Single(roles.Items, r => r.Role == "Bộ trưởng Bộ Công Thương");
        Assert.Equal("2016-07-09", Assert.Single(minister.Observations).Date);
    }

    [Fact]
    public async Task Yesterday_in_the_lead_anchors_the_report_the_day_before_publication()
    {
        const string text = "Chiều qua, Bộ trưởng Bộ Ngoại giao Phạm Bình Minh đã tiếp Đại sứ Nhật Bản tại Việt Nam.\n\n"
            + "Hai bên trao đổi về các biện pháp thúc đẩy hợp tác kinh tế và giao lưu nhân dân.";

        var document = await SubmitAsync(new SubmitDocumentRequest { Text = text, PublishedAt = "2010-09-07" });

        Assert.Equal("2010-09-06", document.AnchorDate);
        Assert.Equal("publication", document.AnchorBasis);
        Assert.Contains("'Chiều qua'", document.AnchorReason);
        var roles = await _suite.TimelineClient.GetRolesAsync(new GetRolesRequest { EntityId = await PersonIdAsync("Phạm Bình Minh") });
        var minister = Assert.Single(roles.Items, r => r.Role == "Bộ trưởng Bộ Ngoại giao");
        Assert.Equal("2010-09-06", Assert.Single(minister.Observations).Date);
    }

    [Fact]
    public async Task A_post_taken_up_late_last_month_is_dated_to_that_month()
    {
        const string text = "Bộ Ngoại giao vừa tổ chức gặp mặt báo chí nhân dịp đầu năm.\n\n"
            + "Cuối tháng trước, ông Bùi Thanh Sơn được bổ nhiệm làm Thứ trưởng Bộ Ngoại giao.";

        await SubmitAsync(new SubmitDocumentRequest { Text = text, PublishedAt = "2016-01-12" });

        var roles = await _suite.TimelineClient.GetRolesAsync(new GetRolesRequest { EntityId = await PersonIdAsync("Bùi Thanh Sơn") });
        var deputy = Assert.Single(roles.Items, r => r.Role == "Thứ trưởng Bộ Ngoại giao");
        var observation = Assert.Single(deputy.Observations);
        Assert.Equal("2015-12", observation.Date);
        Assert.Equal("sentence", observation.DateBasis);
        Assert.Equal("started", observation.Aspect);
    }

    private async Task<string> PersonIdAsync(string name)
    {
        var found = await _suite.EntitiesClient.SearchEntitiesAsync(new Contracts.Entities.V1.SearchEntitiesRequest { Q = name, Type = "person" });
        return Assert.Single(found.Items).Id;
    }
}
