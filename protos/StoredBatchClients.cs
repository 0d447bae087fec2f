using Chronicle.Contracts;
using Grpc.Core;

// The batch hand-offs sent from stored messages (see StoredBatches): one overload per batch method,
// beside the generated one, taking each message as the outbox stored it.

namespace Chronicle.Contracts.Timeline.V1
{
    public static partial class Timeline
    {
        public partial class TimelineClient
        {
            private static readonly Method<IReadOnlyList<byte[]>, RecordDocumentFactsBatchResponse> StoredFactsBatch =
                StoredBatches.Method(__ServiceName, "RecordDocumentFactsBatch", RecordDocumentFactsBatchRequest.DocumentsFieldNumber,
                    RecordDocumentFactsBatchResponse.Parser);

            /// <summary><see cref="RecordDocumentFactsBatchAsync(RecordDocumentFactsBatchRequest, CallOptions)"/> from serialised <see cref="RecordDocumentFactsRequest"/>s.</summary>
            public virtual AsyncUnaryCall<RecordDocumentFactsBatchResponse> RecordDocumentFactsBatchAsync(IReadOnlyList<byte[]> storedDocuments, CallOptions options) =>
                CallInvoker.AsyncUnaryCall(StoredFactsBatch, null, options, storedDocuments);
        }
    }
}

namespace Chronicle.Contracts.Entities.V1
{
    public static partial class Entities
    {
        public partial class EntitiesClient
        {
            private static readonly Method<IReadOnlyList<byte[]>, AnalyzeDocumentsResponse> StoredDocumentsBatch =
                StoredBatches.Method(__ServiceName, "AnalyzeDocuments", AnalyzeDocumentsRequest.DocumentsFieldNumber, AnalyzeDocumentsResponse.Parser);

            /// <summary><see cref="AnalyzeDocumentsAsync(AnalyzeDocumentsRequest, CallOptions)"/> from serialised <see cref="AnalyzeDocumentRequest"/>s.</summary>
            public virtual AsyncUnaryCall<AnalyzeDocumentsResponse> AnalyzeDocumentsAsync(IReadOnlyList<byte[]> storedDocuments, CallOptions options) =>
                CallInvoker.AsyncUnaryCall(StoredDocumentsBatch, null, options, storedDocuments);
        }
    }
}

namespace Chronicle.Contracts.Ingestion.V1
{
    public static partial class Ingestion
    {
        public partial class IngestionClient
        {
            private static readonly Method<IReadOnlyList<byte[]>, RecordDocumentOutcomesResponse> StoredOutcomesBatch =
                StoredBatches.Method(__ServiceName, "RecordDocumentOutcomes", RecordDocumentOutcomesRequest.OutcomesFieldNumber,
                    RecordDocumentOutcomesResponse.Parser);

            /// <summary><see cref="RecordDocumentOutcomesAsync(RecordDocumentOutcomesRequest, CallOptions)"/> from serialised <see cref="DocumentOutcome"/>s.</summary>
            public virtual AsyncUnaryCall<RecordDocumentOutcomesResponse> RecordDocumentOutcomesAsync(IReadOnlyList<byte[]> storedOutcomes, CallOptions options) =>
                CallInvoker.AsyncUnaryCall(StoredOutcomesBatch, null, options, storedOutcomes);
        }
    }
}
