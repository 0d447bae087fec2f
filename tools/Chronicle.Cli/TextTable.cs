namespace Chronicle.Cli;

/// <summary>A plain text table: columns padded to their widest cell, long cells cut with an ellipsis.</summary>
internal static class TextTable
{
    private const int MaxCellWidth = 70;

    public static void Write(TextWriter output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var cells = rows.Select(row => row.Select(Cut).ToArray()).ToList();
        var widths = headers.Select((header, column) => Math.Max(header.Length, cells.Select(row => row[column].Length).DefaultIfEmpty(0).Max())).ToArray();
        output.WriteLine(string.Join("  ", headers.Select((header, column) => header.PadRight(widths[column]))).TrimEnd());
        output.WriteLine(string.Join("  ", widths.Select(width => new string('-', width))));
        foreach (var row in cells)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd());
        }
        if (cells.Count == 0)
        {
            output.WriteLine("(none)");
        }
    }

    private static string Cut(string cell)
    {
        var flat = cell.ReplaceLineEndings(" ");
        return flat.Length <= MaxCellWidth ? flat : flat[..(MaxCellWidth - 1)] + "…";
    }
}
