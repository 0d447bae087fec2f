namespace Chronicle.Entities.Extraction;

/// <summary>
/// A post whose body is written but not read: 'Bí thư Tỉnh ủy Hà Đông', 'Thứ trưởng Bộ Thương nghiệp', a province or a
/// ministry that no longer exists and that the lexicon does not know. The parser reads the head alone ('Bí thư Tỉnh ủy',
/// 'Thứ trưởng'); completed from the article, it would take the body of another post of the same head, often the
/// same person's later one ('Bí thư Tỉnh ủy Hà Nam', 'Thứ trưởng Bộ Xây dựng'). The written name is the body: where
/// it is not the one the article would give, the post is left unread rather than given another's body.
/// </summary>
internal sealed partial class ArticleContext
{
    /// <summary>
    /// Whether the post's unit was not written in it but taken from the article ('Bí thư Tỉnh ủy' closed with the article's
    /// province), while the text writes another unit the lexicon does not know right after it ('Bí thư Tỉnh ủy Hà Đông'
    /// in an article on Hà Nam).
    /// </summary>
    private bool LosesWrittenUnit(string organization, TextSpan span, TextSpan sentence, string person)
    {
        if (!NamesLocalUnit(organization))
            return false;
        var words = organization.Split(' ');
        // The unit's name is its last word; where the post as written holds it, nothing was taken from the article.
        if (words.Length < 2 || !char.IsUpper(words[^1][0])
            || Text.AsSpan(span.Start, span.Length).IndexOf(words[^1], StringComparison.Ordinal) >= 0)
            return false;
        return UnreadNameAfter(span, sentence, person) is { } written && !organization.Contains(" " + written, StringComparison.Ordinal);
    }

    /// <summary>Whether the body is a province's, a city's or a district's; asked of every post resolved, so without a closure.</summary>
    private static bool NamesLocalUnit(string organization)
    {
        foreach (var word in LocalUnitWords)
        {
            if (organization.Contains(word, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>The ministry's name in a post ('Công an' in 'Thứ trưởng Bộ Công an'), empty where it names none.</summary>
    private static string MinistryOf(string role) =>
        role.LastIndexOf(" Bộ ", StringComparison.Ordinal) is var at and >= 0 ? role[(at + 4)..] : "";

    /// <summary>
    /// The ministry written after a bare 'Bộ trưởng' or 'Thứ trưởng' that the parser could not read ('Bộ Thương
    /// nghiệp'): its capitalised name after 'Bộ' ('Thương'), or null where none is written.
    /// </summary>
    private string? WrittenMinistry(TextSpan span, TextSpan sentence, string person)
    {
        var stop = Math.Min(sentence.End, span.End + 8);
        if (span.End >= stop)
            return null;
        var tokens = Tokens.Of(Text, new TextSpan(span.End, stop));
        if (tokens.Count == 0 || tokens[0].Text != "Bộ" || !Text.AsSpan(span.End, tokens[0].Start - span.End).IsWhiteSpace())
            return null;
        return UnreadNameAfter(new TextSpan(span.Start, tokens[0].End), sentence, person);
    }

    /// <summary>
    /// The capitalised word written right after the post, where it is no one's name: not the holder's, not anyone's the
    /// article names in full, and no honorific, rank or title that opens a name ('Bí thư Tỉnh ủy Đồng chí A',
    /// 'Bộ trưởng Đại tướng B'). One word is enough to tell one unit from another ('Hà Đông', 'Hà Nam' differ in
    /// their second): the first word that differs is sought, so the whole capitalised run is returned.
    /// </summary>
    private string? UnreadNameAfter(TextSpan span, TextSpan sentence, string person)
    {
        var stop = Math.Min(sentence.End, span.End + 40);
        if (span.End >= stop)
            return null;
        var tokens = Tokens.Of(Text, new TextSpan(span.End, stop));
        if (tokens.Count == 0 || !tokens[0].IsWord || !tokens[0].IsCapitalized || char.IsDigit(tokens[0].Text[0]))
            return null;
        // Only spaces between the post and the name: after a comma or a bracket the name is another entry's.
        if (!Text.AsSpan(span.End, tokens[0].Start - span.End).IsWhiteSpace())
            return null;
        if (OpensName.Contains(tokens[0].Key) || OpensRankOrTitle(tokens, 0))
            return null;
        // 'TP HCN', 'TPHCM': a short form in capitals, misspelt or not, is no name of another unit.
        if (tokens[0].Text.Length > 1 && tokens[0].Text.All(c => !char.IsLetter(c) || char.IsUpper(c)))
            return null;
        var holder = person.Split(' ');
        // 'Bí thư Tỉnh ủy Tỉnh Thái Nguyên': the level written again before the name is not the name.
        var first = tokens.Count > 1 && LevelWords.Contains(tokens[0].Key) && tokens[1].IsCapitalized ? 1 : 0;
        var end = first;
        while (end < tokens.Count && end - first < 4 && tokens[end].IsWord && tokens[end].IsCapitalized
            && (end == first || tokens[end].Start == tokens[end - 1].End + 1))
            end++;
        for (var k = first; k < end; k++)
        {
            if (Array.IndexOf(holder, tokens[k].Text) >= 0 || NamesSomeone(tokens[k].Text))
                return null;
        }
        return Text[tokens[first].Start..tokens[end - 1].End];
    }

    /// <summary>Whether any person the article names in full bears the word ('Nguyễn', 'Thắng').</summary>
    private bool NamesSomeone(string word)
    {
        foreach (var (_, words) in _people)
        {
            if (Array.IndexOf(words, word) >= 0)
                return true;
        }
        return false;
    }

    /// <summary>The bodies of a province, a city or a district, whose unit the article may close a post with.</summary>
    private static readonly string[] LocalUnitWords = ["Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Thành uỷ", "Huyện ủy", "Quận ủy", "UBND", "HĐND", "tỉnh ", "thành phố "];

    /// <summary>The level of a unit, written capitalised again before its name.</summary>
    private static readonly HashSet<string> LevelWords = new(StringComparer.Ordinal) { "tỉnh", "thành", "tp", "huyện", "quận", "thị", "xã", "phường" };

    /// <summary>Words written capitalised before a name after a post: honorifics and the like.</summary>
    private static readonly HashSet<string> OpensName = new(StringComparer.Ordinal)
    {
        "ông", "bà", "anh", "chị", "đồng", "cô", "thầy", "cụ", "gs", "pgs", "ts", "ths", "bs", "ls", "nhà", "nghệ", "tiến", "thạc",
    };
}
