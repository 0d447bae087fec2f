using Microsoft.Extensions.Options;

namespace Chronicle.Ingestion.Pipeline;

/// <summary>
/// On the first start (empty database) ingests the sample articles, so a new user sees a
/// timeline at once. Goes through the same intake as any client.
/// </summary>
public sealed class SampleLoader(DocumentIntake intake, Data.DocumentStore documents, IOptions<IngestionOptions> options, ILogger<SampleLoader> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var directory = options.Value.SamplesDirectory;
        if (string.IsNullOrWhiteSpace(directory) || !documents.IsEmpty())
        {
            return Task.CompletedTask;
        }
        if (!Directory.Exists(directory))
        {
            logger.LogWarning("Samples directory {Directory} does not exist; nothing ingested", Path.GetFullPath(directory));
            return Task.CompletedTask;
        }

        var files = Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var file in files)
        {
            var content = File.ReadAllText(file);
            var isHtml = file.EndsWith(".html", StringComparison.OrdinalIgnoreCase);
            try
            {
                var result = intake.Submit(new Submission(
                    Text: isHtml ? null : content,
                    Html: isHtml ? content : null,
                    Url: null,
                    Source: "sample",
                    PublishedAt: null,
                    ExternalId: "sample:" + Path.GetFileName(file)));
                logger.LogInformation("Sample {File} accepted as {Id}", Path.GetFileName(file), result.Id);
            }
            catch (InvalidSubmissionException exception)
            {
                logger.LogWarning("Sample {File} refused: {Reason}", Path.GetFileName(file), exception.Message);
            }
        }
        logger.LogInformation("Ingested {Count} sample articles from {Directory}", files.Count, Path.GetFullPath(directory));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
