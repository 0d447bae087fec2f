// Fills a timeline store with synthetic observations, then measures the queries analysts make:
// a person's roles, a person's chronology in a window, the holders of a post, and who held a
// post on a day. Prints p50/p99 per query. Usage:
//   dotnet run -c Release --project tests/Chronicle.Timeline.Benchmarks -- [observations=1000000] [queries=2000] [store directory]
// Filling a million observations takes minutes: given a directory, the store is kept there and a
// later run with the same directory reuses it (its schema brought up to date first).
//
// "Who held a post on a day" is measured two ways, in interleaved rounds: as the service asked it
// before (every holding observation of the post in full, joined with its document) and as it asks
// now (the post's sightings in brief from a covering index, and the day's observations in full).
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

var kept = args.Length > 2;
var directory = kept ? Directory.CreateDirectory(args[2]).FullName : Directory.CreateTempSubdirectory("chronicle-bench-").FullName;
var filledMarker = Path.Combine(directory, $"filled-{observations}");
var reuse = File.Exists(filledMarker);
var database = Database.Open(new StorageOptions(StorageProvider.Sqlite, null), directory, "timeline", FactStore.Migrations);
var facts = new FactStore(database);
var store = new TimelineQueries(database);
var random = new Random(42);

Console.WriteLine(reuse
    ? $"Reusing {observations:N0} observations ({People:N0} people, {Posts:N0} posts) in {directory}"
    : $"Filling {observations:N0} observations ({People:N0} people, {Posts:N0} posts) in {directory} …");
var fill = Stopwatch.StartNew();
// The first documents go through FactStore.Record, the way the service stores them; the rest are the same rows
// written in large transactions (a transaction per document, with its fsync, made a million take half an hour).
const int RecordedOneByOne = 1_000;
var bulk = new BulkRows(database);
for (var document = 0; !reuse && document < observations / RolesPerDocument; document++)
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
    if (document < RecordedOneByOne)
    {
        facts.Record(request);
    }
    else
    {
        bulk.Add(request);
    }
}
bulk.Dispose();
if (!reuse)
{
    File.WriteAllText(filledMarker, "");
    Console.WriteLine($"Filled in {fill.Elapsed.TotalSeconds:F0} s");
}
Console.WriteLine($"Store: {new FileInfo(Path.Combine(directory, "timeline.db")).Length / 1_048_576} MB; {Environment.ProcessorCount} cores, load average {LoadAverage()}");

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
// The two ways of "who held a post on a day" take turns, round after round, on the same random posts and days,
// so a change in the machine's load falls on both alike.
const int Rounds = 5;
var asOfQuestions = Enumerable.Range(0, queries).Select(_ => (Post: random.Next(Posts), Day: new DateOnly(2000, 1, 1).AddDays(random.Next(9_000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).ToList();
var asOfWays = new (string Name, Func<string, string, IReadOnlyList<HolderOn>> Ask)[]
{
    ("who held a post on a day (before)", (role, day) => PositionKnowledge.HoldersOn(role, day, store.ObservationsOfRole(Positions.Key(role)), [])),
    ("who held a post on a day (now)", (role, day) =>
    {
        var key = Positions.Key(role);
        return PositionKnowledge.HoldersOn(role, day, store.HoldingSightingsOfRole(key), store.ObservationsOfRoleOn(key, day), []);
    }),
};
var holdersFound = new long[asOfWays.Length];
// Every answer in brief (holder, certainty, reason, evidence), to check that both ways answer alike.
var answers = asOfWays.Select(_ => new List<string>()).ToArray();
var asOfTimings = asOfWays.Select(_ => new List<double>()).ToArray();
var roundP99 = asOfWays.Select(_ => new List<double>()).ToArray();
foreach (var way in asOfWays)
{
    foreach (var (post, day) in asOfQuestions.Take(50))
    {
        way.Ask($"Giám đốc Sở {post}", day);
    }
}
for (var round = 0; round < Rounds; round++)
{
    var slice = asOfQuestions.Skip(round * queries / Rounds).Take(queries / Rounds).ToList();
    for (var w = 0; w < asOfWays.Length; w++)
    {
        var timings = new List<double>();
        foreach (var (post, day) in slice)
        {
            var watch = Stopwatch.StartNew();
            var holders = asOfWays[w].Ask($"Giám đốc Sở {post}", day);
            timings.Add(watch.Elapsed.TotalMilliseconds);
            holdersFound[w] += holders.Count;
            answers[w].Add(string.Join("; ", holders.Select(h => $"{h.PersonId} {h.Certainty} {h.Reason} {string.Join(",", h.Evidence.Select(e => e.DocumentId + e.Quote))}")));
        }
        timings.Sort();
        roundP99[w].Add(timings[(int)(timings.Count * 0.99)]);
        asOfTimings[w].AddRange(timings);
    }
}
for (var w = 0; w < asOfWays.Length; w++)
{
    var timings = asOfTimings[w].Order().ToArray();
    var p99s = roundP99[w].Order().ToArray();
    Console.WriteLine($"{asOfWays[w].Name,-36} p50 {timings[timings.Length / 2],7:F3} ms   p99 {timings[(int)(timings.Length * 0.99)],7:F3} ms   " +
        $"(median of {Rounds} rounds' p99 {p99s[Rounds / 2]:F3} ms, range {p99s[0]:F3}–{p99s[^1]:F3}; {timings.Length} queries, {holdersFound[w]} holders found)");
}
if (!answers[0].SequenceEqual(answers[1]))
{
    Console.WriteLine("The two ways do not answer alike.");
    return 1;
}
Console.WriteLine($"load average at the end {LoadAverage()}");

Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
if (!kept)
{
    Directory.Delete(directory, recursive: true);
}
return 0;

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

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

/// <summary>
/// Writes the rows <see cref="FactStore.Record"/> writes for a document with dated roles only (its
/// document row and role observations, dated by the anchor), 10,000 documents per transaction.
/// </summary>
internal sealed class BulkRows(Database database) : IDisposable
{
    private System.Data.Common.DbConnection? _connection;
    private System.Data.Common.DbTransaction? _transaction;
    private int _documents;

    public void Add(RecordDocumentFactsRequest request)
    {
        _connection ??= database.Open();
        _transaction ??= _connection.BeginTransaction();
        var anchor = request.Anchor.Date;
        _connection.Execute("""
            INSERT INTO documents (document_id, content_hash, title, anchor_date, anchor_granularity, anchor_basis, recorded_at, text_basis)
            VALUES (@doc, @hash, @title, @date, @granularity, @basis, @now, @basis)
            """,
            _transaction, ("@doc", request.DocumentId), ("@hash", request.ContentHash), ("@title", request.Title),
            ("@date", anchor.Value), ("@granularity", anchor.Granularity), ("@basis", request.Anchor.Basis), ("@now", "2024-01-01T00:00:00Z"));
        foreach (var role in request.Roles)
        {
            _connection.Execute("""
                INSERT INTO role_observations (document_id, person_id, person_name, role, role_key, title, organization, qualifier,
                                               date, granularity, date_low, date_high, span_start, span_end, quote)
                VALUES (@doc, @person, @name, @role, @key, @title, @org, @qualifier, @date, @granularity, @date, @date, @start, @end, @quote)
                """,
                _transaction, ("@doc", request.DocumentId), ("@person", role.Person.Id), ("@name", role.Person.Name), ("@role", role.Role),
                ("@key", FactStore.RoleKey(role.Role)), ("@title", role.Title), ("@org", role.Organization), ("@qualifier", role.Qualifier),
                ("@date", anchor.Value), ("@granularity", anchor.Granularity), ("@start", role.Evidence.Start), ("@end", role.Evidence.End),
                ("@quote", role.Evidence.Quote));
        }
        if (++_documents % 10_000 == 0)
        {
            _transaction.Commit();
            _transaction.Dispose();
            _transaction = null;
        }
    }

    public void Dispose()
    {
        _transaction?.Commit();
        _transaction?.Dispose();
        _connection?.Dispose();
    }
}
