using System.Text.Json;

namespace Chronicle.RealText.Tests;

/// <summary>
/// A gold file of facts read by hand from articles kept outside the project: each article names its file in a
/// checkout of the public repository it comes from ('path' or 'file'); the facts name their article by address.
/// </summary>
public static class HandReadSample
{
    /// <summary>The articles (ids prefix01…) and their gold facts; the article text is made from the file by textOf.</summary>
    public static (IReadOnlyList<RealArticle> Articles, IReadOnlyList<GoldFact> Gold) Load(
        string goldFile, string checkout, string idPrefix, string fileField, Func<string, string> textOf)
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(goldFile));
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var articles = new List<RealArticle>();
        foreach (var entry in sample.RootElement.GetProperty("articles").EnumerateArray())
        {
            var url = entry.GetProperty("url").GetString()!;
            var file = Path.Combine(checkout, entry.GetProperty(fileField).GetString()!);
            if (!File.Exists(file))
                throw new InvalidDataException($"{goldFile}: {file} is not in the checkout.");
            var id = $"{idPrefix}{articles.Count + 1:00}";
            ids[url] = id;
            var published = DevReal.String(entry, "published");
            articles.Add(new RealArticle(id, url, published, published, textOf(File.ReadAllText(file))));
        }
        var gold = sample.RootElement.GetProperty("facts").EnumerateArray()
            .Select(fact => DevReal.ReadFact(fact, ids[fact.GetProperty("article").GetString()!], quote: ""))
            .ToList();
        return (articles, gold);
    }
}
