namespace Chronicle.Contracts;

/// <summary>
/// The one vocabulary of a document's lifecycle: what a submission is answered with, what each
/// stage stores, what stages tell each other (<c>DocumentState.status</c>) and what clients see
/// (<c>Document.status</c>). Each stage names the words it uses (ingestion's <c>LocalStatus</c>,
/// entities' <c>StageStatus</c>) from these, so a word means one thing everywhere.
/// </summary>
public static class DocumentStatus
{
    /// <summary>A submission stored as a new document.</summary>
    public const string Accepted = "accepted";

    /// <summary>A submission answered with the stored document it repeats.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>Stored by ingestion; its hand-off to entities is in the outbox. Ingestion only.</summary>
    public const string Queued = "queued";

    /// <summary>Entities has it; the stages after decide when it is processed. Ingestion only.</summary>
    public const string HandedOff = "handed_off";

    /// <summary>On its way: not yet through every stage. What clients see for queued and handed-off documents.</summary>
    public const string Pending = "pending";

    /// <summary>Every stage has it: its facts are in the timeline and answerable.</summary>
    public const string Processed = "processed";

    /// <summary>A stage refused it; the reason goes with it and a reprocess runs it again.</summary>
    public const string Failed = "failed";

    /// <summary>Whether a stage's status is final: the document will not move on by itself.</summary>
    public static bool IsSettled(string status) => status is Processed or Failed;

    /// <summary>What clients are shown for a status a stage stores: pending until the facts are answerable.</summary>
    public static string Public(string stored) => stored switch
    {
        Processed => Processed,
        Failed => Failed,
        _ => Pending,
    };
}
