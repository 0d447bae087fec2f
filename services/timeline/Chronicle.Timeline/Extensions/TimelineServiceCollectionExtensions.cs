using Chronicle.ServiceDefaults;
using Chronicle.Storage;
using Chronicle.Timeline.Data;

namespace Chronicle.Timeline.Extensions;

public static class TimelineServiceCollectionExtensions
{
    public static void AddTimelineServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => new SqliteStore(
            Path.Combine(ChronicleDataDirectory.Resolve(builder.Configuration), "timeline.db"),
            FactStore.Migrations));
        builder.Services.AddSingleton<FactStore>();
        builder.Services.AddSingleton<TimelineQueries>();
    }
}
