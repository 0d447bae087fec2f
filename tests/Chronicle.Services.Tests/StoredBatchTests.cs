using Chronicle.Contracts;
using Chronicle.Contracts.Common.V1;
using Chronicle.Contracts.Timeline.V1;
using Google.Protobuf;

namespace Chronicle.Services.Tests;

/// <summary>
/// A batch hand-off sent from the messages as an outbox stores them, without parsing them first:
/// the bytes on the wire are those of the batch request built from the parsed messages, and the
/// receiver answers it the same way.
/// </summary>
public sealed class StoredBatchTests : IAsyncLifetime
{
    private readonly InMemorySuite _suite = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _suite.DisposeAsync();

    private static RecordDocumentFactsRequest Facts(string documentId, string person) => new()
    {
        DocumentId = documentId,
        ContentHash = "hash-" + documentId,
        Title = "Phiên họp thường kỳ",
        Revision = 2,
        Anchor = new AnchorDate { Basis = "written", Date = new PartialDate { Value = "2022-11-08", Granularity = "day" } },
        Roles =
        {
            new RoleFact
            {
                Person = new EntityRef { Id = "per_" + documentId, Name = person },
                Role = "Chánh Văn phòng Sở Thử nghiệm",
                Title = "Chánh Văn phòng",
                Organization = "Sở Thử nghiệm",
                Evidence = new Evidence { DocumentId = documentId, Start = 3, End = 40, Quote = $"Chánh Văn phòng {person}" },
            },
        },
    };

    [Fact]
    public void Stored_messages_encode_as_the_batch_request_built_from_them()
    {
        RecordDocumentFactsRequest[] documents = [Facts("k1", "Đỗ Minh Khang"), Facts("k2", "Vũ Thị Hạnh"), new()];

        var stored = StoredBatches.Encode(RecordDocumentFactsBatchRequest.DocumentsFieldNumber, documents.Select(d => d.ToByteArray()).ToList());

        Assert.Equal(new RecordDocumentFactsBatchRequest { Documents = { documents } }.ToByteArray(), stored);
        Assert.Empty(StoredBatches.Encode(RecordDocumentFactsBatchRequest.DocumentsFieldNumber, []));
    }

    [Fact]
    public async Task The_timeline_answers_a_batch_sent_from_stored_facts_item_by_item()
    {
        var stored = new[] { Facts("k1", "Đỗ Minh Khang"), Facts("", "Vũ Thị Hạnh"), Facts("k3", "Lý Quốc Bảo") }.Select(d => d.ToByteArray()).ToList();

        var answer = await _suite.TimelineClient.RecordDocumentFactsBatchAsync(stored, new Grpc.Core.CallOptions());

        Assert.Equal([HandOffItemResult.Types.Outcome.Taken, HandOffItemResult.Types.Outcome.Refused, HandOffItemResult.Types.Outcome.Taken],
            answer.Results.Select(r => r.Outcome));
        var holders = await _suite.TimelineClient.GetPositionHoldersAsync(new GetPositionHoldersRequest { Role = "Chánh Văn phòng Sở Thử nghiệm" });
        Assert.Equal(["Lý Quốc Bảo", "Đỗ Minh Khang"], holders.Items.Select(h => h.Person).Order(StringComparer.Ordinal));
    }
}
