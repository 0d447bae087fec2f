namespace Chronicle.Entities.Extraction;

/// <summary>
/// The tab-separated tables embedded in this assembly (the title lexicon, the district and paper-tag
/// tables): one row a line, fields split at tabs; empty lines and '#' comment lines are skipped.
/// </summary>
internal static class EmbeddedTables
{
    public static IEnumerable<string[]> Rows(string file)
    {
        var resource = $"Chronicle.Entities.Extraction.{file}";
        using var stream = typeof(EmbeddedTables).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
                yield return line.Split('\t');
        }
    }
}
