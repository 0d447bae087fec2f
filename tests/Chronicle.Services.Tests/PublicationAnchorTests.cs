using Chronicle.Contracts.Ingestion.V1;

namespace Chronicle.Services.Tests;

/// <summary>A document sent with its publication date is never left undated, whatever its text says of the day.</summary>
public sealed class PublicationAnchorTests : IAsyncLifetime
{
    private readonly InMemorySuite _suite = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _suite.DisposeAsync();

    private const string NoDayReport =
        "Bộ Công Thương vừa ký kết thỏa thuận hợp tác với tỉnh Quảng Ninh về phát triển năng lượng sạch. " +
        "Theo thỏa thuận, hai bên sẽ phối hợp xây dựng quy hoạch và thu hút đầu tư.\n\n" +
        "Bộ trưởng Bộ Công Thương Trần Tuấn Anh cho biết đây là bước đi quan trọng của ngành.";

    [Theory]
    [InlineData("2016-07-09")]
    [InlineData("2015-04-20")]
    [InlineData("2010-09-07")]
    public async Task A_text_without_a_day_is_anchored_on_its_publication_date(string publishedAt)
    {
        var answer = await _suite.IngestionClient.SubmitDocumentAsync(new SubmitDocumentRequest { Text = NoDayReport, PublishedAt = publishedAt });
        await _suite.WaitForPipelineAsync();
        var document = await _suite.IngestionClient.GetDocumentAsync(new GetDocumentRequest { Id = answer.Id });

        Assert.Equal(publishedAt, document.AnchorDate);
        Assert.Equal("day", document.AnchorGranularity);
        Assert.Equal("publication", document.AnchorBasis);
        Assert.Contains("publication date", document.AnchorReason);
    }
}
