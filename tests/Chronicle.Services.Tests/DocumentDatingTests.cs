using Chronicle.Contracts.Common.V1;
using Chronicle.Contracts.Timeline.V1;

using static Chronicle.Services.Tests.DatingRequests;

namespace Chronicle.Services.Tests;

/// <summary>
/// Documents whose text gives a day and month but no year: dated when recorded from the evidence
/// already held, and re-dated in the background when later evidence or a reference row settles
/// their year.
/// </summary>
public sealed class DocumentDatingTests : IAsyncLifetime
{
    private const string LowerRank = "Ủy viên Trung ương Đảng";
    private const string HigherRank = "Ủy viên Bộ Chính trị";

    private readonly InMemorySuite _suite = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _suite.DisposeAsync();

    /// <summary>Written on 15 March of 2022 or 2023, as far as its text tells.</summary>
    private static RecordDocumentFactsRequest Undated(string documentId, string role) => DatingRequests.Undated(documentId, 3, 15, role);

    private async Task<string?> AnchorOfAsync(string documentId)
    {
        var answer = await _suite.TimelineClient.GetDocumentAnchorAsync(new GetDocumentAnchorRequest { DocumentId = documentId });
        return answer.Anchor?.Date?.Value;
    }

    private async Task<string?> AnchorOnceSettledAsync(string documentId, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        string? anchor;
        while ((anchor = await AnchorOfAsync(documentId)) != expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        return anchor;
    }

    [Fact]
    public async Task A_document_is_dated_when_recorded_by_the_latest_sighting_at_a_lower_rank()
    {
        var client = _suite.TimelineClient;
        await client.RecordDocumentFactsAsync(Dated("d1", "2022-05-01", LowerRank));
        await client.RecordDocumentFactsAsync(Dated("d2", "2022-11-20", LowerRank));
        await client.RecordDocumentFactsAsync(Dated("d3", "2021-02-01", LowerRank));

        await client.RecordDocumentFactsAsync(Undated("u1", HigherRank));

        // Still a lower rank in November 2022, so not yet the higher one on 15 March 2022.
        Assert.Equal("2023-03-15", await AnchorOfAsync("u1"));
    }

    [Fact]
    public async Task Later_evidence_re_dates_an_earlier_document_in_the_background()
    {
        var client = _suite.TimelineClient;
        await client.RecordDocumentFactsAsync(Undated("u1", HigherRank));
        Assert.Null(await AnchorOfAsync("u1"));

        await client.RecordDocumentFactsAsync(Dated("d1", "2022-11-20", LowerRank));

        Assert.Equal("2023-03-15", await AnchorOnceSettledAsync("u1", "2023-03-15"));
    }

    [Fact]
    public async Task An_undated_document_is_no_evidence_for_another()
    {
        var client = _suite.TimelineClient;
        await client.RecordDocumentFactsAsync(Undated("u1", HigherRank));
        var undatedLowerRank = Undated("u2", LowerRank);
        undatedLowerRank.Anchor.Month = 12;
        await client.RecordDocumentFactsAsync(undatedLowerRank);

        await Task.Delay(500);
        Assert.Null(await AnchorOfAsync("u1"));
    }

    [Fact]
    public async Task A_new_reference_row_re_dates_in_the_background()
    {
        const string post = "Bộ trưởng Bộ Thử nghiệm";
        var client = _suite.TimelineClient;
        await client.RecordDocumentFactsAsync(Undated("u1", post));
        Assert.Null(await AnchorOfAsync("u1"));

        await client.PutReferenceHolderAsync(new ReferenceHolder { Role = post, Person = Person, Start = "2023-01-05", End = "2024-06-30", Source = "test decree" });

        Assert.Equal("2023-03-15", await AnchorOnceSettledAsync("u1", "2023-03-15"));
    }
}
