extern alias entities;
using Chronicle.Contracts.Ingestion.V1;
using Grpc.Core;
using entities::Chronicle.Entities.Data;

namespace Chronicle.Services.Tests;

public sealed class IngestionServiceTests : IAsyncLifetime
{
    private readonly InMemorySuite _suite = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _suite.DisposeAsync();

    [Fact]
    public async Task Accepted_document_is_stored_cleaned_and_dated()
    {
        var client = _suite.IngestionClient;

        var answer = await client.SubmitDocumentAsync(new SubmitDocumentRequest { Text = Articles.ReviewJanuary2022, Source = "test" });
        var document = await client.GetDocumentAsync(new GetDocumentRequest { Id = answer.Id });

        Assert.Equal("accepted", answer.Status);
        Assert.Null(answer.DuplicateOf);
        Assert.Equal("Ban Đối ngoại Trung ương nhìn lại một năm công tác", document.Title);
        Assert.Equal("2022-01-11", document.AnchorDate);
        Assert.Equal("day", document.AnchorGranularity);
        Assert.Equal("context", document.AnchorBasis);
        Assert.Contains("Lê Hoài Trung", document.CleanText);
        Assert.Equal("test", document.Source);
    }

    [Fact]
    public async Task Document_without_text_or_html_is_refused_and_nothing_is_stored()
    {
        var client = _suite.IngestionClient;

        var error = await Assert.ThrowsAsync<RpcException>(() => client.SubmitDocumentAsync(new SubmitDocumentRequest { Url = "https://example.org/a" }).ResponseAsync);
        var counts = await client.GetPipelineAsync(new GetPipelineRequest());

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("'text' or 'html'", error.Status.Detail);
        Assert.Equal(0, counts.Accepted);
    }

    [Theory]
    [InlineData("11/01/2022")]
    [InlineData("yesterday")]
    [InlineData("2022-13-40")]
    public async Task Publication_date_that_is_not_iso_is_refused(string publishedAt)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => _suite.IngestionClient
            .SubmitDocumentAsync(new SubmitDocumentRequest { Text = Articles.ReviewJanuary2022, PublishedAt = publishedAt }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("publishedAt", error.Status.Detail);
    }

    [Fact]
    public async Task Same_external_id_twice_returns_the_first_document()
    {
        var client = _suite.IngestionClient;

        var first = await client.SubmitDocumentAsync(new SubmitDocumentRequest { Text = Articles.ReviewJanuary2022, ExternalId = "feed-42" });
        var again = await client.SubmitDocumentAsync(new SubmitDocumentRequest { Text = Articles.ReviewJanuary2022, ExternalId = "feed-42" });
        var counts = await client.GetPipelineAsync(new GetPipelineRequest());

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(1, counts.Accepted + counts.Duplicates);
    }

    [Fact]
    public async Task Same_story_submitted_again_is_linked_as_duplicate_and_not_processed_twice()
    {
        var client = _suite.IngestionClient;

        var first = await client.SubmitDocumentAsync(new SubmitDocumentRequest { Text = Articles.ReviewJanuary2022 });
        var copy = await client.SubmitDocumentAsync(new SubmitDocumentRequest { Text = "  " + Articles.ReviewJanuary2022.ToUpperInvariant() });
        var counts = await _suite.WaitForPipelineAsync();

        Assert.Equal("duplicate", copy.Status);
        Assert.Equal(first.Id, copy.Id);
        Assert.Equal(first.Id, copy.DuplicateOf);
        Assert.Equal(1, counts.Accepted);
        Assert.Equal(1, counts.Processed);
        Assert.Equal(1, counts.Duplicates);
    }

    [Fact]
    public async Task Reprocessing_replaces_the_facts_and_never_doubles_them()
    {
        var client = _suite.IngestionClient;
        var submitted = await client.SubmitDocumentAsync(new SubmitDocumentRequest { Text = Articles.ReviewJanuary2022 });
        await _suite.WaitForPipelineAsync();

        var again = await client.ReprocessDocumentAsync(new ReprocessDocumentRequest { Id = submitted.Id });
        var counts = await _suite.WaitForPipelineAsync();
        var roles = await _suite.TimelineClient.GetRolesAsync(new Contracts.Timeline.V1.GetRolesRequest { EntityId = EntityIds.For("person", "Lê Hoài Trung") });

        Assert.Equal("pending", again.Status);
        Assert.Equal(1, counts.Processed);
        Assert.All(roles.Items, role => Assert.Single(role.Observations));
    }

    [Fact]
    public async Task Documents_are_listed_by_status()
    {
        var client = _suite.IngestionClient;
        var submitted = await client.SubmitDocumentAsync(new SubmitDocumentRequest { Text = Articles.ReviewJanuary2022 });
        await _suite.WaitForPipelineAsync();

        var processed = await client.ListDocumentsAsync(new ListDocumentsRequest { Status = "processed" });
        var failed = await client.ListDocumentsAsync(new ListDocumentsRequest { Status = "failed" });
        var error = await Assert.ThrowsAsync<RpcException>(() => client.ListDocumentsAsync(new ListDocumentsRequest { Status = "lost" }).ResponseAsync);

        Assert.Equal(submitted.Id, Assert.Single(processed.Items).Id);
        Assert.Empty(failed.Items);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task Reprocessing_an_unknown_document_is_not_found()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => _suite.IngestionClient.ReprocessDocumentAsync(new ReprocessDocumentRequest { Id = "missing" }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task Another_outlets_report_of_a_stored_story_is_linked_and_still_processed()
    {
        var client = _suite.IngestionClient;

        var first = await client.SubmitDocumentAsync(new SubmitDocumentRequest { Text = Articles.OutletReport, Source = "outlet A" });
        var second = await client.SubmitDocumentAsync(new SubmitDocumentRequest { Text = Articles.OtherOutletReport, Source = "outlet B" });
        var counts = await _suite.WaitForPipelineAsync();
        var document = await client.GetDocumentAsync(new GetDocumentRequest { Id = second.Id });

        Assert.Equal("accepted", second.Status);
        Assert.Equal(first.Id, second.SameStoryAs);
        Assert.Equal(first.Id, document.SameStoryAs);
        Assert.Equal(2, counts.Processed);
    }

    [Fact]
    public async Task Unknown_document_is_not_found()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => _suite.IngestionClient.GetDocumentAsync(new GetDocumentRequest { Id = "missing" }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }
}
