using Chronicle.Contracts.Common.V1;

namespace Chronicle.Storage;

/// <summary>
/// How a receiver answers a batched hand-off, the same at every stage: an item invalid in itself is
/// refused (the sender parks it); the others are stored together, each in a savepoint of its own, and
/// each is answered "taken" or, when its own storing failed, "try again" — alone.
/// </summary>
public static class HandOffBatch
{
    /// <param name="refusal">Why an item can never be stored, or null when it can.</param>
    /// <param name="store">Stores the valid items, in order, and says how each one went.</param>
    /// <param name="failed">Logs an item whose storing failed.</param>
    /// <param name="failure">What the "try again" answer says went wrong ('storing failed').</param>
    /// <param name="taken">Called for each item stored, with what storing it returned.</param>
    public static HandOffItemResult[] Answer<TItem, T>(
        IReadOnlyList<TItem> items,
        Func<TItem, string?> refusal,
        Func<IReadOnlyList<TItem>, IReadOnlyList<SharedWorkOutcome<T>>> store,
        Action<TItem, Exception> failed,
        string failure,
        Action<TItem, T?>? taken = null)
    {
        var results = new HandOffItemResult[items.Count];
        var valid = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (refusal(items[i]) is { } refused)
            {
                results[i] = HandOffItemResult.Refused(refused);
            }
            else
            {
                valid.Add(i);
            }
        }
        var stored = store(valid.Select(i => items[i]).ToList());
        for (var j = 0; j < valid.Count; j++)
        {
            var item = items[valid[j]];
            if (stored[j].Error is { } error)
            {
                failed(item, error);
                results[valid[j]] = HandOffItemResult.Retry($"{failure}: {error.Message}");
            }
            else
            {
                taken?.Invoke(item, stored[j].Result);
                results[valid[j]] = HandOffItemResult.Taken();
            }
        }
        return results;
    }
}
