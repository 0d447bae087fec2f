using System.Globalization;

/// <summary>
/// CPU time each watched process spent per document processed, from the kernel's user and system
/// time in /proc/PID/stat. CPU time depends much less than wall time on what else the shared machine
/// runs, so it compares builds better than rates do. Marked at each chunk's end; the summary also
/// gives the figure after the first chunk, which carries the runtime's warm-up.
/// </summary>
internal sealed class CpuPerDocument(IReadOnlyList<(string Name, int Pid)> processes)
{
    private static readonly double MillisecondsPerTick = 1000.0 / 100; // USER_HZ is 100 on Linux
    private readonly List<(int Documents, Dictionary<string, long> Ticks)> _marks = [];

    public bool Watching => processes.Count > 0;

    /// <summary>Records every process's CPU ticks at a moment when <paramref name="documents"/> were processed.</summary>
    public void Mark(int documents)
    {
        // Two chunks ended by one poll share a mark: a second one would divide by nothing.
        if (_marks.Count > 0 && _marks[^1].Documents == documents)
        {
            return;
        }
        _marks.Add((documents, processes.ToDictionary(p => p.Name, p => Ticks(p.Pid) ?? 0)));
    }

    /// <summary>Milliseconds per document for each process between the last two marks (one chunk).</summary>
    public string LastChunk() => _marks.Count < 2 ? "" : Between(_marks[^2], _marks[^1]);

    /// <param name="inProcessMilliseconds">The libraries' CPU per document in one process, for the ratio.</param>
    public string Summary(double inProcessMilliseconds) => _marks.Count < 2
        ? "cpu per document: not enough marks"
        : "cpu ms per document, whole run: " + Between(_marks[0], _marks[^1])
          + (_marks.Count > 2 ? "; after the first chunk: " + Between(_marks[1], _marks[^1]) : "")
          + string.Create(CultureInfo.InvariantCulture,
              $"; in one process {inProcessMilliseconds:0.00}: in process / suite ×{inProcessMilliseconds / Total(_marks.Count > 2 ? _marks[1] : _marks[0], _marks[^1]):0.000}");

    private double Total((int Documents, Dictionary<string, long> Ticks) from, (int Documents, Dictionary<string, long> Ticks) to) =>
        processes.Sum(p => (to.Ticks[p.Name] - from.Ticks[p.Name]) * MillisecondsPerTick) / Math.Max(1, to.Documents - from.Documents);

    private string Between((int Documents, Dictionary<string, long> Ticks) from, (int Documents, Dictionary<string, long> Ticks) to)
    {
        var documents = Math.Max(1, to.Documents - from.Documents);
        var each = processes.Select(p => (p.Name, Milliseconds: (to.Ticks[p.Name] - from.Ticks[p.Name]) * MillisecondsPerTick / documents)).ToList();
        return string.Join(" / ", each.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Name} {e.Milliseconds:0.00}")))
            + string.Create(CultureInfo.InvariantCulture, $" = {each.Sum(e => e.Milliseconds):0.00}");
    }

    private static long? Ticks(int pid)
    {
        try
        {
            // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // After the name: state is field 3, so utime (14) and stime (15) are at 11 and 12 here.
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
