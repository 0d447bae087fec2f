namespace Chronicle.Ingestion.Pipeline;

public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Articles (*.txt, *.html) ingested once, when the database is empty. Empty: none.</summary>
    public string SamplesDirectory { get; set; } = "";

    /// <summary>How long one hand-off call to the entities service may take.</summary>
    public int HandOffDeadlineSeconds { get; set; } = 30;

    /// <summary>Largest accepted text or HTML, in characters.</summary>
    public int MaxDocumentCharacters { get; set; } = 2_000_000;

    /// <summary>Most documents in one batch (POST /api/v1/documents:batch or IngestDocuments).</summary>
    public int MaxBatchDocuments { get; set; } = 500;

    /// <summary>
    /// Hand-offs waiting for the entities service above which new submissions are turned away
    /// with 429 / RESOURCE_EXHAUSTED and a time to retry.
    /// </summary>
    public int MaxBacklog { get; set; } = 10_000;
}
