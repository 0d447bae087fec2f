using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Chronicle.Text.Articles;

/// <summary>
/// What pages of any site wrap around and into their article, for pages that are not Vietnamese
/// (whose templates <see cref="PageFurniture"/> knows): comment sections, share bars, 'related' and
/// 'more stories' boxes, newsletter and subscription boxes, author boxes, captions; then, inside the
/// block SmartReader keeps, lists and lines that are mostly links and headings left with nothing
/// under them. The word list is narrower than the Vietnamese one: names such as 'date', 'meta' or
/// 'more' wrap whole articles on other sites.
/// </summary>
internal static partial class ForeignPageBoilerplate
{
    /// <summary>Words of class and id names that mark boxes around an article ('comment-list', 'shareBar', 'related-posts').</summary>
    private static readonly HashSet<string> BoxWords =
    [
        "share", "sharing", "shariff", "social", "socials", "sociallinks", "related", "relatedposts", "recommended", "recommendations",
        "newsletter", "subscribe", "subscription", "promo", "outbrain", "taboola", "breadcrumb", "breadcrumbs", "rating",
        "authorbox", "authorbio", "bio", "credits", "copyright", "cookie", "cookies", "consent", "gdpr",
        "sidebar", "popular", "trending", "tags", "tagcloud", "tagged", "postmeta", "entrymeta",
        "advert", "advertisement", "ads", "ad", "sponsored", "pagination", "pager", "footer", "ratings", "disclaimer", "disclosure",
    ];

    /// <summary>Words that name the article's own box.</summary>
    private static readonly HashSet<string> ContentWords = ["content", "body", "text", "entry", "story", "articlebody"];

    /// <summary>Words that mark a comment section: taken even when the comments are long prose.</summary>
    private static readonly HashSet<string> CommentWords =
    [
        "comment", "comments", "kommentare", "kommentar", "commentaires", "comentarios", "komentarze", "disqus", "respond", "replies",
    ];

    /// <summary>Words of class and id names that mark a picture's caption or credit inside the article ('wp-caption-text', 'media__caption').</summary>
    private static readonly HashSet<string> CaptionWords = ["caption", "captions", "imagecaption", "photocaption", "figcaption", "photocredit", "imagecredit"];

    private const int MaxCaptionLength = 500;

    /// <summary>A box holding real prose (three long paragraphs) is the article's wrapper ('post tag-x category-y'), whatever its name.</summary>
    private const int ProseParagraphLength = 150;

    /// <summary>Pairs of words that mark a box only together ('read-more', 'more-stories', 'author-box').</summary>
    private static readonly (string First, string Second)[] BoxWordPairs =
    [
        ("read", "more"), ("more", "stories"), ("more", "articles"), ("more", "news"), ("author", "box"), ("author", "info"),
        ("author", "bio"), ("about", "author"), ("post", "meta"), ("entry", "meta"), ("article", "meta"), ("post", "tags"),
        ("entry", "tags"), ("article", "tags"), ("you", "may"), ("also", "like"), ("see", "also"), ("further", "reading"),
    ];

    /// <summary>A box whose text holds this share of the page's text is the article (a body class 'comments-open'), not a box.</summary>
    private const double ArticleShare = 0.4;

    [GeneratedRegex(@"[-_\s]+|(?<=[a-z])(?=[A-Z])")]
    private static partial Regex NameWordBreak();

    /// <summary>Takes the named boxes and the captions out of the page before the reader looks for the article.</summary>
    public static void RemoveBoxes(IDocument document)
    {
        if (document.Body is not { } body)
            return;
        // Some blogs print the story itself inside <noscript>, for readers without scripts: that
        // is text to read, while a <noscript> with a picture or a notice asking for JavaScript
        // (with the cookie terms after it) is not.
        // A page copied whole into a <noscript> has its prose outside it too: that copy stays out.
        var noscripts = body.QuerySelectorAll("noscript").ToList();
        var proseOutside = noscripts.Count == 0 ? "" : string.Join('\n', body.QuerySelectorAll("p").Where(p => p.Closest("noscript") is null).Select(p => p.TextContent.Trim()));
        foreach (var noscript in noscripts)
        {
            var prose = noscript.QuerySelectorAll("p").Select(p => p.TextContent.Trim()).FirstOrDefault(t => t.Length >= ProseParagraphLength);
            if (noscript.Parent is { } parent && prose is not null && HoldsProse(noscript)
                && !noscript.TextContent.Contains("javascript", StringComparison.OrdinalIgnoreCase) && !proseOutside.Contains(prose[..ProseParagraphLength], StringComparison.Ordinal))
            {
                foreach (var child in noscript.ChildNodes.ToList())
                    parent.InsertBefore(child, noscript);
                noscript.Remove();
            }
        }
        KeepInlineDatelines(body);
        var pageText = Math.Max(1, TextLength(body));
        // The run of paragraphs with most text is the article or in it: the boxes around it may
        // bear any name (one site prints its stories inside a 'sidebar_content').
        var densest = DensestParagraphRun(body);
        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            if (element.Parent is null || element.LocalName is "body" or "html" or "main" or "article")
                continue;
            // An author's box is prose about the author, often the page's longest run of paragraphs
            // on a blog: it goes unless it holds much of the page's text.
            if (IsAuthorBox(element))
            {
                if (TextLength(element) < pageText * ArticleShare)
                    element.Remove();
                continue;
            }
            if (densest is not null && element.Contains(densest))
                continue;
            var isBox = HasWord(element, CommentWords) || (HasWord(element, BoxWords) && !HoldsProse(element));
            if (isBox && TextLength(element) < pageText * ArticleShare)
                element.Remove();
        }
    }

    /// <summary>Words and pairs of words of class and id names that mark a box about the author ('author-bio', 'about-the-author', 'authorbox').</summary>
    private static readonly HashSet<string> AuthorBoxWords = ["authorbox", "authorbio", "aboutauthor", "autorbox", "bio"];

    private static readonly HashSet<string> AuthorBoxSeconds = ["box", "bio", "description", "about", "info"];

    private static bool IsAuthorBox(IElement element)
    {
        foreach (var name in new[] { element.ClassName, element.Id })
        {
            if (string.IsNullOrEmpty(name))
                continue;
            var words = NameWordBreak().Split(name).Where(w => w.Length > 0).Select(w => w.ToLowerInvariant()).ToList();
            if (words.Any(AuthorBoxWords.Contains))
                return true;
            for (var i = 0; i + 1 < words.Count; i++)
            {
                if ((words[i] is "author" or "autor" && AuthorBoxSeconds.Contains(words[i + 1])) || (words[i] == "about" && words.Skip(i + 1).Any(w => w is "author" or "autor")))
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A wire story's dateline opens its first sentence ('KOBE – A total of …'). Marked up as a
    /// 'dateline' inside the paragraph, Readability takes it for the byline and cuts it out of the
    /// sentence: it stays as plain text.
    /// </summary>
    private static void KeepInlineDatelines(IElement body)
    {
        foreach (var dateline in body.QuerySelectorAll("p [class*='dateline' i]").ToList())
        {
            if (dateline.Parent is IElement paragraph && TextLength(paragraph) > TextLength(dateline) + MinLeadLength)
                paragraph.ReplaceChild(dateline.Owner!.CreateTextNode(dateline.TextContent), dateline);
        }
    }

    private static IElement? DensestParagraphRun(IElement body) =>
        body.QuerySelectorAll("p")
            .GroupBy(p => p.ParentElement)
            .Where(g => g.Key is not null)
            .MaxBy(g => g.Sum(p => p.TextContent.Length))?.Key;

    private static bool HoldsProse(IElement element) =>
        element.QuerySelectorAll("p").Count(p => p.TextContent.Trim().Length >= ProseParagraphLength) >= 3;

    private static bool HasWord(IElement element, HashSet<string> boxWords)
    {
        foreach (var name in new[] { element.ClassName, element.Id })
        {
            if (string.IsNullOrEmpty(name))
                continue;
            var words = NameWordBreak().Split(name).Where(w => w.Length > 0).Select(w => w.ToLowerInvariant()).ToList();
            // 'entry-content-read-more', 'article-body social': the article's own box, whatever else its name says.
            if (boxWords == BoxWords && words.Any(ContentWords.Contains))
                return false;
            if (words.Any(boxWords.Contains))
                return true;
            for (var i = 0; boxWords == BoxWords && i + 1 < words.Count; i++)
            {
                if (BoxWordPairs.Contains((words[i], words[i + 1])))
                    return true;
            }
        }
        return false;
    }

    private static int TextLength(IElement element) => element.TextContent.Length;

    /// <summary>Words of class and id names that mark a lead (standfirst) paragraph: 'article-lead', 'chapo', 'entry__subtitle', 'teaser-text'.</summary>
    private static readonly HashSet<string> LeadWords =
    [
        "lead", "intro", "introtext", "chapo", "chapeau", "excerpt", "summary", "subtitle", "standfirst", "teaser", "teasertext",
        "abstract", "description", "deck", "dek", "sapo", "subline", "kicker",
    ];

    private const int MinLeadLength = 60;
    private const int MaxLeadLength = 1500;

    /// <summary>
    /// The page's lead paragraph, candidates in order: the first element after the headline named as
    /// a lead, with a sentence or more of text that is not mostly links, and not inside a link or a
    /// list item (a teaser of another story); then the standfirst printed right under the headline.
    /// Templates print it above the body, where the reader does not look.
    /// </summary>
    public static IReadOnlyList<string> Leads(IDocument document)
    {
        var named = NamedLead(document);
        var standfirst = document.Body?.QuerySelector("h1") is { } headline ? StandfirstAfter(headline) : null;
        return new[] { named, standfirst }.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
    }

    private static string? NamedLead(IDocument document)
    {
        if (document.Body is not { } body)
            return null;
        var headline = body.QuerySelector("h1");
        foreach (var element in body.QuerySelectorAll("*"))
        {
            if (element.LocalName is "a" or "li" or "ul" or "ol" or "nav" or "footer" or "aside" or "form" or "script" or "style" or "img" or "meta"
                || !HasLeadWord(element))
                continue;
            if (headline is not null && !headline.CompareDocumentPosition(element).HasFlag(DocumentPositions.Following))
                continue;
            var text = HtmlArticleReader.Clean(element.TextContent);
            if (text.Length is < MinLeadLength or > MaxLeadLength || LinkTextLength(element) * 2 >= text.Length
                || element.Closest("a, li, nav, footer, aside, form") is not null
                || element.QuerySelectorAll("*").Any(child => HasLeadWord(child) && HtmlArticleReader.Clean(child.TextContent).Length >= MinLeadLength))
                continue;
            return text;
        }
        return null;
    }

    /// <summary>How far above the headline the box that holds it and its standfirst may start: the heading's parent or grandparent.</summary>
    private const int StandfirstClimb = 2;

    /// <summary>
    /// A standfirst with no name: the first paragraph after the headline in the box around it (the
    /// article's &lt;header&gt;, an &lt;hgroup&gt;'s &lt;h2&gt;, a hero block), a sentence or more of
    /// text that is not mostly links. Whether it opens the body the reader kept is checked later.
    /// </summary>
    private static string? StandfirstAfter(IElement headline)
    {
        var box = headline;
        for (var level = 0; level < StandfirstClimb && box.ParentElement is { LocalName: not ("body" or "main" or "article") } parent; level++)
            box = parent;
        foreach (var element in box.QuerySelectorAll("p, h2"))
        {
            if (!headline.CompareDocumentPosition(element).HasFlag(DocumentPositions.Following)
                || (element.LocalName == "h2" && element.ParentElement?.LocalName != "hgroup"))
                continue;
            var text = HtmlArticleReader.Clean(element.TextContent);
            // Short lines (a byline, a date, a place) may stand between the headline and the standfirst.
            if (text.Length < MinLeadLength || element.Closest("a, li, nav, footer, aside, form, figure") is not null || LinkTextLength(element) * 2 >= text.Length)
                continue;
            return text.Length > MaxLeadLength ? null : text;
        }
        return null;
    }

    private static bool HasLeadWord(IElement element)
    {
        foreach (var name in new[] { element.ClassName, element.Id })
        {
            if (!string.IsNullOrEmpty(name) && NameWordBreak().Split(name).Any(w => LeadWords.Contains(w.ToLowerInvariant())))
                return true;
        }
        return false;
    }


    /// <summary>A list, table or line whose text is mostly links is a box of teasers, not article text.</summary>
    private const double LinkDensity = 0.5;

    /// <summary>A list goes when its links hold this share of its text.</summary>
    private const double ListLinkDensity = 0.8;

    /// <summary>
    /// Inside the block the reader kept: lists, tables and lines that are mostly links ('more
    /// stories', tag lists, 'Read also: …'), then the headings left with nothing under them at the
    /// end ('Related articles', 'Mehr zum Thema').
    /// </summary>
    public static void PruneContent(IElement content)
    {
        // Captions, taken here rather than before the reading: without them the reader weighs a
        // gallery of captioned pictures as text.
        // A caption is a line or two: a longer box named so wraps the picture and the text around it.
        var captions = content.QuerySelectorAll("*")
            .Where(e => e.LocalName == "figcaption" || (HasWord(e, CaptionWords) && TextLength(e) <= MaxCaptionLength))
            .ToList();
        // When the captions hold most of the text, the page is a gallery and they are its story.
        if (captions.Where(c => !captions.Any(other => other != c && other.Contains(c))).Sum(TextLength) * 2 < TextLength(content))
        {
            foreach (var caption in captions)
                caption.Remove();
        }
        // Headings stay: a list of products or places names each item by a link.
        foreach (var element in content.QuerySelectorAll("ul, ol, dl, table, p, li, div").ToList())
        {
            if (element.Parent is null)
                continue;
            var text = TextLength(element);
            // A list item that says more than its link ('Take rapper X. He is …') is text; teaser lists are nearly all links.
            var density = element.LocalName is "ul" or "ol" or "li" ? ListLinkDensity : LinkDensity;
            if (text > 0 && LinkTextLength(element) >= text * density)
                element.Remove();
        }
        // Headings (or bold lead-ins) that end the block head a box that is gone.
        while (LastTextElement(content) is { } last && (last.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" || IsShortLabel(last)))
            last.Remove();
    }

    private static int LinkTextLength(IElement element) => element.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);

    private static IElement? LastTextElement(IElement content)
    {
        var lastText = content.Descendants<IText>().LastOrDefault(t => t.Data.Trim().Length > 0);
        var element = lastText?.ParentElement;
        // Climb out of inline mark-up to the block that holds the line.
        while (element is not null && element != content && element.LocalName is "a" or "span" or "strong" or "b" or "em" or "i" or "u" or "font")
            element = element.ParentElement;
        return element == content ? null : element;
    }

    /// <summary>A line that only labels what follows ('Weitere Artikel:', 'More on this story').</summary>
    private static bool IsShortLabel(IElement element)
    {
        var text = element.TextContent.Trim();
        return text.Length is > 0 and <= 40 && text.EndsWith(':');
    }

    /// <summary>Lines that point elsewhere ('Lesen Sie auch: …', 'Lea también: …', 'Read more', 'Weitere Artikel zum Thema'), in the languages of the pages met: the label alone or before a colon or an arrow.</summary>
    [GeneratedRegex(@"^(lesen sie (auch|mehr)|mehr zu(m)? [\p{L}\s]{0,30}|auch interessant|das könnte sie (auch )?interessieren!?|weitere (artikel|beiträge|infos|informationen|themen|tourentipps)( [\p{L}\s]{0,30})?|zum weiterlesen|schon gelesen\??|ähnliche (themen|artikel|beiträge)|neueste artikel|viel gelesen( [\p{L}\s]{0,20})?|meistgelesen|siehe auch|lea (también|más|además)|lee (también|más)|te puede interesar|le puede interesar|puedes ver|mire|ver también|contenido relacionado|noticias relacionadas|(à |a )?lire aussi|voir aussi|read (more|also|next)|see also|also read|more on this( story)?|related( articles| stories| posts| content)?|you (may|might) also like|czytaj (też|także|więcej)|zobacz (też|także)|leggi anche|leia (também|mais))\s*([:»>|–—-]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PointerLine();

    /// <summary>Picture credits and copyright lines ('Foto: dpa', '© 2020 …', 'Bild: Jahr Media').</summary>
    [GeneratedRegex(@"^(\(?(foto|fotos|bild|bilder|photo|photos|image|credit|crédito|crédit|fot\.|zdjęcie|quelle|source|fuente|źródło|titelbild)\s*:|©|\(c\)\s|copyright\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditLine();

    /// <summary>Share, print and tag bars printed as a line ('Teilen', 'Imprimer cette page', 'Tags: …').</summary>
    [GeneratedRegex(@"^(teilen|drucken|share( this)?|print|imprimer|partager|compartir|imprimir|permalink|permalien|tweet|drukuj|udostępnij|tags?\s*:|schlagw(o|ö)rter?\s*:)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareLine();

    /// <summary>
    /// A line of the site's taxonomy: a label ('Tags:', 'Topics:', 'Kategorie:', 'Filed under:') and the
    /// terms the story is filed under, which can run long.
    /// </summary>
    [GeneratedRegex(@"^(tags?|topics?|themen|schlagw(o|ö)rter|stichw(o|ö)rter|keywords|etiquetas|temas|mots[- ]cl(é|e)s|(c|k)at(e|é)gor(y|ies|ie|ien|ia|ía|ías)|filed under|tagi)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TaxonomyLine();

    private const int MaxTaxonomyLine = 200;

    /// <summary>
    /// A line that ends with the story's reading time ('5 min read', 'Lesezeit: 3 Minuten', 'Estimated
    /// reading time: 6 minutes'), often after the author and the date: the page's meta line.
    /// </summary>
    [GeneratedRegex(@"(^|\s)(\d{1,3}\s*(min(ute)?s?\.?|minuten)\s+(read|lesen|lesezeit)|((estimated )?reading time|lesezeit( von)?|temps de lecture|tiempo de lectura|czas czytania)\s*:?\s*(ca\.\s*)?\d{1,3}\s*(min\w*|minuten|minutes|minutos|minut)\.?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadingTimeLine();

    private const int MaxReadingTimeLine = 120;

    /// <summary>
    /// A call to subscribe printed inside the story, not only at its end: a line that opens by asking to
    /// sign up or subscribe and names the newsletter or subscription ('Sign up for our free daily
    /// newsletter', 'Never miss the latest news by signing up …'), or that withholds the rest of the story
    /// until then ('To read the full article, please subscribe', 'Pour lire la suite …').
    /// </summary>
    [GeneratedRegex(@"^(sign up|subscribe|abonnieren sie|jetzt (kostenlos )?abonnieren|suscr[ií]bete|abonnez-vous|never miss|don'?t miss|verpassen sie (nichts|keine))\b.*\b(newsletter|subscri\w*|abonn\w*|suscri\w*|sign(ing)? up)\b|^to (view|read|continue reading) (the|this) (full )?(story|article)\b.{0,80}\b(subscribe|subscriber|log in|sign in)\b|^pour lire la suite\b.{0,80}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubscribeCallLine();

    private const int MaxSubscribeCallLine = 200;

    /// <summary>A line that is only a date or a time ('05. Februar 2020', '11 Jan 2019', 'March 5, 2021', '03.04.2020', '20:37'): the page's date furniture.</summary>
    [GeneratedRegex(@"^((\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.? \p{L}{3,10}\.? \d{4}|\p{L}{3,10}\.? \d{1,2},? \d{4})(,? \d{1,2}[:.]\d{2}( ?uhr| ?h)?)?|\d{1,2}[:.]\d{2}( ?uhr| ?h)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateOnlyLine();

    private const int MaxDateOnlyLine = 40;

    /// <summary>A date under a label ('Veröffentlicht: 2. Februar 2022', 'Aktualisiert: 11.04.2020, 10:27', 'Stand: 05. Februar 2020', 'Published on March 5, 2021'): the page's date furniture wherever it stands.</summary>
    [GeneratedRegex(@"^(veröffentlicht|veröffentlichung|aktualisiert|publiziert|erstellt|stand|zuletzt aktualisiert|updated|last updated|published|posted|publicado|actualizado|publié|mis à jour|opublikowano|aktualizacja)( am| on| le| el| le)?\s*:?\s*((\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.? \p{L}{3,10}\.? \d{4}|\p{L}{3,10}\.? \d{1,2},? \d{4})(,? (um )?\d{1,2}[:.]\d{2}( ?uhr| ?h)?)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledDateLine();

    private const int MaxLabelledDateLine = 60;

    /// <summary>A label that marks an advertisement ('- Anzeige -', 'Werbung', 'Advertisement'), or an agency's initials closing a story ('aja/PAP').</summary>
    [GeneratedRegex(@"^([-–—*\s(]*(anzeige|werbung|advertisement|publicidad|reklama|gesponsert|sponsored)[-–—*\s):.]*|\p{Ll}{2,5}/\p{Lu}{2,5})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdLabelLine();

    /// <summary>A disclosure printed over a story ('*Werbung. Dieser Beitrag enthält …', 'This post contains references to products from … advertisers').</summary>
    [GeneratedRegex(@"^(\*?(werbung|anzeige|advertorial)\s*[.:|]|this (post|article|page) (contains|may contain) (references|affiliate|sponsored))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DisclosureLine();

    private const int MaxDisclosureLine = 400;

    /// <summary>What a page prints in place of an embedded video or post until the reader consents ('Externer Inhalt', 'Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden'), and cookie notices.</summary>
    [GeneratedRegex(@"^(externer inhalt|empfohlener (redaktioneller )?inhalt|external content)$|externe inhalte angezeigt|respektieren (deine|ihre) privatsphäre|(cookies|alle) akzeptieren|accept (all )?cookies|we use cookies|wir (verwenden|nutzen) cookies|utilizamos cookies|nous utilisons des cookies", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConsentLine();

    private const int MaxPointerLine = 200;
    private const int MaxCreditLine = 120;
    private const int MaxShareLine = 60;

    /// <summary>A picture's caption printed as a line of the text: 'Abbildung 4: …', 'Abb. 2 …', or a line that ends with its credit ('…, photo: Archives', '… Foto: Andina').</summary>
    [GeneratedRegex(@"^(abbildung|abb\.|grafik|infografik)\s*\d*\s*[:.]|[,.;]\s*(foto|fotos|photo|bild|imagen|image|zdjęcie|fot\.)\s*:\s*[^.:!?]{2,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionLine();

    private const int MaxCaptionLine = 300;

    /// <summary>Whether the line closes with a full stop, as a sentence does and a list of terms does not.</summary>
    private static bool EndsWithSentence(string paragraph) => paragraph.TrimEnd().EndsWith('.') && !paragraph.TrimEnd().EndsWith("...", StringComparison.Ordinal);

    /// <summary>A paragraph that is page furniture on sites of any language, or false.</summary>
    public static bool IsFurnitureLine(string paragraph) =>
        (paragraph.Length <= MaxPointerLine && PointerLine().IsMatch(paragraph))
        || (paragraph.Length <= MaxCreditLine && CreditLine().IsMatch(paragraph))
        || (paragraph.Length <= MaxShareLine && ShareLine().IsMatch(paragraph))
        || (paragraph.Length <= MaxTaxonomyLine && TaxonomyLine().IsMatch(paragraph) && !EndsWithSentence(paragraph))
        || (paragraph.Length <= MaxReadingTimeLine && ReadingTimeLine().IsMatch(paragraph))
        || (paragraph.Length <= MaxSubscribeCallLine && SubscribeCallLine().IsMatch(paragraph))
        || (paragraph.Length <= MaxCaptionLine && CaptionLine().IsMatch(paragraph))
        || (paragraph.Length <= MaxLabelledDateLine && LabelledDateLine().IsMatch(paragraph))
        || (paragraph.Length <= MaxShareLine && AdLabelLine().IsMatch(paragraph))
        || (paragraph.Length <= MaxDisclosureLine && (DisclosureLine().IsMatch(paragraph) || ConsentLine().IsMatch(paragraph)));

    /// <summary>
    /// Calls to act that close a page's story ('Subscribe now …', 'Download our app', 'Valora esta
    /// noticia', 'Unterstützen Sie …', 'This entry was posted in …', copyright and reprint notes).
    /// </summary>
    [GeneratedRegex(@"\b(subscrib(e|er|ers|ing)|subscription|abonn(ieren|ement|ez|enten)|suscr[ií]b|hazte miembro|newsletter|sign(ing)? up|download (the|our)|canal de (telegram|youtube|whatsapp)|follow us|s[ií]guenos|folgen sie uns|spende|unterst[üu]tze|donate|support (us|our)|nicht zu teilen|share this|valora esta|if you enjoyed|this entry was posted|written permission|copyrighted|all rights reserved|alle rechte vorbehalten|todos los derechos|tous droits|pour lire la suite|already a subscriber|teilen[?!]|eingeloggt|logged in to|log in to (comment|reply)|prawa zastrzeżone|prawem autorskim|lizenz cc|unter cc-by|creative commons|suggested citation|meinung des autors|views expressed|do not necessarily reflect)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CallToAct();

    private const int MaxClosingLine = 300;

    /// <summary>A short line that asks the reader to subscribe, donate, follow or share, or states the copyright: furniture when it closes the story.</summary>
    public static bool IsClosingCall(string paragraph) => paragraph.Length <= MaxClosingLine && CallToAct().IsMatch(paragraph);

    private const int MaxLabelLine = 60;

    /// <summary>A line that only heads a box of other stories ('Weitere Artikel zum Thema', 'Related stories:', 'Ähnliche Themen').</summary>
    public static bool IsBoxLabel(string paragraph) =>
        paragraph.Length <= MaxLabelLine && PointerLine().Match(paragraph) is { Success: true } label
        && paragraph[label.Length..].Trim().Length == 0;

    /// <summary>A paragraph that is only a date or a time: furniture at the top or the end of a story, content in a table or a timeline.</summary>
    public static bool IsDateOnlyLine(string paragraph) => paragraph.Length <= MaxDateOnlyLine && DateOnlyLine().IsMatch(paragraph);
}
