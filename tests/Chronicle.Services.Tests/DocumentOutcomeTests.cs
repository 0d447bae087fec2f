extern alias ingestion;

using System.Text.Json;
using Chronicle.Contracts.Common.V1;
using Chronicle.Contracts.Ingestion.V1;
using Grpc.Core;

namespace Chronicle.Services.Tests;

/// <summary>
/// Ingestion with the later stages out of reach: its reads answer from its own store, and the
/// outcomes the later stages push back (RecordDocumentOutcome) are kept once, in order, whatever
/// order or how many times they arrive.
/// </summary>
public sealed class DocumentOutcomeTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("chronicle-outcomes-").FullName;
    private readonly ServiceFactory<ingestion::Program> _ingestion;

    public DocumentOutcomeTests() =>
        _ingestion = new ServiceFactory<ingestion::Program>(_dataDirectory, new() { ["entities.test"] = new StoppedService() });

    private Ingestion.IngestionClient Client => new(_ingestion.Channel);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _ingestion.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private async Task<string> SubmitAsync(string text) =>
        (await Client.SubmitDocumentAsync(new SubmitDocumentRequest { Text = text, Source = "test" })).Id;

    private async Task<bool> ReportAsync(string id, long revision, string status, int facts = 0) =>
        (await Client.RecordDocumentOutcomeAsync(new DocumentOutcome
        {
            DocumentId = id,
            Revision = revision,
            Stage = "timeline",
            Status = status,
            Error = status == "failed" ? "refused" : "",
            Facts = facts,
        })).Applied;

    private async Task<bool> ReportAnchorAsync(string id, long revision, string date, long decidedAt) =>
        (await Client.RecordDocumentOutcomeAsync(new DocumentOutcome
        {
            DocumentId = id,
            Revision = revision,
            Stage = "timeline",
            Anchor = new AnchorDate { Basis = "inferred", Reason = "test", Date = new PartialDate { Value = date, Granularity = "day" } },
            AnchorDecidedAt = decidedAt,
        })).Applied;

    private async Task<Document> GetAsync(string id) => await Client.GetDocumentAsync(new GetDocumentRequest { Id = id });

    [Fact]
    public async Task Reads_answer_from_ingestion_alone_while_the_later_stages_cannot_be_reached()
    {
        var id = await SubmitAsync(Articles.ReviewJanuary2022);

        var document = await GetAsync(id);
        var listed = await Client.ListDocumentsAsync(new ListDocumentsRequest { Status = "pending" });
        var counts = await Client.GetPipelineAsync(new GetPipelineRequest());

        Assert.Equal("pending", document.Status);
        Assert.Equal("2022-01-11", document.AnchorDate);
        Assert.Equal("vi", document.Language);
        Assert.False(document.MainTextFallback);
        Assert.Equal([id], listed.Items.Select(d => d.Id));
        Assert.Equal((1, 1, 0), (counts.Accepted, counts.Pending, counts.Processed));
    }

    [Fact]
    public async Task An_outcome_settles_a_document_once_and_nothing_late_moves_it_back()
    {
        var id = await SubmitAsync(Articles.ReviewJanuary2022);

        Assert.True(await ReportAsync(id, revision: 1, "processed", facts: 3));
        Assert.False(await ReportAsync(id, revision: 1, "processed", facts: 3));
        Assert.False(await ReportAsync(id, revision: 1, "failed"));

        var document = await GetAsync(id);
        Assert.Equal("processed", document.Status);
        Assert.Null(document.Error);
        Assert.Equal(3, document.FactCount);
        var counts = await Client.GetPipelineAsync(new GetPipelineRequest());
        Assert.Equal((1, 0, 1), (counts.Accepted, counts.Pending, counts.Processed));
    }

    [Fact]
    public async Task A_failure_is_shown_with_its_reason()
    {
        var id = await SubmitAsync(Articles.ReviewJanuary2022);

        Assert.True(await ReportAsync(id, revision: 1, "failed"));

        var document = await GetAsync(id);
        Assert.Equal("failed", document.Status);
        Assert.Equal("refused", document.Error);
    }

    [Fact]
    public async Task A_later_anchor_decision_replaces_an_earlier_one_never_the_reverse()
    {
        var id = await SubmitAsync(Articles.ReviewJanuary2022);

        Assert.True(await ReportAnchorAsync(id, revision: 1, "2023-01-11", decidedAt: 200));
        Assert.False(await ReportAnchorAsync(id, revision: 1, "2021-01-11", decidedAt: 100));

        var document = await GetAsync(id);
        Assert.Equal("2023-01-11", document.AnchorDate);
        Assert.Equal("inferred", document.AnchorBasis);
        // An anchor alone settles nothing: the document is still on its way.
        Assert.Equal("pending", document.Status);
    }

    private async Task<bool> ReportProcessedWithAnchorAsync(string id, long revision, int facts, string date, long decidedAt) =>
        (await Client.RecordDocumentOutcomeAsync(new DocumentOutcome
        {
            DocumentId = id,
            Revision = revision,
            Stage = "timeline",
            Status = "processed",
            Facts = facts,
            Anchor = new AnchorDate { Basis = "inferred", Reason = "both", Date = new PartialDate { Value = date, Granularity = "day" } },
            AnchorDecidedAt = decidedAt,
        })).Applied;

    [Fact]
    public async Task An_outcome_with_status_and_anchor_applies_each_part_under_its_own_condition()
    {
        var fresh = await SubmitAsync(Articles.ReviewJanuary2022);
        var settled = await SubmitAsync(Articles.ReviewJanuary2022 + "\n\nBản tin được cập nhật vào buổi tối.");
        var laterAnchor = await SubmitAsync(Articles.ReviewJanuary2022 + "\n\nCác đại biểu ra về lúc chiều muộn.");
        Assert.True(await ReportAsync(settled, revision: 1, "failed"));
        Assert.True(await ReportAnchorAsync(laterAnchor, revision: 1, "2024-01-11", decidedAt: 500));

        // Both parts apply to a pending document.
        Assert.True(await ReportProcessedWithAnchorAsync(fresh, revision: 1, facts: 4, "2023-01-11", decidedAt: 200));
        // A settled document keeps its status and error, and takes only the newer anchor.
        Assert.True(await ReportProcessedWithAnchorAsync(settled, revision: 1, facts: 4, "2023-01-11", decidedAt: 200));
        // A document holding a later anchor is settled and keeps that anchor.
        Assert.True(await ReportProcessedWithAnchorAsync(laterAnchor, revision: 1, facts: 5, "2021-01-11", decidedAt: 300));
        // Neither part applies again: nothing changes.
        Assert.False(await ReportProcessedWithAnchorAsync(fresh, revision: 1, facts: 9, "2020-01-11", decidedAt: 100));
        // Another revision's outcome changes nothing.
        Assert.False(await ReportProcessedWithAnchorAsync(laterAnchor, revision: 2, facts: 9, "2025-01-11", decidedAt: 900));

        var read = await GetAsync(fresh);
        Assert.Equal(("processed", 4, "2023-01-11", "inferred"), (read.Status, read.FactCount, read.AnchorDate, read.AnchorBasis));
        Assert.Null(read.Error);
        var failed = await GetAsync(settled);
        Assert.Equal(("failed", "refused", 0, "2023-01-11"), (failed.Status, failed.Error, failed.FactCount, failed.AnchorDate));
        var kept = await GetAsync(laterAnchor);
        Assert.Equal(("processed", 5, "2024-01-11"), (kept.Status, kept.FactCount, kept.AnchorDate));
    }

    [Fact]
    public async Task After_a_reprocess_outcomes_of_the_earlier_hand_off_are_ignored()
    {
        var id = await SubmitAsync(Articles.ReviewJanuary2022);
        Assert.True(await ReportAsync(id, revision: 1, "processed"));
        Assert.True(await ReportAnchorAsync(id, revision: 1, "2023-01-11", decidedAt: 200));

        await Client.ReprocessDocumentAsync(new ReprocessDocumentRequest { Id = id });

        var reprocessed = await GetAsync(id);
        Assert.Equal("pending", reprocessed.Status);
        Assert.Equal("2022-01-11", reprocessed.AnchorDate);
        Assert.False(await ReportAsync(id, revision: 1, "processed"));
        Assert.False(await ReportAnchorAsync(id, revision: 1, "2023-01-11", decidedAt: 300));
        Assert.Equal("pending", (await GetAsync(id)).Status);

        Assert.True(await ReportAsync(id, revision: 2, "processed"));
        Assert.Equal("processed", (await GetAsync(id)).Status);
    }

    [Fact]
    public async Task An_outcome_the_sender_cannot_fix_is_refused_and_one_of_an_unknown_document_changes_nothing()
    {
        var missingId = await Assert.ThrowsAsync<RpcException>(() => Client.RecordDocumentOutcomeAsync(new DocumentOutcome { Revision = 1, Status = "processed" }).ResponseAsync);
        var unknownStatus = await Assert.ThrowsAsync<RpcException>(() => Client.RecordDocumentOutcomeAsync(new DocumentOutcome { DocumentId = "x", Revision = 1, Status = "pending" }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, missingId.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, unknownStatus.StatusCode);
        Assert.False(await ReportAsync("no-such-document", revision: 1, "processed"));
    }

    [Fact]
    public async Task The_rest_document_carries_the_reader_language_and_the_counting_of_facts()
    {
        var id = await SubmitAsync(Articles.ReviewJanuary2022);
        await ReportAsync(id, revision: 1, "processed", facts: 2);

        using var http = _ingestion.CreateClient();
        var json = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/documents/{id}")).RootElement;

        Assert.Equal("vi", json.GetProperty("language").GetString());
        Assert.Equal(2, json.GetProperty("factCount").GetInt32());
        Assert.Equal("processed", json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_page_keeps_its_author_line_and_the_publication_date_it_declares()
    {
        const string page = """
            <html lang="vi"><head><title>Khánh thành cầu mới</title>
            <meta property="article:published_time" content="2023-09-14T08:30:00+07:00"></head>
            <body><article><h1>Khánh thành cầu mới bắc qua sông Lam</h1>
            <p class="author">Minh Châu</p>
            <p>Sáng nay, tỉnh Nghệ An khánh thành cây cầu thứ ba bắc qua sông Lam sau hai năm thi công.</p>
            <p>Cây cầu dài hơn một cây số, nối hai huyện ven sông và rút ngắn quãng đường đi lại của người dân.</p>
            <p>Chủ tịch UBND tỉnh Nghệ An cắt băng khánh thành và cảm ơn các đơn vị thi công.</p>
            </article></body></html>
            """;
        var fromPage = await Client.SubmitDocumentAsync(new SubmitDocumentRequest { Html = page, Source = "test" });
        var fromAddress = await Client.SubmitDocumentAsync(new SubmitDocumentRequest
        {
            Text = Articles.ReviewJanuary2022,
            Url = "https://baomoi.example/tin-tuc/2022/01/tong-ket-20220112.html",
            Source = "test",
        });
        var given = await Client.SubmitDocumentAsync(new SubmitDocumentRequest { Text = Articles.ReviewJanuary2022 + "\n\nHội nghị kết thúc vào cuối buổi chiều cùng ngày.", PublishedAt = "2022-01-12", Source = "test" });

        var read = await GetAsync(fromPage.Id);
        Assert.Equal("Minh Châu", read.Byline);
        Assert.Equal(("2023-09-14", "page"), (read.PublicationDate, read.PublicationDateSource));
        Assert.Null(read.PublishedAt);
        var addressed = await GetAsync(fromAddress.Id);
        Assert.Equal(("2022-01-12", "address"), (addressed.PublicationDate, addressed.PublicationDateSource));
        var stated = await GetAsync(given.Id);
        Assert.Equal(("2022-01-12", "given"), (stated.PublicationDate, stated.PublicationDateSource));

        using var http = _ingestion.CreateClient();
        var json = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/documents/{fromPage.Id}")).RootElement;
        Assert.Equal("2023-09-14", json.GetProperty("publicationDate").GetString());
        Assert.Equal("Minh Châu", json.GetProperty("byline").GetString());
    }

    /// <summary>A later stage that is down: every call to it fails as a refused connection does.</summary>
    private sealed class StoppedService : IServiceChannel
    {
        public HttpMessageHandler CreateHandler() => new Refusing();

        private sealed class Refusing : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                throw new HttpRequestException("Connection refused (the service is stopped)");
        }
    }
}
