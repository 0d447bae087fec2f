namespace Chronicle.Timeline.Data;

/// <summary>
/// Re-dates, in the background, the undated documents that new evidence may settle. Each pass
/// turns queued people into queued documents (through the index of undated documents) and
/// re-dates at most <see cref="DocumentsPerPass"/> of them, leaving the rest queued; after each
/// pass it rests as long as the pass took (up to a limit), so re-dating never takes more than
/// about half a core from recording, however many documents new evidence touches.
/// </summary>
public sealed class RedatingWorker(DocumentDating dating, ILogger<RedatingWorker> logger) : BackgroundService
{
    /// <summary>The cap on documents re-dated in one pass.</summary>
    public const int DocumentsPerPass = 100;

    private const int PeoplePerPass = 500;
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LongestRest = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var started = TimeProvider.System.GetTimestamp();
                var people = dating.QueueDocumentsOfQueuedPeople(PeoplePerPass);
                var documents = dating.RedateQueuedDocuments(DocumentsPerPass, stoppingToken).Count;
                var took = TimeProvider.System.GetElapsedTime(started);
                if (people == 0 && documents == 0)
                {
                    await dating.WaitForQueuedAsync(IdlePoll, stoppingToken);
                    continue;
                }
                logger.LogDebug("Queued the documents of {People} people and re-dated {Documents} documents in {Elapsed}", people, documents, took);
                await Task.Delay(took < LongestRest ? took : LongestRest, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Storage trouble: the queues keep what was not done; try again shortly.
                logger.LogError(exception, "Re-dating failed; retrying shortly");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
