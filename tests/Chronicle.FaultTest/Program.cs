using Chronicle.FaultTest;
using Chronicle.Testing;

// The fault test at full size: dotnet run -c Release --project tests/Chronicle.FaultTest
// Options: --documents N (10000), --kills K per process (5), --senders S (4), --seed X (7),
//          --postgres (store in PostgreSQL; needs deploy/postgres.sh), --log FILE (acknowledgements).
var options = new FaultRunOptions(Documents: 10_000, KillsPerProcess: 5);
var postgres = false;
for (var a = 0; a < args.Length; a++)
{
    string Value() => a + 1 < args.Length ? args[++a] : throw new ArgumentException($"{args[a]} needs a value.");
    options = args[a] switch
    {
        "--documents" => options with { Documents = int.Parse(Value()) },
        "--kills" => options with { KillsPerProcess = int.Parse(Value()) },
        "--senders" => options with { Senders = int.Parse(Value()) },
        "--seed" => options with { Seed = int.Parse(Value()) },
        "--log" => options with { AcknowledgementLog = Value() },
        "--postgres" => options,
        _ => throw new ArgumentException($"Unknown option {args[a]}; see the comment at the top of Program.cs."),
    };
    postgres |= args[a] == "--postgres";
}
if (options.Documents > FaultDocuments.Capacity)
{
    Console.Error.WriteLine($"At most {FaultDocuments.Capacity} documents per run.");
    return 2;
}

Console.WriteLine($"Fault run: {options.Documents} documents, {options.KillsPerProcess} kills per process, {options.Senders} senders, seed {options.Seed}, {(postgres ? "PostgreSQL" : "SQLite")}");
await using var suite = await SuiteProcesses.StartAsync(postgres, gatewayArguments: FaultRun.GatewayArguments);
var report = await FaultRun.RunAsync(suite, options, Console.Out);
foreach (var (name, items) in new[] { ("lost", report.Lost), ("duplicated", report.Duplicated), ("unexpected", report.Unexpected), ("recovered", report.Recovered) })
{
    Console.WriteLine($"{name,-11} {items.Count}{(items.Count > 0 ? "  (documents " + string.Join(", ", items.Take(20)) + ")" : "")}");
}
Console.WriteLine(report);
return report.Lost.Count == 0 && report.Duplicated.Count == 0 && report.Unexpected.Count == 0 ? 0 : 1;
