// Fills a timeline store with synthetic observations, then measures the queries analysts make:
// a person's roles, a person's chronology in a window, the holders of a post, and who held a
// post on a day. Prints p50/p99 per query. Usage:
//   dotnet run -c Release --project tests/Chronicle.Timeline.Benchmarks -- [observations=1000000] [queries=2000]
using System.Diagnostics;
using System.Globalization;
using Chronicle.Contracts.Common.V1;
using Chronicle.Contracts.Timeline.V1;
using Chronicle.Storage;
using Chronicle.Timeline.Data;
using Chronicle.Timeline.Knowledge;

var observations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var queries = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000;
const int People = 20_000;
const int Posts = 2_000;
const int RolesPerDocument = 10;

var directory = Directory.CreateTempSubdirectory("chronicle-bench-").FullName;
var database = Database.Open(new StorageOptions(StorageProvider.Sqlite, null), directory, "timeline", FactStore.Migrations);
var facts = new FactStore(database);
var store = new TimelineQueries(database);
var random = new Random(42);

Console.WriteLine($"Filling {observations:N0} observations ({People:N0} people, {Posts:N0} posts) in {directory} …");
var fill = Stopwatch.StartNew();
for (var document = 0; document < observations / RolesPerDocument; document++)
{
    var day = new DateOnly(2000, 1, 1).AddDays(random.Next(9_000));
    var request = new RecordDocumentFactsRequest
    {
        DocumentId = $"doc-{document}",
        ContentHash = $"h{document}",
        Title = "t",
        Anchor = new AnchorDate { Basis = "written", Date = new PartialDate { Value = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Granularity = "day" } },
    };
    for (var i = 0; i < RolesPerDocument; i++)
    {
        var person = random.Next(People);
        var post = person % Posts;
        request.Roles.Add(new RoleFact
        {
            Person = new EntityRef { Id = $"per_{person}", Name = $"Người {person}" },
            Role = $"Giám đốc Sở {post}",
            Title = "Giám đốc",
            Organization = $"Sở {post}",
            Evidence = new Evidence { DocumentId = request.DocumentId, Start = i * 10, End = i * 10 + 9, Quote = $"Giám đốc Sở {post} Người {person}" },
        });
    }
    facts.Record(request);
}
Console.WriteLine($"Filled in {fill.Elapsed.TotalSeconds:F0} s ({new FileInfo(Path.Combine(directory, "timeline.db")).Length / 1_048_576} MB)");

Measure("roles of a person", () => store.Roles($"per_{random.Next(People)}"));
Measure("chronology of a person in a year", () =>
{
    var year = 2000 + random.Next(24);
    store.ObservationsOf($"per_{random.Next(People)}", new DateWindow($"{year}", $"{year}"));
});
Measure("holders of a post", () =>
{
    var post = random.Next(Posts);
    PositionKnowledge.Succession($"Giám đốc Sở {post}", store.SuccessionSightingsOfRole(Positions.Key($"Giám đốc Sở {post}")), []);
});
Measure("who held a post on a day", () =>
{
    var post = random.Next(Posts);
    var day = new DateOnly(2000, 1, 1).AddDays(random.Next(9_000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    var sightings = store.ObservationsOfRole(Positions.Key($"Giám đốc Sở {post}"));
    var index = new SightingIndex(sightings);
    foreach (var person in sightings.GroupBy(o => o.PersonId))
    {
        PositionKnowledge.HeldOn(day, person.ToList(), [], index, singleHolder: true);
    }
});

Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
Directory.Delete(directory, recursive: true);

void Measure(string name, Action query)
{
    for (var i = 0; i < 50; i++)
    {
        query();
    }
    var timings = new double[queries];
    for (var i = 0; i < queries; i++)
    {
        var watch = Stopwatch.StartNew();
        query();
        timings[i] = watch.Elapsed.TotalMilliseconds;
    }
    Array.Sort(timings);
    Console.WriteLine($"{name,-36} p50 {timings[queries / 2],7:F3} ms   p99 {timings[(int)(queries * 0.99)],7:F3} ms   ({queries} queries)");
}
