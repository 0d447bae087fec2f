using Chronicle.Text.Articles;

namespace Chronicle.Text.Tests;

/// <summary>
/// The third reading of pages that are not Vietnamese: paragraphs shaped like page furniture (a
/// short line that names nothing of the story, in a box the own reader leaves out, beside long
/// story paragraphs) leave the text; the story stays, Vietnamese pages are not weighed, and a text
/// the trees would mostly take stays whole.
/// </summary>
public sealed class MainTextParagraphClassifierTests
{
    private const string Headline = "Orchard growers count the cost of a late frost";

    private static readonly string[] Story =
    [
        "Apple and pear growers in the valley lost about a third of their blossom when the temperature fell to minus four degrees on two nights in the last week of April, the growers' union said on Tuesday.",
        "Many orchards had sprinklers running through both nights, since a thin coat of ice keeps the buds at zero degrees, but the water ran out on the second night on the higher slopes above the river.",
        "The union asked the regional council to open its disaster fund for the growers whose losses pass half of a normal harvest, as it did after the hail storm that struck the same slopes six years ago.",
        "Buyers expect the price of local pears to rise by autumn, although the cherry harvest, which flowered later than the other fruit, seems to have escaped the frost almost untouched.",
    ];

    private static string Page(string lang, string afterStory) => $"""
        <html lang="{lang}"><head><title>{Headline} | Valley Courier</title></head><body>
        <article><h1>{Headline}</h1>
        {string.Concat(Story.Select(p => $"<p>{p}</p>"))}
        {afterStory}
        </article>
        <footer><p>About us</p><p>Write to the newsroom by post or call it in office hours.</p>
        <ul><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>
        </body></html>
        """;

    /// <summary>A box of the story's own page asking for opinions: a form SmartReader keeps and the own reader does not.</summary>
    private const string Furniture = "Tell us what you think of the new look";

    private static readonly string FurnitureBox = $"<form><p>{Furniture}</p></form>";

    [Fact]
    public void A_short_line_that_names_nothing_of_the_story_leaves_the_text_and_the_story_stays()
    {
        var html = Page("en", FurnitureBox);

        Assert.Equal(string.Join("\n\n", Story), ArticleExtractor.FromHtml(html).CleanText);
        // Without the classifier the line is in the text: the other rules do not know it.
        Assert.Contains(Furniture, ArticleExtractor.FromHtml(html, HtmlMainTextReader.Default, weighParagraphs: false).CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vietnamese_page_is_not_weighed()
    {
        var html = VietnameseText.Normalize(Page("en", FurnitureBox));
        var article = new ExtractedArticle(Headline, string.Join("\n\n", Story.Append(Furniture)), Byline: null, SourceLine: null, Language: "en");
        var ownText = string.Join("\n\n", Story);

        Assert.DoesNotContain(Furniture, ParagraphClassifier.Filter(article, html, ownText).CleanText, StringComparison.Ordinal);
        var vietnamese = article with { Language = "vi" };
        Assert.Equal(vietnamese, ParagraphClassifier.Filter(vietnamese, html, ownText));
        // Nor is the fall-back, which may hold anything of the page.
        var fallback = article with { MainTextFallback = true };
        Assert.Equal(fallback, ParagraphClassifier.Filter(fallback, html, ownText));
    }

    [Fact]
    public void A_text_the_trees_would_mostly_take_stays_whole()
    {
        string[] paragraphs = ["one two three", "four five six", "seven eight nine ten"];

        // The last line alone holds a third of the words: more than the share that may go.
        Assert.Equal(paragraphs, ParagraphClassifier.Keep(paragraphs, [0, 0, 0.9], threshold: 0.5, maxDroppedShare: 0.1));
        Assert.Equal(paragraphs[..2], ParagraphClassifier.Keep(paragraphs, [0, 0, 0.9], threshold: 0.5, maxDroppedShare: 0.5));
        // Nothing is left empty, whatever the share.
        Assert.Equal(paragraphs, ParagraphClassifier.Keep(paragraphs, [0.9, 0.9, 0.9], threshold: 0.5, maxDroppedShare: 1));
    }
}
