using Chronicle.Contracts.Common.V1;
using Chronicle.Contracts.Entities.V1;
using Chronicle.Contracts.Ingestion.V1;
using Chronicle.Contracts.Timeline.V1;

namespace Chronicle.Services.Tests;

/// <summary>
/// The batched hand-offs between the services: each stage's batch method stores what it is sent
/// in one call, answering every item on its own (a bad item is refused alone), and a run of
/// documents handed over together goes through every stage.
/// </summary>
public sealed class BatchHandOffTests : IAsyncLifetime
{
    private readonly InMemorySuite _suite = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _suite.DisposeAsync();

    private static string Article(int meeting) =>
        $"Hà Nội, ngày {meeting % 28 + 1} tháng 5 năm 2023. Bộ trưởng Bộ Thử nghiệm Trần Văn Đo chủ trì phiên họp số {meeting} bàn cách đo kiểm hàng mẫu.";

    private static RecordDocumentFactsRequest Facts(string documentId, string person) => new()
    {
        DocumentId = documentId,
        ContentHash = "hash-" + documentId,
        Title = "t",
        Revision = 1,
        Anchor = new AnchorDate { Basis = "written", Date = new PartialDate { Value = "2023-05-02", Granularity = "day" } },
        Roles =
        {
            new RoleFact
            {
                Person = new EntityRef { Id = "per_" + person.ToLowerInvariant(), Name = person },
                Role = "Bộ trưởng Bộ Thử nghiệm",
                Title = "Bộ trưởng",
                Organization = "Bộ Thử nghiệm",
                Evidence = new Evidence { DocumentId = documentId, Start = 0, End = 10, Quote = $"Bộ trưởng {person}" },
            },
        },
    };

    [Fact]
    public async Task Many_documents_handed_over_together_all_reach_the_timeline()
    {
        using var call = _suite.IngestionClient.IngestDocuments();
        for (var meeting = 1; meeting <= 60; meeting++)
        {
            // Each copy ends with a sentence of its own, so each is a new document.
            await call.RequestStream.WriteAsync(new SubmitDocumentRequest
            {
                Text = $"{Articles.MinisterProfile}\n\nBản tin này là bản thứ {meeting} trong loạt bài về ngành ngoại giao.",
                Source = "test",
            });
        }
        await call.RequestStream.CompleteAsync();
        Assert.Equal(60, (await call).Accepted);

        var counts = await _suite.WaitForPipelineAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(60, counts.Processed);
        Assert.Equal(0, counts.Failed);
        var documents = await _suite.IngestionClient.ListDocumentsAsync(new ListDocumentsRequest { Page = new PageRequest { Size = 100 } });
        Assert.Equal(60, documents.Items.Count);
        foreach (var summary in documents.Items)
        {
            var document = await _suite.IngestionClient.GetDocumentAsync(new GetDocumentRequest { Id = summary.Id });
            Assert.True(document.FactCount > 0, $"{summary.Id} reached the timeline with no facts");
        }
    }

    [Fact]
    public async Task Entities_answers_each_document_of_a_batch_on_its_own()
    {
        var request = new AnalyzeDocumentsRequest
        {
            Documents =
            {
                new AnalyzeDocumentRequest { DocumentId = "doc-a", ContentHash = "hash-a", Title = "a", CleanText = Article(1), Revision = 1 },
                new AnalyzeDocumentRequest { DocumentId = "doc-b", Title = "b", CleanText = Article(2), Revision = 1 },
                new AnalyzeDocumentRequest { DocumentId = "doc-c", ContentHash = "hash-c", Title = "c", CleanText = Article(3), Revision = 1 },
            },
        };

        var answer = await _suite.EntitiesClient.AnalyzeDocumentsAsync(request);
        var again = await _suite.EntitiesClient.AnalyzeDocumentsAsync(request);

        var expected = new[] { HandOffItemResult.Types.Outcome.Taken, HandOffItemResult.Types.Outcome.Refused, HandOffItemResult.Types.Outcome.Taken };
        Assert.Equal(expected, answer.Results.Select(r => r.Outcome));
        Assert.Contains("content_hash", answer.Results[1].Error);
        // A repeat is taken again and changes nothing.
        Assert.Equal(expected, again.Results.Select(r => r.Outcome));
        var states = await _suite.EntitiesClient.GetDocumentStatesAsync(new GetDocumentStatesRequest { DocumentIds = { "doc-a", "doc-b", "doc-c" } });
        Assert.Equal(["doc-a", "doc-c"], states.States.Select(s => s.DocumentId).Order());
    }

    [Fact]
    public async Task The_timeline_records_each_document_of_a_batch_on_its_own()
    {
        var request = new RecordDocumentFactsBatchRequest { Documents = { Facts("d1", "Trần Văn Một"), Facts("", "Trần Văn Hai"), Facts("d3", "Trần Văn Ba") } };

        var answer = await _suite.TimelineClient.RecordDocumentFactsBatchAsync(request);

        Assert.Equal([HandOffItemResult.Types.Outcome.Taken, HandOffItemResult.Types.Outcome.Refused, HandOffItemResult.Types.Outcome.Taken],
            answer.Results.Select(r => r.Outcome));
        var holders = await _suite.TimelineClient.GetPositionHoldersAsync(new GetPositionHoldersRequest { Role = "Bộ trưởng Bộ Thử nghiệm" });
        Assert.Equal(["Trần Văn Ba", "Trần Văn Một"], holders.Items.Select(h => h.Person).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Ingestion_records_each_outcome_of_a_batch_on_its_own()
    {
        var id = (await _suite.IngestionClient.SubmitDocumentAsync(new SubmitDocumentRequest { Text = Article(7), Source = "test" })).Id;
        await _suite.WaitForPipelineAsync();
        var request = new RecordDocumentOutcomesRequest
        {
            Outcomes =
            {
                new DocumentOutcome { DocumentId = id, Revision = 1, Stage = "timeline", Status = "pending" },
                new DocumentOutcome { DocumentId = id, Revision = 1, Stage = "timeline", Status = "processed", Facts = 1 },
                new DocumentOutcome { DocumentId = "unknown", Revision = 1, Stage = "timeline", Status = "processed" },
            },
        };

        var answer = await _suite.IngestionClient.RecordDocumentOutcomesAsync(request);

        Assert.Equal([HandOffItemResult.Types.Outcome.Refused, HandOffItemResult.Types.Outcome.Taken, HandOffItemResult.Types.Outcome.Taken],
            answer.Results.Select(r => r.Outcome));
        Assert.Contains("status must be", answer.Results[0].Error);
        Assert.Equal("processed", (await _suite.IngestionClient.GetDocumentAsync(new GetDocumentRequest { Id = id })).Status);
    }
}
