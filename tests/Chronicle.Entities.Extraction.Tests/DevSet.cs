using System.Text;
using System.Text.RegularExpressions;
using Chronicle.Entities.Extraction;
using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

public enum GoldKind
{
    Person,
    Position,
}

/// <summary>A marked mention: its span in the stripped text covers the surface only.</summary>
public sealed record GoldMention(GoldKind Kind, string Surface, string Canonical, TextSpan Span);

/// <summary>A pair line: 'Full Name | Canonical Role [| former|acting]'; Qualifier is "" when absent.</summary>
public sealed record GoldPair(string Person, string Role, string Qualifier);

/// <summary>One labelled article of the development set.</summary>
public sealed record DevSetArticle(
    string FileName,
    string Title,
    string CleanText,
    IReadOnlyList<GoldMention> Mentions,
    IReadOnlyList<GoldPair> Pairs);

/// <summary>
/// Reads DevSet/NN-slug.txt: headline, blank line, body paragraphs separated by blank lines, a line
/// '---', then pair lines. '[[surface|Name]]' marks a person, '{{surface|Role}}' a position.
/// </summary>
public static partial class DevSet
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "DevSet");

    /// <summary>Articles in the same format that the extractor was never tuned on (HeldOut/).</summary>
    public static string HeldOutFolder => Path.Combine(AppContext.BaseDirectory, "HeldOut");

    public static IReadOnlyList<DevSetArticle> Load() => Load(Folder);

    public static IReadOnlyList<DevSetArticle> Load(string folder) =>
        !Directory.Exists(folder) ? [] : Directory.GetFiles(folder, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(file => Parse(Path.GetFileName(file), File.ReadAllText(file)))
            .ToList();

    public static DevSetArticle Parse(string fileName, string raw)
    {
        // Normalise before stripping so gold spans are offsets into the same text the pipeline sees;
        // the marks are ASCII and Normalize leaves them alone.
        var lines = VietnameseText.Normalize(raw).Replace("\r\n", "\n").Split('\n');
        var separator = Array.FindIndex(lines, l => l.Trim() == "---");
        if (separator < 0)
            throw new FormatException($"{fileName}: no '---' line");

        var paragraphs = SplitParagraphs(lines[..separator]);
        if (paragraphs.Count == 0)
            throw new FormatException($"{fileName}: no headline");

        var text = new StringBuilder();
        var mentions = new List<GoldMention>();
        var title = "";
        foreach (var paragraph in paragraphs)
        {
            if (text.Length > 0)
                text.Append("\n\n");
            var start = text.Length;
            Strip(fileName, paragraph, text, mentions);
            if (start == 0)
                title = text.ToString();
        }

        var pairs = lines[(separator + 1)..]
            .Where(l => l.Trim().Length > 0)
            .Select(l => ParsePair(fileName, l))
            .ToList();
        return new DevSetArticle(fileName, title, text.ToString(), mentions, pairs);
    }

    /// <summary>Paragraphs are separated by blank lines; a paragraph wrapped over several lines is joined with spaces.</summary>
    private static List<string> SplitParagraphs(IEnumerable<string> lines)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var line in lines.Select(l => l.Trim()).Append(""))
        {
            if (line.Length > 0)
            {
                current.Add(line);
            }
            else if (current.Count > 0)
            {
                paragraphs.Add(string.Join(' ', current));
                current.Clear();
            }
        }
        return paragraphs;
    }

    private static void Strip(string fileName, string paragraph, StringBuilder text, List<GoldMention> mentions)
    {
        var last = 0;
        foreach (Match mark in MarkPattern().Matches(paragraph))
        {
            text.Append(paragraph, last, mark.Index - last);
            var isPerson = mark.Groups["person"].Success;
            var body = isPerson ? mark.Groups["person"].Value : mark.Groups["position"].Value;
            var bar = body.IndexOf('|', StringComparison.Ordinal);
            var surface = (bar < 0 ? body : body[..bar]).Trim();
            var canonical = (bar < 0 ? body : body[(bar + 1)..]).Trim();
            if (surface.Length == 0 || canonical.Length == 0)
                throw new FormatException($"{fileName}: empty mark '{mark.Value}'");
            var start = text.Length;
            text.Append(surface);
            mentions.Add(new GoldMention(isPerson ? GoldKind.Person : GoldKind.Position, surface, canonical, new TextSpan(start, text.Length)));
            last = mark.Index + mark.Length;
        }
        var rest = paragraph[last..];
        // A stray bracket pair means a mark was mistyped; failing here beats silently losing a gold mention.
        if (rest.Contains("[[", StringComparison.Ordinal) || rest.Contains("{{", StringComparison.Ordinal)
            || rest.Contains("]]", StringComparison.Ordinal) || rest.Contains("}}", StringComparison.Ordinal))
            throw new FormatException($"{fileName}: unbalanced mark in '{paragraph}'");
        text.Append(rest);
    }

    private static GoldPair ParsePair(string fileName, string line)
    {
        var parts = line.Split('|', StringSplitOptions.TrimEntries);
        var qualifier = parts.Length == 3 ? parts[2] : "";
        if (parts.Length is < 2 or > 3 || parts[0].Length == 0 || parts[1].Length == 0 || qualifier is not ("" or "former" or "acting"))
            throw new FormatException($"{fileName}: bad pair line '{line}'");
        return new GoldPair(parts[0], parts[1], qualifier);
    }

    [GeneratedRegex(@"\[\[(?<person>[^\[\]]+)\]\]|\{\{(?<position>[^{}]+)\}\}")]
    private static partial Regex MarkPattern();
}
