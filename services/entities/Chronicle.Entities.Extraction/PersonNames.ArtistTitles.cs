namespace Chronicle.Entities.Extraction;

internal static partial class PersonNames
{
    /// <summary>
    /// Titles of writers, journalists, film-makers and performers, written before the name they are known by:
    /// 'nhà văn Bích Ngân', 'NSND Xuân Bắc', 'đạo diễn Victor Vũ'. Those names are pen and stage names as often
    /// as not, with no surname to lead them ('Bích Ngân', 'Chí Trung'), so no surname-led reading finds them;
    /// the title announces a name as 'ông' does. The titles ending in 'sĩ' ('nhạc sĩ', 'ca sĩ') are announced already.
    /// </summary>
    private static readonly (string Phrase, int Words)[] ArtistTitles = WithWordCounts(
        "nhà văn", "nhà thơ", "nhà báo", "nhà viết kịch", "nhà soạn nhạc", "nhà biên kịch",
        "đạo diễn", "biên kịch", "diễn viên", "NSND", "NSƯT", "nghệ nhân");

    private static (string Phrase, int Words)[] WithWordCounts(params string[] phrases) =>
        [.. phrases.Select(p => (p, p.Split(' ').Length))];

    /// <summary>
    /// Whether the capitalised word at <paramref name="i"/> follows an artist's or writer's title, or such a title
    /// and a country ('nhà văn Mỹ Philip Roth'), so a name read there is announced. The title must stand as a
    /// description, not inside a body's name: not after a capitalised word ('Hội Nhà văn Hà Nội', 'Hội Nhà báo
    /// Việt Nam') and not with its later words capitalised ('Nhà Văn hóa Lao Động' is a building).
    /// </summary>
    public static bool AfterArtistTitle(IReadOnlyList<Token> tokens, int i)
    {
        if (i < 1 || !tokens[i].IsCapitalized)
            return false;
        if (ArtistTitleEndingAt(tokens, i))
            return CountryLength(tokens, i) is not (> 0 and var length) || !ForeignWordAt(tokens, i + length);
        // A country between the title and a foreign name: the name starts after it.
        for (var length = 1; length <= 3 && i - length >= 1; length++)
        {
            if (CountryLength(tokens, i - length) == length && ArtistTitleEndingAt(tokens, i - length))
                return true;
        }
        return false;
    }

    /// <summary>Short names of countries and of an industry's home the press writes before a foreign artist ('nhà văn Nhật Haruki Murakami').</summary>
    private static readonly HashSet<string> ShortHomeNames = new(StringComparer.Ordinal) { "Nhật", "Hollywood", "Bollywood" };

    /// <summary>How many words a country (not Việt Nam) written at <paramref name="k"/> takes, or 0.</summary>
    private static int CountryLength(IReadOnlyList<Token> tokens, int k) =>
        ShortHomeNames.Contains(tokens[k].Text) ? 1
        : Countries.At(tokens, k) is ({ } country, var written) && country != "Việt Nam" ? written : 0;

    /// <summary>'Anh Tom Bower' is a country and a foreign name; 'Anh Tú' is a name, its first word the same as England's.</summary>
    private static bool ForeignWordAt(IReadOnlyList<Token> tokens, int k) =>
        k < tokens.Count && tokens[k].IsCapitalized && PersonNameCheck.LooksForeign(tokens[k].Text);

    /// <summary>Whether an artist's title, standing as a description, ends right before <paramref name="next"/>.</summary>
    private static bool ArtistTitleEndingAt(IReadOnlyList<Token> tokens, int next)
    {
        foreach (var (title, words) in ArtistTitles)
        {
            var first = next - words;
            if (first < 0 || Phrase.Length(tokens, first, title) != words)
                continue;
            var abbreviation = words == 1;
            var laterWordsLower = true;
            for (var k = first + 1; k < next; k++)
                laterWordsLower &= !tokens[k].IsCapitalized;
            var insideBodyName = first > 0 && tokens[first - 1].IsCapitalized && tokens[first - 1].IsWord && !abbreviation;
            if ((abbreviation || laterWordsLower) && !insideBodyName)
                return true;
        }
        return false;
    }
}
