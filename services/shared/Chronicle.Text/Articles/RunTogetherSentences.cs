using System.Text.RegularExpressions;

namespace Chronicle.Text.Articles;

/// <summary>
/// Sentences a copy ran together: 'mất tích.Theo người dân …'. Text copied from some pages, and whole archives
/// crawled from them, lose the space after a sentence's full stop (more than half the articles of one public
/// crawl of 2016 news; one post in sixty of the 2024–25 feed). Sentence splitting needs the space, so one is put
/// back where a lower-case word of two letters or more ends on '.', '?' or '!' and a capitalised word follows;
/// abbreviations and names ('TP.HCM', 'PGS.TS', 'Th.S', 'A.Dvorkovich') and addresses ('dantri.com.vn') keep theirs.
/// </summary>
public static partial class RunTogetherSentences
{
    public static string Separate(string paragraph) => Joint().Replace(paragraph, " ");

    [GeneratedRegex(@"(?<=(?<![\p{L}\p{M}\d.])[\p{Ll}\p{M}]{2,}[.?!])(?=\p{Lu}[\p{Ll}\p{M}])")]
    private static partial Regex Joint();
}
