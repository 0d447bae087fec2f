using System.Text.Json;
using Chronicle.Testing;
using Chronicle.Text;

namespace Chronicle.RealText.Tests;

/// <summary>One real article of ../shared/eval/dev-real, as a feed reader would hand it over.</summary>
public sealed record RealArticle(string Id, string Url, string? Published, string? CorpusDate, string Text)
{
    /// <summary>
    /// A third of the set is never tuned on: articles whose number divides by three. Their figure is
    /// printed before anything else and is the honest one; the rest may be read and worked on.
    /// </summary>
    public bool IsUntouched => int.TryParse(Id, System.Globalization.CultureInfo.InvariantCulture, out var number) && number % 3 == 0;
}

/// <summary>A hand-annotated fact. Low-confidence facts count neither as misses nor as errors.</summary>
public sealed record GoldFact(
    string Article,
    string Id,
    string Kind,
    bool High,
    string? Person,
    string? Role,
    string? Aspect,
    string? Date,
    string? Name,
    string? Type,
    string? Number,
    string Quote);

public static class DevReal
{
    /// <summary>../shared/eval/dev-real beside the checkout, or null when it is not there.</summary>
    public static string? Folder =>
        RepositoryRoot.Shared is { } shared && File.Exists(Path.Combine(shared, "eval", "dev-real", "gold.json"))
            ? Path.Combine(shared, "eval", "dev-real")
            : null;

    public static IReadOnlyList<RealArticle> Articles(string folder) =>
        Directory.GetFiles(Path.Combine(folder, "articles"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(file =>
            {
                using var json = JsonDocument.Parse(File.ReadAllText(file));
                var root = json.RootElement;
                return new RealArticle(
                    Path.GetFileNameWithoutExtension(file),
                    root.GetProperty("url").GetString() ?? "",
                    String(root, "published"),
                    String(root, "corpus_date"),
                    root.GetProperty("text").GetString() ?? "");
            })
            .ToList();

    public static IReadOnlyList<GoldFact> Gold(string folder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "gold.json")));
        return json.RootElement.EnumerateArray()
            .Select(fact => ReadFact(fact, fact.GetProperty("article").GetString()!, Nfc(String(fact, "quote")) ?? ""))
            .ToList();
    }

    /// <summary>
    /// One gold fact in the dev-real schema; the corpus sample keeps the same fields without a quote. Where the
    /// readers named an event in English, 'name_vi' gives its Vietnamese name, the one compared with the
    /// extractor's (whose names are the article's words): an English name shares no syllable with them.
    /// </summary>
    internal static GoldFact ReadFact(JsonElement fact, string article, string quote) => new(
        article,
        fact.GetProperty("id").GetString()!,
        fact.GetProperty("kind").GetString()!,
        String(fact, "confidence") == "high",
        Nfc(String(fact, "person")),
        Nfc(String(fact, "role")),
        String(fact, "aspect"),
        String(fact, "date"),
        // A document's subject stands in its name, so that a miss line says which act it is.
        Nfc(String(fact, "name_vi") ?? String(fact, "name") ?? String(fact, "subject")),
        Nfc(String(fact, "type")),
        Nfc(String(fact, "number")),
        quote);

    private static string? Nfc(string? text) => text is null ? null : VietnameseText.Normalize(text);

    internal static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
