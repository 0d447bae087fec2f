using System.Globalization;
using System.Text;

namespace Chronicle.Text;

/// <summary>
/// Moves each syllable's tone mark to one fixed vowel, so the two spelling conventions in use
/// ('hoà'/'hòa', 'uỷ'/'ủy') compare equal. The target is the widespread convention of official
/// documents: 'hòa', 'thủy', 'ủy', 'hoàn', 'quý', 'người', 'khuỷu'.
/// </summary>
internal static class ToneMarkPlacement
{
    private const char Grave = '\u0300', Acute = '\u0301', Tilde = '\u0303', Hook = '\u0309', DotBelow = '\u0323';
    private const char Circumflex = '\u0302', Breve = '\u0306', Horn = '\u031B';

    /// <summary>Rewrites every syllable of lower-case text with the tone mark on its main vowel.</summary>
    public static string Unify(string lowerCaseText)
    {
        var decomposed = lowerCaseText.Normalize(NormalizationForm.FormD);
        var output = new StringBuilder(decomposed.Length);
        var index = 0;
        while (index < decomposed.Length)
        {
            if (!IsWordChar(decomposed[index]))
            {
                output.Append(decomposed[index++]);
                continue;
            }
            var start = index;
            while (index < decomposed.Length && IsWordChar(decomposed[index]))
                index++;
            AppendSyllable(output, decomposed.AsSpan(start, index - start));
        }
        return output.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || IsMark(c);

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsTone(char c) => c is Grave or Acute or Tilde or Hook or DotBelow;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private sealed record Letter(char Base, string Modifiers)
    {
        public bool IsVowel => ToneMarkPlacement.IsVowel(Base);
        public bool IsModified => Modifiers.Length > 0;
    }

    private static void AppendSyllable(StringBuilder output, ReadOnlySpan<char> word)
    {
        var letters = new List<Letter>();
        char? tone = null;
        var toneCount = 0;
        foreach (var c in word)
        {
            if (!IsMark(c))
            {
                letters.Add(new Letter(c, ""));
            }
            else if (IsTone(c))
            {
                tone = c;
                toneCount++;
            }
            else if (letters.Count > 0 && c is Circumflex or Breve or Horn)
            {
                letters[^1] = letters[^1] with { Modifiers = letters[^1].Modifiers + c };
            }
            else
            {
                // A mark Vietnamese does not use: leave the word exactly as written.
                output.Append(word);
                return;
            }
        }

        var target = toneCount == 1 ? MainVowelIndex(letters) : null;
        if (target is null)
        {
            output.Append(word);
            return;
        }
        for (var i = 0; i < letters.Count; i++)
        {
            output.Append(letters[i].Base).Append(letters[i].Modifiers);
            if (i == target)
                output.Append(tone!.Value);
        }
    }

    /// <summary>Index of the letter that carries the tone, or null when the word is not one syllable.</summary>
    private static int? MainVowelIndex(List<Letter> letters)
    {
        var first = letters.FindIndex(l => l.IsVowel);
        if (first < 0)
            return null;
        var end = first;
        while (end < letters.Count && letters[end].IsVowel)
            end++;
        if (letters.Skip(end).Any(l => l.IsVowel))
            return null; // two vowel groups: not a Vietnamese syllable

        // In 'qu' and 'gi' + vowel the first letter belongs to the onset ('quý', 'giữa').
        if (end - first > 1 && first > 0)
        {
            var onset = letters[first - 1].Base;
            var glide = letters[first];
            if ((onset == 'q' && glide.Base == 'u') || (onset == 'g' && glide.Base == 'i' && !glide.IsModified))
                first++;
        }

        var length = end - first;
        var hasFinalConsonant = end < letters.Count;
        for (var i = end - 1; i >= first; i--)
        {
            if (letters[i].IsModified)
                return i; // 'ươ' → 'ơ', 'uyê' → 'ê', 'ưu' → 'ư'
        }
        return length switch
        {
            1 => first,
            2 => hasFinalConsonant ? first + 1 : first,
            _ => first + 1,
        };
    }
}
