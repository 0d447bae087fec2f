namespace Chronicle.Contracts.Common.V1;

/// <summary>The answers a receiver of a batched hand-off gives each item.</summary>
public sealed partial class HandOffItemResult
{
    /// <summary>Stored, or already known.</summary>
    public static HandOffItemResult Taken() => new() { Outcome = Types.Outcome.Taken };

    /// <summary>Invalid in itself: the sender parks it.</summary>
    public static HandOffItemResult Refused(string error) => new() { Outcome = Types.Outcome.Refused, Error = error };

    /// <summary>Not taken this time: the sender tries it again later.</summary>
    public static HandOffItemResult Retry(string error) => new() { Outcome = Types.Outcome.Retry, Error = error };
}
