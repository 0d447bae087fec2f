namespace Chronicle.Text.Articles;

/// <summary>The language a text shows, for pages that do not declare one: only Vietnamese is told apart.</summary>
internal static class TextLanguage
{
    /// <summary>Letters only Vietnamese writes among Latin-script languages (ơ, ư, đ and the tone-marked vowels of ạ, ả, ẽ …).</summary>
    private static bool IsVietnameseLetter(char c) =>
        c is 'ơ' or 'ư' or 'đ' or 'Ơ' or 'Ư' or 'Đ' || c is >= '\u1EA0' and <= '\u1EF9';

    /// <summary>Below this many letters a guess is no better than none.</summary>
    private const int MinLetters = 200;

    /// <summary>Vietnamese prose has one such letter every 15 or so; other Latin-script text almost none.</summary>
    private const double VietnameseShare = 0.02;

    /// <summary>'vi' when the text is clearly Vietnamese, else null (unknown).</summary>
    public static string? Guess(string text)
    {
        var (letters, vietnamese) = (0, 0);
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
                continue;
            letters++;
            if (IsVietnameseLetter(c))
                vietnamese++;
        }
        return letters >= MinLetters && vietnamese >= letters * VietnameseShare ? "vi" : null;
    }
}
