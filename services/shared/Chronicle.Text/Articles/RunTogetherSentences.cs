using System.Text.RegularExpressions;

namespace Chronicle.Text.Articles;

/// <summary>
/// Sentences and lines a copy ran together: 'mất tích.Theo người dân …', 'tới Đà Nẵng.Ông …', 'đạt 41,5%.Bà …',
/// 'ở lại”.Sau đó …', 'Ảnh minh họaĐường phố …'. Text copied from some pages, and whole archives crawled from
/// them, lose the space after a sentence's full stop, and the line break between a caption, a subheading or a
/// byline and the text that follows (more than half the articles of one public crawl of 2016 news; one post in
/// sixty of the 2024–25 feed). Sentence splitting needs the space and the break, so both are put back.
/// </summary>
public static partial class RunTogetherSentences
{
    /// <summary>
    /// A space goes back after '.', '?' or '!' (or an ellipsis) where a capitalised word follows and the word
    /// before is a lower-case word of two letters or more, a capitalised one ('Đà Nẵng.Ông', 'Mỹ.Bà'), a
    /// number ('năm 2009.Từ', '41,5%.Bà') or a closing quote or bracket. Abbreviations and names keep their
    /// dots: a letter alone ('A.Dvorkovich', 'v.v.'), a word of several capitals ('TP.HCM', 'PGS.TS', 'ThS.'),
    /// a short title of two plain letters ('Th.S', 'St.', 'Mr.') and the few listed below; so do addresses
    /// ('dantri.com.vn'), whose next word is not capitalised.
    /// </summary>
    public static string Separate(string paragraph) => Joint().Replace(paragraph, m => EndsSentence(m.Groups["word"]) ? " " : "");

    /// <summary>
    /// The paragraph's lines, where a copy joined two of them with nothing between: a word ending in lower case,
    /// or a short form in capitals, runs straight into a capitalised Vietnamese syllable ('Ảnh minh họaĐường phố',
    /// 'thăm IraqBộ trưởng', 'Ảnh: TTXVNGiám đốc'). No Vietnamese word has a capital
    /// inside it, and the syllable after the join carries a Vietnamese letter, so brand names written in one word
    /// ('MobiFone', 'VnExpress', 'TPBank') are left alone.
    /// </summary>
    public static IEnumerable<string> Lines(string paragraph)
    {
        var start = 0;
        foreach (Match join in LostLineBreak().Matches(paragraph))
        {
            if (!join.Groups["next"].Value.Any(IsVietnameseLetter))
                continue;
            yield return paragraph[start..join.Index].TrimEnd();
            start = join.Index;
        }
        yield return paragraph[start..];
    }

    private static bool EndsSentence(Group word)
    {
        if (!word.Success)
            return true;
        var text = word.Value;
        if (!char.IsLetter(text[0]) || text.All(c => !char.IsUpper(c)))
            return true;
        // A capitalised word: a name or a place ends a sentence, an abbreviation does not.
        if (!char.IsUpper(text[0]) || text.Skip(1).Any(char.IsUpper) || Abbreviations.Contains(text))
            return false;
        return text.Length > 2 || text.Any(IsVietnameseLetter);
    }

    /// <summary>Short forms written with one capital that stand before a name or a company's kind.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal) { "Ths", "Mrs", "Ltd", "Inc", "Corp", "Tps", "Pgs", "Tsk" };

    /// <summary>A letter outside plain ASCII: every such letter of a Latin-script word here is a Vietnamese one.</summary>
    private static bool IsVietnameseLetter(char c) => c > '\u007F' && char.IsLetter(c);

    [GeneratedRegex(@"(?<=(?:(?<![\p{L}\p{M}\d.,])(?<word>[\p{L}\p{M}]{2,}|\d+(?:,\d+)?%?)|[”"")\]])[.?!]+)(?=\p{Lu}[\p{Ll}\p{M}])")]
    private static partial Regex Joint();

    [GeneratedRegex(@"(?<=[\p{Ll}\p{M}]|\p{Lu}{2})(?<next>\p{Lu}[\p{Ll}\p{M}]+)")]
    private static partial Regex LostLineBreak();
}
