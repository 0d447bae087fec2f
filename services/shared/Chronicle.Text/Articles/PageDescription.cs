using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Chronicle.Text.Articles;

/// <summary>
/// What a page says of its own article outside the text a reader sees: the JSON-LD articleBody,
/// else the og:description or description meta. Pages that load their story by script keep only
/// this in the HTML; the readers then find nothing but a notice ('Your browser is out of date').
/// Also a recipe's ingredients and steps as its JSON-LD lists them: recipe sites print them in
/// boxes of short lines and links that the readers take for furniture.
/// </summary>
internal static class PageDescription
{
    /// <summary>The ingredients and the steps of the page's JSON-LD Recipe; empty lists when it declares none.</summary>
    public static (IReadOnlyList<string> Ingredients, IReadOnlyList<string> Steps) Recipe(string html)
    {
        var ingredients = new List<string>();
        var steps = new List<string>();
        // Most pages declare no recipe: they are not parsed again.
        if (!html.Contains("recipeInstructions", StringComparison.Ordinal))
            return (ingredients, steps);
        foreach (var json in JsonLd(new HtmlParser().ParseDocument(html)))
        {
            using (json)
                CollectRecipe(json.RootElement, ingredients, steps);
        }
        return (ingredients.Select(HtmlArticleReader.Clean).Where(t => t.Length > 0).Distinct().ToList(),
            steps.Select(HtmlArticleReader.Clean).Where(t => t.Length > 0).Distinct().ToList());
    }

    private static void CollectRecipe(JsonElement element, List<string> ingredients, List<string> steps)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                CollectRecipe(item, ingredients, steps);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object)
            return;
        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals("recipeIngredient"))
                ingredients.AddRange(Texts(property.Value));
            else if (property.NameEquals("recipeInstructions"))
                steps.AddRange(Texts(property.Value));
            else
                CollectRecipe(property.Value, ingredients, steps);
        }
    }

    /// <summary>A string, a list of strings, HowToStep objects (their text) or HowToSection objects (their steps).</summary>
    private static IEnumerable<string> Texts(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                yield return element.GetString()!;
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var text in Texts(item))
                        yield return text;
                }
                break;
            case JsonValueKind.Object:
                if (element.TryGetProperty("itemListElement", out var inner))
                {
                    foreach (var text in Texts(inner))
                        yield return text;
                }
                else if (element.TryGetProperty("text", out var stepText) && stepText.ValueKind == JsonValueKind.String)
                    yield return stepText.GetString()!;
                break;
        }
    }

    private static IEnumerable<JsonDocument> JsonLd(AngleSharp.Html.Dom.IHtmlDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            JsonDocument? json = null;
            try
            {
                json = JsonDocument.Parse(script.TextContent);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common (stray commas, comments): it says nothing then.
            }
            if (json is not null)
                yield return json;
        }
    }

    /// <summary>The longest articleBody of the page's JSON-LD, else its description; empty when it has neither.</summary>
    public static string Of(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var best = "";
        foreach (var json in JsonLd(document))
        {
            using (json)
            {
                foreach (var body in ArticleBodies(json.RootElement))
                {
                    if (body.Length > best.Length)
                        best = body;
                }
            }
        }
        if (best.Length == 0)
            best = document.QuerySelector("meta[property='og:description' i]")?.GetAttribute("content")
                ?? document.QuerySelector("meta[name='description' i]")?.GetAttribute("content") ?? "";
        return HtmlArticleReader.Clean(best);
    }

    internal static IEnumerable<string> ArticleBodies(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.NameEquals("articleBody") && property.Value.ValueKind == JsonValueKind.String)
                    yield return property.Value.GetString()!;
                else
                {
                    foreach (var inner in ArticleBodies(property.Value))
                        yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in ArticleBodies(item))
                    yield return inner;
            }
        }
    }
}
