using System.Text;
using Chronicle.Fuzz;

const string Usage = """
    usage: Chronicle.Fuzz <html|dates|titles>                 run under afl-fuzz (input on stdin)
           Chronicle.Fuzz replay <html|dates|titles> <dir>    run every file in <dir> in-process
    """;

if (args is [var name] && FuzzTargets.All.TryGetValue(name, out var target))
{
    SharpFuzz.Fuzzer.OutOfProcess.Run(stream => target(Decode(stream)));
    return 0;
}
if (args is ["replay", var replayName, var dir] && FuzzTargets.All.TryGetValue(replayName, out var replayTarget))
{
    if (!Directory.Exists(dir))
    {
        Console.Error.WriteLine($"no such directory: {dir}");
        return 2;
    }
    return Replay(replayName, replayTarget, dir);
}
Console.Error.WriteLine(Usage);
return 2;

static string Decode(Stream stream)
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    // Invalid sequences become U+FFFD, as they would when a fetched page is decoded.
    return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
}

static int Replay(string name, Action<string> target, string dir)
{
    int ran = 0, threw = 0;
    var files = Directory.EnumerateFiles(dir)
        .Where(f => !Path.GetFileName(f).StartsWith('.'))
        .Order(StringComparer.Ordinal);
    foreach (var file in files)
    {
        ran++;
        try
        {
            using var stream = File.OpenRead(file);
            target(Decode(stream));
        }
#pragma warning disable CA1031 // Any exception from a target is the finding being reported.
        catch (Exception e)
#pragma warning restore CA1031
        {
            threw++;
            Console.WriteLine($"{Path.GetFileName(file)}: {e.GetType().Name}: {e.Message}");
            Console.WriteLine(e.StackTrace);
        }
    }
    Console.WriteLine($"replay {name}: {ran} inputs ran, {threw} threw");
    return threw == 0 ? 0 : 1;
}
