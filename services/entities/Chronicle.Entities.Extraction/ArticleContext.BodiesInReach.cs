namespace Chronicle.Entities.Extraction;

/// <summary>
/// The body a post written without it stands for (<see cref="TitleParser.UnwrittenBody"/>): 'ông B, Phó Cục
/// trưởng' after 'Đảng ủy Cục Hải quan tỉnh X', 'bà C - Giám đốc bệnh viện' in an
/// article on one hospital. Only a body in reach, and only one, completes it: the holder's own post with
/// that head; else the nearest body of its kind the sentence names before the post; else, for a post that
/// names one kind ('Cục trưởng', 'Chủ tịch Hội', 'Giám đốc bệnh viện'), the one body of that kind the headline
/// and the opening sentence name, else the one the whole article names, else the one it is about (named far
/// more often than any other, <see cref="MainOfKinds"/>). Where the lead or the article names
/// two, or a name of the kind the parser cannot read, the post is left unread; so is a bare 'Giám đốc' whose
/// sentence names no body before it: it heads too many kinds of body for the article to tell which. A post
/// left ('nguyên Cục trưởng') takes only the body a list's opening names: written beside a present post, or
/// in an article on another body, it is of a body the article does not name.
/// </summary>
internal sealed partial class ArticleContext
{
    private string? BodyInReach(TitleMatch title, IReadOnlyList<string> kinds, TextSpan span, TextSpan sentence, string person, string qualifier)
    {
        var head = title.Organization.Length == 0 ? title.Title : $"{title.Title} {title.Organization}";
        // 'Cục trưởng Cục X, nguyên Cục trưởng': a post left, written beside a present one with the same head, is of
        // another body; only a list's opening may name it ('… của Đảng ủy Cục Y và các ông: A, nguyên Cục trưởng').
        var former = qualifier == "former";
        if (former)
            return NearestBefore(kinds, span, sentence, former) is { } listed ? Completed(title, listed) : null;
        if (RoleOf(person, head) is { } own && own[(head.Length + 1)..] is var ownBody && kinds.Any(k => ownBody.StartsWith(k + " ", StringComparison.Ordinal)))
        {
            return Completed(title, ownBody);
        }
        var body = NearestBefore(kinds, span, sentence, former)
            ?? (kinds.Count == 1 ? TheOneOfKinds(LeadBodies, kinds) ?? TheOneOfKinds(ArticleBodies, kinds) ?? MainOfKinds(ArticleBodies, kinds) : null);
        return body is null ? null : Completed(title, body);
    }

    /// <summary>The organisation of the post: the body, after the Party committee of it the post names ('Đảng ủy').</summary>
    private static string Completed(TitleMatch title, string body) =>
        title.Organization.Length == 0 ? body : $"{title.Organization} {body}";

    /// <summary>The last word of a head ('Chủ tịch HĐQT', 'giám đốc', 'Cục trưởng'): the body after it is someone's post's.</summary>
    private static bool ClosesHead(Token token) =>
        token.Key is "đốc" or "tịch" or "trưởng" or "hđqt" or "hđtv" or "trị" or "viên" or "ký" or "thư" or "nhiệm";

    /// <summary>
    /// The body of one of the kinds the sentence names last before the post. In a list of entries ('các ông:
    /// A, …; B, …') a body another entry names is that entry's holder's, not the list's: only one the list's
    /// opening or the post's own entry names counts, and for a post left ('nguyên Bí thư Đảng ủy, Cục trưởng')
    /// only the opening's: the holder's present post in the same entry is another body. A head of many kinds of
    /// body ('Giám đốc', 'Tổng Giám đốc') takes only a body another post names ('Chủ tịch HĐQT Công ty X và ông Y,
    /// Phó Tổng Giám đốc'): a body the sentence names as a place or a party is seldom the one it heads.
    /// </summary>
    private string? NearestBefore(IReadOnlyList<string> kinds, TextSpan span, TextSpan sentence, bool former)
    {
        var listOpens = Text.IndexOf(':', sentence.Start, span.Start - sentence.Start);
        var entryOpens = span.Start > sentence.Start ? Text.LastIndexOf(';', span.Start - 1, span.Start - sentence.Start) : -1;
        string? nearest = null;
        foreach (var (name, kind, end, ofPost) in BodiesIn(sentence))
        {
            var inReach = listOpens < 0 ? end <= span.Start : end <= listOpens || (!former && end > entryOpens && end <= span.Start);
            if (inReach && kinds.Contains(kind) && (kinds.Count == 1 || ofPost))
                nearest = name;
        }
        // A name of the kind the parser cannot read is nearer than any it can: no body can be told.
        return string.IsNullOrEmpty(nearest) ? null : nearest;
    }

    /// <summary>The one body of the kinds named; none where a name of the kinds could not be read (written with an empty name).</summary>
    private string? TheOneOfKinds(List<(string Name, string Kind, int End, bool OfPost)> bodies, IReadOnlyList<string> kinds)
    {
        var ofKinds = OneSpellingEach(bodies.Where(b => kinds.Contains(b.Kind)).ToList());
        return ofKinds.Any(b => b.Name.Length == 0) ? null : LocalUnits.TheOne(ofKinds.Select(b => b.Name));
    }

    /// <summary>The bodies the headline and the article's first sentence name.</summary>
    private List<(string Name, string Kind, int End, bool OfPost)> LeadBodies => _leadBodies ??=
        [.. HeadlineBodies, .. Sentences.Take(1).SelectMany(BodiesIn)];

    private List<(string Name, string Kind, int End, bool OfPost)>? _leadBodies;

    /// <summary>The bodies the whole article names, the headline with it.</summary>
    private List<(string Name, string Kind, int End, bool OfPost)> ArticleBodies => _articleBodies ??=
        [.. HeadlineBodies, .. Sentences.SelectMany(BodiesIn)];

    private List<(string Name, string Kind, int End, bool OfPost)>? _articleBodies;

    private List<(string Name, string Kind, int End, bool OfPost)> HeadlineBodies => _headlineBodies ??=
        NamedBodies(Headline, new TextSpan(0, Headline.Length));

    private List<(string Name, string Kind, int End, bool OfPost)>? _headlineBodies;

    /// <summary>The bodies a sentence names, read once however many of its posts ask (<see cref="NamedBodies"/>).</summary>
    private List<(string Name, string Kind, int End, bool OfPost)> BodiesIn(TextSpan sentence)
    {
        if (!_bodiesIn.TryGetValue(sentence, out var bodies))
            _bodiesIn[sentence] = bodies = NamedBodies(Text, sentence);
        return bodies;
    }

    private readonly Dictionary<TextSpan, List<(string Name, string Kind, int End, bool OfPost)>> _bodiesIn = [];

    /// <summary>
    /// Every body of the kinds a post may be written by alone named in the span, each read once: a body within a
    /// longer name is no body of its own. A kind written capitalised before a capitalised word that is not read
    /// as a body ('Bệnh viện Bạch Mai và Bệnh viện Việt Đức', a name too long) is kept with an empty name.
    /// </summary>
    private List<(string Name, string Kind, int End, bool OfPost)> NamedBodies(string text, TextSpan span)
    {
        var found = new List<(string, string, int, bool)>();
        if (span.Length == 0)
            return found;
        var tokens = Tokens.Of(text, span);
        for (var j = 0; j < tokens.Count; j++)
        {
            if (TitleParser.NamedBodyAt(tokens, j, Province) is not var (name, kind, length))
            {
                if (TitleParser.UnreadKindAt(tokens, j) is { } unread)
                    found.Add(("", unread, tokens[j].End, j > 0 && ClosesHead(tokens[j - 1])));
                continue;
            }
            found.Add((name, kind, tokens[j + length - 1].End, j > 0 && ClosesHead(tokens[j - 1])));
            j += length - 1;
        }
        return found;
    }
}
