using Chronicle.Storage;
using Chronicle.Timeline.Data;

namespace Chronicle.Timeline.Extensions;

public static class TimelineServiceCollectionExtensions
{
    public static void AddTimelineServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddChronicleDatabase(builder.Configuration, "timeline", [.. FactStore.Migrations, .. DatingEvidence.Migrations]);
        builder.Services.AddSingleton<FactStore>();
        builder.Services.AddSingleton<TimelineQueries>();
        builder.Services.AddSingleton<ReferenceStore>();
        builder.Services.AddSingleton<DocumentDating>();
        builder.Services.AddHostedService<TimelineStartup>();
        builder.Services.AddHostedService<RedatingWorker>();
    }
}
