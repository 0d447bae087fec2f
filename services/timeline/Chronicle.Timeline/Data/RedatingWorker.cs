namespace Chronicle.Timeline.Data;

/// <summary>
/// Re-dates, in the background, the undated documents that new evidence may settle. People queued
/// many times while a pass runs are re-dated once; after each pass it rests as long as the pass
/// took (up to a limit), so re-dating never takes more than about half a core from recording.
/// </summary>
public sealed class RedatingWorker(DocumentDating dating, ILogger<RedatingWorker> logger) : BackgroundService
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LongestRest = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var started = TimeProvider.System.GetTimestamp();
                var people = 0;
                int taken;
                while ((taken = dating.RedateQueued(limit: 50, stoppingToken)) > 0)
                {
                    people += taken;
                    await Task.Yield();
                }
                var took = TimeProvider.System.GetElapsedTime(started);
                if (people > 0)
                {
                    logger.LogDebug("Re-dated the documents of {People} people in {Elapsed}", people, took);
                    await Task.Delay(took < LongestRest ? took : LongestRest, stoppingToken);
                }
                await dating.WaitForQueuedAsync(IdlePoll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Storage trouble: the queue keeps what was not taken; try again shortly.
                logger.LogError(exception, "Re-dating failed; retrying shortly");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
