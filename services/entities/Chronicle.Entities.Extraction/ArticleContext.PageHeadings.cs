using System.Text;
using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

internal sealed partial class ArticleContext
{
    /// <summary>
    /// 'Ông X, Giám đốc Sở Y tế Nam Định CỔNG THÔNG TIN ĐIỆN TỬ NAM ĐỊNH': a page's heading in capitals, run on
    /// after a caption with no stop, is no part of the sentence before it; a body's name does not go on into it.
    /// A run of words in capitals, three of them with a vowel mark (so not short forms such as 'UBND TP HCM', nor
    /// a city's name 'TP HỒ CHÍ MINH'), written after a word in lower case, opens a sentence of its own.
    /// </summary>
    private static List<TextSpan> SplitAtHeadingsInCapitals(string text, List<TextSpan> sentences)
    {
        // One scan of the whole text: such runs are rare, and a scan per sentence would read on past its end to
        // the next run each time.
        var runs = WordsInCapitals().Matches(text);
        if (runs.Count == 0)
            return sentences;
        var split = new List<TextSpan>(sentences.Count);
        var next = 0;
        foreach (var sentence in sentences)
        {
            var start = sentence.Start;
            while (next < runs.Count && runs[next].Index < sentence.Start)
                next++;
            for (; next < runs.Count && runs[next].Index < sentence.End; next++)
            {
                var run = runs[next];
                if (run.Index > start && AfterLowerCaseWord(text, run.Index) && run.Value.Split(' ').Count(word => word.Any(HasVowelMark)) >= 3)
                {
                    split.Add(new TextSpan(start, TrimmedEnd(text, start, run.Index)));
                    start = run.Index;
                }
            }
            split.Add(new TextSpan(start, sentence.End));
        }
        return split;
    }

    private static bool AfterLowerCaseWord(string text, int at)
    {
        var k = at - 1;
        while (k >= 0 && text[k] == ' ')
            k--;
        while (k >= 0 && char.IsLetter(text[k]))
        {
            if (char.IsLower(text[k]))
                return true;
            k--;
        }
        return false;
    }

    private static int TrimmedEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return end;
    }

    private static bool HasVowelMark(char letter) => letter.ToString().Normalize(NormalizationForm.FormD).Length > 1;

    [GeneratedRegex(@"(?<![\p{L}\p{M}\d\-])\p{Lu}{2,}(?: \p{Lu}{2,})+(?![\p{L}\p{M}\d\-])")]
    private static partial Regex WordsInCapitals();
}
