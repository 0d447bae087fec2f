using Chronicle.Storage;

namespace Chronicle.Timeline.Data;

/// <summary>
/// At start: the shipped reference rows are in the table, the evidence and the index of undated
/// documents dating needs are built for a store recorded before they were kept, and every undated
/// document is queued to be dated with them.
/// </summary>
public sealed class TimelineStartup(ReferenceStore reference, DocumentDating dating, Database store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        reference.SeedShipped();
        DatingEvidence.RebuildIfMissing(store);
        DocumentDating.IndexUndatedIfMissing(store);
        dating.RedateAllLater();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
