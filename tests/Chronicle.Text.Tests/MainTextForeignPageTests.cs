using AngleSharp.Html.Parser;
using Chronicle.Text.Articles;

namespace Chronicle.Text.Tests;

/// <summary>
/// What the reader of pages of other sites adds to SmartReader's block and takes out of it: the
/// lead printed above the body, captions, a story printed inside &lt;noscript&gt;, date lines,
/// closing calls to subscribe and lists of other stories under a label.
/// </summary>
public sealed class MainTextForeignPageTests
{
    private const string Lead =
        "The harbour authority will dredge the northern channel this winter, so that the larger ferries can dock at any hour without waiting for the tide to come in.";
    private const string Body1 =
        "Work starts in November and should take about ten weeks, the authority said on Monday, adding that night crossings to the islands will not be affected by the works.";
    private const string Body2 =
        "Fishermen had warned for years that the channel was silting up, and two ferries touched the bottom last summer while turning in the narrow basin at low water.";
    private const string Body3 =
        "The cost is shared between the port and the regional government, which set aside the money in its spring budget after a long debate in the council.";

    private static string Page(string beforeBody, string insideBody, string afterBody = "") => $"""
        <html lang="en"><head><title>Channel to be dredged | Harbour Post</title></head><body>
        <nav><a href="/">Home</a> <a href="/port">Port</a></nav>
        <header class="article-header"><h1>Channel to be dredged this winter</h1>
        {beforeBody}</header>
        <div class="story-body"><p>{Body1}</p>{insideBody}<p>{Body2}</p><p>{Body3}</p>{afterBody}</div>
        </body></html>
        """;

    private static string Text(params string[] paragraphs) => string.Join("\n\n", paragraphs);

    [Fact]
    public void The_lead_printed_above_the_body_opens_the_text()
    {
        var article = ArticleExtractor.FromHtml(Page($"<p class=\"article-lead\">{Lead}</p>", ""));

        Assert.Equal(Text(Lead, Body1, Body2, Body3), article.CleanText);
        Assert.Equal([Lead], ForeignPageBoilerplate.Leads(new HtmlParser().ParseDocument(Page($"<div class=\"intro\"><p>{Lead}</p></div>", ""))));
        // Not a lead: a teaser in a list, and a box with a line too short to be one.
        Assert.Empty(ForeignPageBoilerplate.Leads(new HtmlParser().ParseDocument(Page($"<ul><li class=\"teaser\">{Lead}</li></ul><p class=\"lead\">Short.</p>", ""))));
    }

    [Fact]
    public void A_standfirst_under_the_headline_opens_the_text_whatever_its_name()
    {
        // A paragraph of the header, after a byline; and the <h2> of an <hgroup>.
        var underHeadline = ArticleExtractor.FromHtml(Page($"<p class=\"byline\">By Ann Lee</p><p class=\"font-brand mb-4\">{Lead}</p>", ""));
        Assert.Equal(Text(Lead, Body1, Body2, Body3), underHeadline.CleanText);

        var hgroup = Page("", "").Replace("<h1>Channel to be dredged this winter</h1>", $"<hgroup><h1>Channel to be dredged this winter</h1><h2>{Lead}</h2></hgroup>", StringComparison.Ordinal);
        Assert.StartsWith(Lead + "\n\n" + Body1, ArticleExtractor.FromHtml(hgroup).CleanText, StringComparison.Ordinal);

        // A subheading (an <h2> outside an <hgroup>) and a headline's link list are not standfirsts.
        Assert.Empty(ForeignPageBoilerplate.Leads(new HtmlParser().ParseDocument(Page($"<h2>{Lead}</h2><p><a href=\"/a\">{Lead}</a></p>", ""))));
    }

    [Fact]
    public void A_drop_cap_in_a_box_of_its_own_rejoins_its_word_and_the_lead_still_opens_the_text()
    {
        var dropCap = Page($"<p class=\"standfirst-text\">{Lead}</p>", "").Replace($"<p>{Body1}</p>", $"<div class=\"drop\">W</div><p>{Body1[1..]}</p>", StringComparison.Ordinal);

        Assert.Equal(Text(Lead, Body1, Body2, Body3), ArticleExtractor.FromHtml(dropCap).CleanText);
    }

    [Fact]
    public void A_wire_dateline_marked_up_inside_the_first_paragraph_stays_in_its_sentence()
    {
        var page = Page("", "").Replace($"<p>{Body1}</p>", $"<p><span class=\"dateline\">KIEL – </span>{Body1}</p>", StringComparison.Ordinal);

        Assert.StartsWith("KIEL – " + Body1, ArticleExtractor.FromHtml(page).CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_box_named_as_a_lead_after_the_body_is_another_story_s_teaser_and_stays_out()
    {
        var teaser = "<div class=\"more\"><p class=\"teaser-text\">A new bridge over the river opens to cyclists next spring, after three years of building works and delays.</p></div>";
        var article = ArticleExtractor.FromHtml(Page("", "") + teaser);

        Assert.StartsWith(Body1, article.CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void Captions_named_so_go_but_a_gallery_keeps_them()
    {
        var caption = "<div class=\"photo\"><img src=\"a.jpg\"><p class=\"wp-caption-text\">The northern channel at low water. Photo: Harbour Post</p></div>";
        Assert.Equal(Text(Body1, Body2, Body3), ArticleExtractor.FromHtml(Page("", caption)).CleanText);

        var gallery = $"""
            <html lang="en"><body><h1>The harbour in pictures</h1><div class="gallery">
            <figure><img src="a.jpg"><figcaption>{Body1}</figcaption></figure>
            <figure><img src="b.jpg"><figcaption>{Body2}</figcaption></figure>
            <figure><img src="c.jpg"><figcaption>{Body3}</figcaption></figure>
            <p>Pictures by the harbour staff.</p></div></body></html>
            """;
        Assert.Contains(Body2, ArticleExtractor.FromHtml(gallery).CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_printed_inside_noscript_is_read_but_a_javascript_notice_is_not()
    {
        var story = $"""
            <html lang="en"><body><h1>Channel to be dredged this winter</h1><div class="post-body"><noscript>
            <p>{Lead}</p><p>{Body1}</p><p>{Body2}</p><p>{Body3}</p></noscript></div>
            <aside><p>About this blog: notes from the port.</p></aside></body></html>
            """;
        var article = ArticleExtractor.FromHtml(story);
        Assert.Equal(Text(Lead, Body1, Body2, Body3), article.CleanText);
        Assert.False(article.MainTextFallback);

        var notice = $"<noscript><p>Please enable JavaScript to use every part of this site. {Lead}</p><p>{Body1}</p><p>{Body2}</p></noscript>";
        Assert.DoesNotContain("JavaScript", ArticleExtractor.FromHtml(Page("", "") + notice).CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void An_author_s_box_of_long_paragraphs_stays_out_even_as_the_page_s_longest_run()
    {
        // Two posts' worth of text about the author, in more and longer paragraphs than the story's.
        var about = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<p>Before writing about ports, the author spent {i + 10} years at sea on cargo ships and later taught navigation to young sailors at the maritime school of the coast, where she still gives a course every autumn.</p>"));
        var comments = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<p>Reader {i}: the ferry to the islands was late again this morning, and nobody at the pier could say when the next one would leave.</p>"));
        var page = Page("", "", afterBody: $"</div><div class=\"author-bio\"><h3>About Ann Lee</h3>{about}</div><div class=\"comments\">{comments}");

        var article = ArticleExtractor.FromHtml(page);

        Assert.Equal(Text(Body1, Body2, Body3), article.CleanText);
    }

    [Fact]
    public void Date_lines_and_closing_calls_go_but_the_story_s_own_sentences_stay()
    {
        var article = ArticleExtractor.FromHtml(Page("<p>12 March 2024</p>", "",
            afterBody: "<p>Subscribe now to read every story from the port.</p><p>© 2024 Harbour Post</p>"));

        Assert.Equal(Text(Body1, Body2, Body3), article.CleanText);
    }

    [Fact]
    public void A_label_over_other_stories_inside_the_body_goes_with_their_headlines()
    {
        var article = ArticleExtractor.FromHtml(Page("",
            "<h3>Related stories</h3><p>Ferry fares rise in May</p><p>New pier for the island boats</p>"));

        Assert.Equal(Text(Body1, Body2, Body3), article.CleanText);
    }

    [Fact]
    public void A_label_over_a_list_of_other_stories_ends_the_text()
    {
        var article = ArticleExtractor.FromHtml(Page("", "",
            afterBody: "<h3>Related stories</h3><p>Ferry fares rise in May</p><p>New pier for the island boats</p>"));

        Assert.Equal(Text(Body1, Body2, Body3), article.CleanText);
    }

    [Fact]
    public void Paragraphs_whose_names_speak_of_fonts_are_text()
    {
        // The own reader, which also reads pages of other sites, dropped 'font' boxes as toolbars.
        var html = $"""
            <html lang="en"><body><h1>Channel to be dredged this winter</h1><div class="article">
            <p class="para-with-font">{Body1}</p><p class="para-with-font">{Body2}</p><p class="para-with-font">{Body3}</p></div></body></html>
            """;

        var article = ArticleExtractor.FromHtml(html, HtmlMainTextReader.Own);

        Assert.Equal(Text(Body1, Body2, Body3), article.CleanText);
        Assert.False(article.MainTextFallback);
    }
}

public sealed class MainTextForeignBylineTests
{
    [Theory]
    [InlineData("Von Fiona Bornhöft und Mariam Hofbeck", "Fiona Bornhöft und Mariam Hofbeck")]
    [InlineData("Par Barbara Stiegler", "Barbara Stiegler")]
    [InlineData("Author: Bo2man am 29.12.2010, 13:36 Uhr", "Bo2man")]
    [InlineData("VON MORITZ GATHMANN am 21. April 2020", "MORITZ GATHMANN")]
    [InlineData("Janic Cathomen, 01.12.2021", "Janic Cathomen")]
    [InlineData("Williams Perdomo @wperdomod", "Williams Perdomo")]
    [InlineData("Artikel von Alexa von Heyden 19. Juni 2019", "Alexa von Heyden")]
    [InlineData("by Dan Goodin", "Dan Goodin")]
    [InlineData("Alissa Wilkinson@alissamarie Updated Jul 24", "Alissa Wilkinson")]
    [InlineData("GILLIAN MOHNEY March 11", "GILLIAN MOHNEY")]
    [InlineData("Dan Goodin", "Dan Goodin")]
    [InlineData("https://www.example.org/staff/someone", null)]
    [InlineData("2020-01-16", null)]
    public void A_byline_keeps_the_name_alone(string byline, string? name) => Assert.Equal(name, ForeignBylines.Clean(byline));
}
