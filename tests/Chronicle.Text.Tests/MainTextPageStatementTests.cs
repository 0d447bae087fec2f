using Chronicle.Text.Articles;

namespace Chronicle.Text.Tests;

/// <summary>
/// Pages of other sites whose readable text misses the story that the page states in its own
/// mark-up: a story loaded by script (only a notice is left to read), a recipe whose steps sit in
/// boxes of short lines; and a breadcrumb that ends with the headline, which is not the story.
/// </summary>
public sealed class MainTextPageStatementTests
{
    private const string Description =
        "A round tablecloth needs no pattern: measure the table, add the drop on every side, fold the cloth twice, mark a quarter circle with a string and a pencil, cut along the line and hem the edge. "
        + "Any fabric that does not fray too easily will do, and a wide hem hangs better than a narrow one on a heavy cloth.";

    [Fact]
    public void A_story_loaded_by_script_is_read_from_the_page_s_own_description()
    {
        var page = $"""
            <html lang="en"><head><title>Sew a round tablecloth</title>
            <meta property="og:description" content="{Description}"></head><body>
            <div id="app"><p>Your browser is out of date. Update it for a better experience.</p></div>
            </body></html>
            """;

        var article = ArticleExtractor.FromHtml(page);

        Assert.StartsWith(Description, article.CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_story_keeps_its_own_text_when_the_description_says_no_more()
    {
        const string story = "The ferry to the islands leaves an hour later on Sunday because of the regatta in the harbour, the port said.";
        var page = $"""
            <html lang="en"><head><title>Ferry later on Sunday</title>
            <meta name="description" content="Ferry to the islands leaves later on Sunday."></head><body>
            <article><h1>Ferry later on Sunday</h1><p>{story}</p></article>
            </body></html>
            """;

        Assert.Equal(story, ArticleExtractor.FromHtml(page).CleanText);
    }

    private const string Intro =
        "This noodle dish takes twenty minutes from the first chop to the table, and the tofu can be fried the evening before if the week is busy. "
        + "We cook it when the fridge holds little more than a block of tofu, some greens and a bag of noodles, and it has never let us down.";

    private const string StepOne = "Cut the tofu into cubes, pat them dry and fry them in a little oil until every side is golden.";
    private const string StepTwo = "Fry the garlic in the oil left in the pan, add the noodles and the sauce and toss until the noodles shine.";
    private const string StepThree = "Put the tofu back with the greens and the sprouts, toss once more and serve at once.";

    [Fact]
    public void A_recipe_s_declared_steps_and_ingredients_are_added_when_the_text_misses_them()
    {
        var page = $$"""
            <html lang="en"><head><title>Tofu noodles</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":"Tofu noodles",
            "recipeIngredient":["1 block of tofu","200 g flat rice noodles","2 cloves of garlic"],
            "recipeInstructions":[{"@type":"HowToStep","text":"{{StepOne}}"},{"@type":"HowToSection","itemListElement":[{"@type":"HowToStep","text":"{{StepTwo}}"},{"@type":"HowToStep","text":"{{StepThree}}"}]}]}</script>
            </head><body><article><h1>Tofu noodles</h1><p>{{Intro}}</p>
            <div class="recipe-card"><ul><li><a href="/tofu">1 block of tofu</a></li><li><a href="/noodles">200 g flat rice noodles</a></li></ul></div>
            </article></body></html>
            """;

        var article = ArticleExtractor.FromHtml(page);

        Assert.Contains(Intro, article.CleanText, StringComparison.Ordinal);
        Assert.Contains("200 g flat rice noodles", article.CleanText, StringComparison.Ordinal);
        Assert.EndsWith(string.Join("\n\n", StepOne, StepTwo, StepThree), article.CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recipe_whose_text_holds_its_steps_is_left_as_read()
    {
        var page = $$"""
            <html lang="en"><head><title>Tofu noodles</title>
            <script type="application/ld+json">{"@type":"Recipe","recipeIngredient":["1 block of tofu"],"recipeInstructions":["{{StepOne}}","{{StepTwo}}","{{StepThree}}"]}</script>
            </head><body><article><h1>Tofu noodles</h1><p>{{Intro}}</p><p>{{StepOne}}</p><p>{{StepTwo}}</p><p>{{StepThree}}</p></article></body></html>
            """;

        Assert.Equal(string.Join("\n\n", Intro, StepOne, StepTwo, StepThree), ArticleExtractor.FromHtml(page).CleanText);
    }

    [Fact]
    public void A_breadcrumb_ending_with_the_headline_does_not_outweigh_the_story()
    {
        const string headline = "Storm floods the riverside market overnight";
        var otherBlock = string.Join("\n\n", Enumerable.Range(1, 6).Select(i =>
            $"Paragraph {i}: the water rose above the quay before dawn, and traders came back at first light to carry their stalls up to the square above the hall."));
        var ownStory = "The storm floods the riverside market overnight, and the traders lose a day of sales. " + otherBlock;

        // The own block names the headline and holds a story: SmartReader's block, which does not name it, is another one.
        Assert.True(ArticleExtractor.SmartReaderTookAnotherBlock(headline, ownStory, otherBlock));
        // A breadcrumb that ends with the headline names it too, but is no story.
        Assert.False(ArticleExtractor.SmartReaderTookAnotherBlock(headline, "Home News " + headline, otherBlock));
    }

    [Fact]
    public void The_headline_reprinted_in_a_list_of_most_read_stories_does_not_make_a_block_the_story()
    {
        const string headline = "Storm floods the riverside market overnight";
        var story = string.Join("\n\n", Enumerable.Range(1, 6).Select(i =>
            $"Paragraph {i}: the water rose above the quay before dawn, and traders came back at first light to carry their stalls up to the square above the hall."));
        var ownBlock = story + "\n\nMost read\n\nBridge repairs start on Monday\n\n" + headline;

        // The own block names the headline only through its line in the list under the story: not another story in SmartReader's block.
        Assert.False(ArticleExtractor.SmartReaderTookAnotherBlock(headline, ownBlock, story));
        // A line that tells more than the headline still names it.
        Assert.True(ArticleExtractor.SmartReaderTookAnotherBlock(headline, "The storm floods the riverside market overnight, and the traders lose a day. " + ownBlock, story));
    }
}
