using System.Text.RegularExpressions;

namespace Chronicle.Text.Dates;

public enum TermKind
{
    /// <summary>'Đại hội XIII', 'Đại hội Đảng lần thứ XIII': the congress and the term it opens.</summary>
    PartyCongress,
    /// <summary>'khóa XIII' (Ban Chấp hành Trung ương, Bộ Chính trị... of that term).</summary>
    PartyTerm,
    /// <summary>'Quốc hội khóa XV': the National Assembly counts its terms differently.</summary>
    NationalAssemblyTerm,
    /// <summary>'nhiệm kỳ 2025-2030': a term written with its years.</summary>
    TermOfOffice,
}

/// <summary>A term of office named in the text, with the years it covers.</summary>
/// <param name="Number">The term's ordinal (XIII → 13) when written as one.</param>
/// <param name="StartYear">The year the term opens (for a party congress, the congress year).</param>
/// <param name="EndYear">The year the next term opens.</param>
public sealed record TermMention(int Start, int Length, string Text, TermKind Kind, int? Number, int StartYear, int EndYear)
{
    public int End => Start + Length;
}

/// <summary>
/// Finds 'khóa XIII', 'Đại hội XIII' and 'nhiệm kỳ 2021-2026'. They are spans of years, not event
/// dates: they only bound when something can have happened.
/// </summary>
public static partial class TermRecognizer
{
    private const string Roman = @"(?<roman>[IVXL]{1,7})(?![\p{L}0-9])";

    [GeneratedRegex(@"(?<![\p{L}0-9])(?<congress>(?i:đại\s+hội)(?:\s+(?i:đảng(?:\s+toàn\s+quốc)?|đại\s+biểu\s+toàn\s+quốc))?(?:\s+(?i:lần\s+thứ))?\s+)" + Roman)]
    private static partial Regex Congress();

    [GeneratedRegex(@"(?<![\p{L}0-9])(?<assembly>(?i:quốc\s+hội)\s+)?(?i:khóa|khoá)\s+" + Roman)]
    private static partial Regex Term();

    /// <summary>A congress of another country's party ('Đại hội XX của Đảng Cộng sản Trung Quốc') follows another calendar.</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:của\s+)?(?:Đảng\s+(?:Cộng\s+sản|Nhân\s+dân\s+Cách\s+mạng|Lao\s+động)\s+(?!Việt\s+Nam)\p{Lu}|ĐCS\s*(?!VN)\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex ForeignParty();

    [GeneratedRegex(@"(?<![\p{L}0-9])(?i:nhiệm\s+kỳ)\s+(?<from>[0-9]{4})\s*[-–]\s*(?<to>[0-9]{4})(?![0-9])")]
    private static partial Regex YearSpan();

    /// <summary>Congress years of the Communist Party of Viet Nam before the five-year rhythm set in (VI, 1986).</summary>
    private static readonly int[] EarlyPartyCongressYears = [1935, 1951, 1960, 1976, 1982];

    /// <summary>First years of the National Assembly's terms I–XV; from XV on, every five years.</summary>
    private static readonly int[] NationalAssemblyYears = [1946, 1960, 1964, 1971, 1975, 1976, 1981, 1987, 1992, 1997, 2002, 2007, 2011, 2016, 2021];

    /// <summary>Every term in the text, in order of appearance.</summary>
    public static IReadOnlyList<TermMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<TermMention>();
        foreach (Match match in Congress().Matches(text).Concat(Term().Matches(text)))
        {
            var after = text.AsSpan(match.Index + match.Length, Math.Min(60, text.Length - match.Index - match.Length));
            if (ForeignParty().IsMatch(after))
                continue;
            var kind = match.Groups["assembly"].Success ? TermKind.NationalAssemblyTerm
                : match.Groups["congress"].Success ? TermKind.PartyCongress
                : TermKind.PartyTerm;
            AddNumbered(found, match, kind);
        }
        foreach (Match match in YearSpan().Matches(text))
        {
            var from = int.Parse(match.Groups["from"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
            var to = int.Parse(match.Groups["to"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
            if (from is >= 1900 and <= 2100 && to > from && to - from <= 10)
                found.Add(new TermMention(match.Index, match.Length, match.Value, TermKind.TermOfOffice, null, from, to));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>The years a party congress number implies: XIII → 2021–2026, XIV → 2026–2031.</summary>
    public static (int StartYear, int EndYear)? PartyTermYears(int number) =>
        number < 1 ? null : (PartyCongressYear(number), PartyCongressYear(number + 1));

    /// <summary>The years a National Assembly term number implies: XV → 2021–2026.</summary>
    public static (int StartYear, int EndYear)? NationalAssemblyTermYears(int number) =>
        number < 1 ? null : (NationalAssemblyYear(number), NationalAssemblyYear(number + 1));

    /// <summary>Reads a Roman numeral ('XIII' → 13); null when it is not a well-formed one.</summary>
    public static int? ParseRoman(string numeral)
    {
        var total = 0;
        for (var i = 0; i < numeral.Length; i++)
        {
            var value = RomanDigit(numeral[i]);
            if (value == 0)
                return null;
            var next = i + 1 < numeral.Length ? RomanDigit(numeral[i + 1]) : 0;
            total += value < next ? -value : value;
        }
        // Reject malformed numerals ('IIII', 'VX') by writing the value back.
        return total > 0 && ToRoman(total) == numeral ? total : null;
    }

    private static void AddNumbered(List<TermMention> into, Match match, TermKind kind)
    {
        if (ParseRoman(match.Groups["roman"].Value) is not { } number || number > 30)
            return;
        var years = kind == TermKind.NationalAssemblyTerm ? NationalAssemblyTermYears(number) : PartyTermYears(number);
        if (years is { } span)
            into.Add(new TermMention(match.Index, match.Length, match.Value, kind, number, span.StartYear, span.EndYear));
    }

    private static int PartyCongressYear(int number) =>
        number <= EarlyPartyCongressYears.Length ? EarlyPartyCongressYears[number - 1] : 1986 + 5 * (number - 6);

    private static int NationalAssemblyYear(int number) =>
        number <= NationalAssemblyYears.Length ? NationalAssemblyYears[number - 1] : 2021 + 5 * (number - 15);

    private static int RomanDigit(char c) => c switch
    {
        'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => 0,
    };

    private static string ToRoman(int value)
    {
        ReadOnlySpan<(int Value, string Symbol)> table =
            [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var builder = new System.Text.StringBuilder();
        foreach (var (digit, symbol) in table)
        {
            while (value >= digit)
            {
                builder.Append(symbol);
                value -= digit;
            }
        }
        return builder.ToString();
    }
}
