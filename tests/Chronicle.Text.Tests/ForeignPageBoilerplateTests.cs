using Chronicle.Text.Articles;

namespace Chronicle.Text.Tests;

/// <summary>
/// What pages of other sites wrap around and into their article (comment sections, share bars,
/// teaser lists, captions, 'read also' and credit lines) stays out of the main text; the story stays in.
/// </summary>
public sealed class ForeignPageBoilerplateTests
{
    private const string Story1 =
        "The harbour authority said on Monday that the old ferry pier will close for six weeks while engineers replace the wooden beams under the deck.";
    private const string Story2 =
        "Ferries to the island will leave from the cargo quay during the works, and a shuttle bus will link it with the railway station every twenty minutes.";
    private const string Story3 =
        "Traders near the pier asked for help with lost custom, and the council promised to review the summer market fees before the works begin.";
    private const string Comment =
        "I have taken that ferry every morning for ten years and the pier was falling apart long before anyone at the council noticed it at all.";

    private static string Page(string insideArticle, string afterArticle = "") => $"""
        <html lang="en"><head><title>Ferry pier to close for repairs</title></head><body>
        <div class="page">
          <article>
            <h1>Ferry pier to close for repairs</h1>
            <figure><img src="pier.jpg"><figcaption>Photo: the pier seen from the water at low tide</figcaption></figure>
            <p>{Story1}</p><p>{Story2}</p>
            {insideArticle}
            <p>{Story3}</p>
            <div class="share-bar"><a href="/fb">Facebook</a> <a href="/tw">Twitter</a> <span>Share this story with friends</span></div>
          </article>
          {afterArticle}
        </div></body></html>
        """;

    [Fact]
    public void A_comment_section_next_to_the_story_stays_out()
    {
        var html = Page("", $"""
            <section id="comments" class="comments-area"><h3>12 comments</h3>
              <div class="comment-body"><p>{Comment}</p><p>{Comment} Really.</p></div></section>
            """);

        var article = ArticleExtractor.FromHtml(html);

        Assert.Contains(Story1, article.CleanText, StringComparison.Ordinal);
        Assert.Contains(Story3, article.CleanText, StringComparison.Ordinal);
        Assert.DoesNotContain("falling apart", article.CleanText, StringComparison.Ordinal);
        Assert.DoesNotContain("Share this story", article.CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_teaser_list_and_a_read_also_line_inside_the_story_stay_out_and_the_caption_too()
    {
        var html = Page("""
            <p>Read also: <a href="/x">New timetable for the island buses from June</a></p>
            <h3>More from the harbour</h3>
            <ul><li><a href="/a">Fishing fleet returns early after the storm warning</a></li>
                <li><a href="/b">Lighthouse opens to visitors on Sundays this summer</a></li></ul>
            """);

        var article = ArticleExtractor.FromHtml(html);

        Assert.Contains(Story2, article.CleanText, StringComparison.Ordinal);
        Assert.Contains(Story3, article.CleanText, StringComparison.Ordinal);
        Assert.DoesNotContain("timetable", article.CleanText, StringComparison.Ordinal);
        Assert.DoesNotContain("Fishing fleet", article.CleanText, StringComparison.Ordinal);
        Assert.DoesNotContain("low tide", article.CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_whose_items_say_more_than_their_links_stays_and_a_list_of_links_goes()
    {
        var html = Page("""
            <p>What changes for travellers:</p>
            <ul><li><a href="/bus">Shuttle buses leave the railway station</a> every twenty minutes.</li>
                <li><a href="/tickets">Season tickets stay valid on the buses</a> and on the ferries.</li></ul>
            <ul><li><a href="/a">Fishing fleet returns early after the storm warning</a></li>
                <li><a href="/b">Lighthouse opens to visitors on Sundays this summer</a></li></ul>
            """);

        var article = ArticleExtractor.FromHtml(html);

        Assert.Contains("Shuttle buses leave the railway station", article.CleanText, StringComparison.Ordinal);
        Assert.Contains("Season tickets stay valid", article.CleanText, StringComparison.Ordinal);
        Assert.DoesNotContain("Fishing fleet", article.CleanText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lesen Sie auch: Neue Fahrpläne für die Inselbusse")]
    [InlineData("Lea también: Nuevo horario de los autobuses")]
    [InlineData("Foto: Hafenbehörde")]
    [InlineData("© 2024 Harbour News Ltd")]
    [InlineData("Imprimer cette page")]
    [InlineData("Abbildung 3: Der Hafen bei Niedrigwasser, von Norden gesehen.")]
    [InlineData("The new pier seen from the lighthouse, photo: Port archive")]
    [InlineData("El muelle nuevo durante las obras. Foto: Archivo")]
    [InlineData("Veröffentlicht: 3. März 2021")]
    [InlineData("Aktualisiert: 14.05.2022, 09:40")]
    [InlineData("Published on April 2, 2020")]
    [InlineData("- Anzeige -")]
    [InlineData("abc/PAP")]
    [InlineData("*Werbung. Dieser Beitrag nennt eine Marke für Gartenmöbel.")]
    [InlineData("This post contains affiliate links to shops we work with.")]
    [InlineData("drukuj")]
    [InlineData("Externer Inhalt")]
    [InlineData("Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.")]
    [InlineData("We use cookies to improve your visit. Accept all cookies?")]
    [InlineData("Topics: harbour, ferries, island transport, council budget, summer season, public works, local traders")]
    [InlineData("Kategorie: Nachrichten")]
    [InlineData("Filed under: Transport")]
    [InlineData("By Anna Berg Mar 5, 2021 4 min read")]
    [InlineData("Lesezeit: 3 Minuten")]
    [InlineData("Estimated reading time: 7 minutes")]
    [InlineData("Sign up for our free morning newsletter and get the harbour news first!")]
    [InlineData("Never miss a sailing update by signing up to our newsletter.")]
    [InlineData("To read the full story, please subscribe or log in.")]
    public void Furniture_lines_of_any_language_are_recognised(string line) =>
        Assert.True(ForeignPageBoilerplate.IsFurnitureLine(line));

    [Theory]
    [InlineData("Photographers waited on the quay for the first ferry of the season.")]
    [InlineData("Related works on the northern breakwater will follow in the autumn, the authority said.")]
    [InlineData("Veröffentlicht wurde der Bericht am 3. März 2021 in Kiel.")]
    [InlineData("Werbung auf den Fähren ist seit dem Sommer erlaubt, sagte der Sprecher.")]
    [InlineData("The figure rose by 3 % this year.")]
    [InlineData("The crossing takes 40 minutes, long enough for a good read.")]
    [InlineData("Signing up for the ferry pass takes five minutes at the quay office.")]
    [InlineData("Topics: the council will discuss the pier, the fees and the buses on Monday.")]
    [InlineData("Der externe Inhalt des Berichts wurde von der Behörde geprüft, hieß es.")]
    public void Sentences_that_only_start_like_furniture_stay(string line) =>
        Assert.False(ForeignPageBoilerplate.IsFurnitureLine(line));

    [Theory]
    [InlineData("Um diesen Beitrag zu kommentieren, müssen Sie eingeloggt sein.")]
    [InlineData("Artikel gefallen? Dann gerne teilen!")]
    [InlineData("Dieser Text steht unter der Lizenz CC-BY-SA 4.0.")]
    [InlineData("Wszelkie prawa zastrzeżone.")]
    [InlineData("The views expressed here do not necessarily reflect those of the port authority.")]
    public void Closing_lines_that_ask_to_log_in_or_share_or_state_a_licence_are_calls(string line) =>
        Assert.True(ForeignPageBoilerplate.IsClosingCall(line));

    [Fact]
    public void A_block_that_names_the_headline_covers_it_and_a_list_of_names_does_not()
    {
        Assert.Equal(1.0, ArticleExtractor.TitleCoverage("Ferry pier to close for repairs", Story1 + " Repairs start soon."));
        Assert.Equal(0.0, ArticleExtractor.TitleCoverage("Ferry pier to close for repairs", "Anna Berg, author\n\nJohn Miller, harbour master"));
    }

    [Fact]
    public void Of_several_headings_the_headline_is_the_one_the_page_title_repeats()
    {
        var html = $"""
            <html lang="en"><head><title>Ferry pier to close for repairs - Harbour News</title></head><body>
            <h1 class="hidden">Harbour News</h1>
            <div class="story"><h1>Ferry pier to close for repairs</h1><p>{Story1}</p><p>{Story2}</p><p>{Story3}</p></div>
            </body></html>
            """;

        var article = ArticleExtractor.FromHtml(html);

        Assert.Equal("Ferry pier to close for repairs", article.Title);
        Assert.Contains(Story2, article.CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_of_a_poem_printed_twice_stays_twice_and_a_repeated_date_once()
    {
        const string Verse = "and the grey gulls follow the ferry home across the evening water";
        var html = $"""
            <html lang="en"><head><title>Ferry pier to close for repairs</title></head><body>
            <article><h1>Ferry pier to close for repairs</h1><p>March 5, 2021</p><p>{Story1}</p>
            <p>{Verse}</p><p>{Story2}</p><p>{Verse}</p><p>{Story3}</p><p>March 5, 2021</p></article>
            </body></html>
            """;

        var text = ArticleExtractor.FromHtml(html).CleanText;

        Assert.Equal(2, text.Split(Verse).Length - 1);
        Assert.DoesNotContain("March 5, 2021", text, StringComparison.Ordinal);
    }
}
