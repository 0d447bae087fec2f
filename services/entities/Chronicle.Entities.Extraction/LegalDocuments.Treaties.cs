using System.Text.RegularExpressions;
using Chronicle.Text;

namespace Chronicle.Entities.Extraction;

internal static partial class LegalDocuments
{
    /// <summary>Most words a treaty's name keeps after its kind: 'Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương'.</summary>
    private const int TreatyNameWords = 14;

    /// <summary>
    /// Treaties, conventions and agreements the text calls by their name, with no number: 'Hiệp định Đối tác xuyên Thái
    /// Bình Dương (TPP)', 'Công ước Liên hợp quốc về Luật Biển năm 1982', 'Hiệp ước Montreux năm 1936', 'hiệp định
    /// Genève'. The name is what identifies such an act, as a law's does, so it stands for the number; a year written
    /// right after the name ('… năm 1982', '(tháng 7/1954)') or a signing in the same clause ('… được ký tại Hà Nội
    /// ngày 5/5/2015', '… ký năm 1987') dates it. Each treaty once, by its short name when it has one.
    /// Not read: a kind with no name ('Hiệp định này', 'các hiệp định thương mại tự do'), several of a kind ('các Hiệp
    /// định thương mại tự do (FTA)'), a body named after a treaty ('Tổ chức Hiệp ước Bắc Đại Tây Dương'), an agreement
    /// in lower case (any understanding), a name with figures in it (a clause of another act, a count).
    /// </summary>
    private static IEnumerable<LegalDocumentMention> TreatiesNamed(ArticleContext context)
    {
        var text = context.Text;
        var seen = new List<(string Kind, string Key, string? Short)>();
        foreach (Match treaty in TreatyName().Matches(text))
        {
            var sentence = context.SentenceOf(treaty.Index);
            var kind = SignedKind(treaty.Groups["kind"].Value);
            var name = OneSpace(treaty.Groups["name"].Value).TrimEnd(',', '.', ';', ':', ' ');
            var abbreviation = treaty.Groups["short"].Success ? treaty.Groups["short"].Value : null;
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || words.Length > TreatyNameWords || name.Any(char.IsDigit) || abbreviation is "FTA" or "FTAs")
                continue;
            // A lower-case kind is a treaty only before a proper name ('hiệp định Genève'), and only a treaty or a
            // convention: 'thỏa thuận Mỹ …' opens a clause as often as it names an accord.
            if (char.IsLower(treaty.Groups["kind"].Value[0]) && !char.IsUpper(words[0][0]))
                continue;
            // A lower-case name with no short form after it is a description ('Hiệp định thương mại biên giới'), read
            // only when it says between whom ('… giữa Việt Nam và Lào') or carries a capitalised word.
            if (!char.IsUpper(words[0][0]) && abbreviation is null && !words.Skip(1).Any(w => char.IsUpper(w[0])))
                continue;
            var key = VietnameseText.MatchKey(name);
            // 'Hiệp định Paris' after 'Hiệp định Paris về biến đổi khí hậu', or 'TPP' told with two spellings: one treaty.
            if (seen.Exists(s => s.Kind == kind && (s.Key.StartsWith(key, StringComparison.Ordinal) || key.StartsWith(s.Key, StringComparison.Ordinal)
                    || (abbreviation is not null && s.Short == abbreviation))))
                continue;
            seen.Add((kind, key, abbreviation));
            var number = abbreviation is null ? name : $"{name} ({abbreviation})";
            yield return new LegalDocumentMention(kind, number, null, TreatyDate(text, treaty, sentence), null, sentence);
        }
    }

    /// <summary>
    /// A treaty read already by another reading: of the same kind, in the same sentence, or with a name that opens
    /// with the other's ('Hiệp định Thương mại biên giới' signed in a year, then named again).
    /// </summary>
    private static bool SameTreaty(LegalDocumentMention read, LegalDocumentMention named)
    {
        if (read.Kind != named.Kind)
            return false;
        if (read.Evidence.Start == named.Evidence.Start)
            return true;
        var readName = VietnameseText.MatchKey(read.Number.StartsWith(read.Kind, StringComparison.Ordinal) ? read.Number[read.Kind.Length..].Trim() : read.Number);
        var name = VietnameseText.MatchKey(named.Number);
        return readName.Length > 0 && (readName.StartsWith(name, StringComparison.Ordinal) || name.StartsWith(readName, StringComparison.Ordinal));
    }

    /// <summary>
    /// A treaty's year written right after its name ('Công ước … năm 1982', 'Hiệp định Genève (tháng 7/1954)'), or the
    /// day or year its clause says it was signed ('… được ký tại Hà Nội vào ngày 5/5/2015', '… ký năm 1987').
    /// </summary>
    private static ExtractedDate? TreatyDate(string text, Match treaty, TextSpan sentence)
    {
        var end = treaty.Index + treaty.Length;
        var after = text.Substring(end, Math.Clamp(sentence.End - end, 0, 80));
        if (TreatyYearRightAfter().Match(after) is { Success: true } year)
            return year.Groups["m"].Success
                ? new ExtractedDate($"{year.Groups["y"].Value}-{int.Parse(year.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture):D2}", "month")
                : new ExtractedDate(year.Groups["y"].Value, "year");
        if (TreatySignedOn().Match(after) is { Success: true } signed)
        {
            if (signed.Groups["d"].Success)
                return new ExtractedDate($"{signed.Groups["y"].Value}-{int.Parse(signed.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture):D2}-{int.Parse(signed.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture):D2}", "day");
            return new ExtractedDate(signed.Groups["y"].Value, "year");
        }
        return null;
    }

    /// <summary>
    /// A treaty's kind and its name: capitalised words, or lower-case words up to a short form in brackets ('(TPP)') or a
    /// 'giữa …' of its parties; the name stops at a clause mark or a word that goes on with the sentence.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<!(?:[Tt]ổ\s+chức|[Pp]he|[Cc]ác|[Nn]hững|[Nn]hiều|[Ll]oạt)\s+)(?<kind>Hiệp\s+định|Hiệp\s+ước|Công\s+ước|Th(?:ỏa|oả)\s+thuận|Nghị\s+định\s+thư|hiệp\s+định|hiệp\s+ước|công\s+ước)\s+(?!(?:" + TreatyNameStops + @"|số|khung|mới|cũ|song\s+phương|đa\s+phương|quốc\s+tế|giữa\s+hai|của|không|thương\s+mại\s+tự\s+do\s+\(FTA\))(?![\p{L}]))(?<name>[\p{L}][\p{L}'’.-]*(?:(?:\s+|\s*[-–]\s*)(?!(?:" + TreatyNameStops + @")(?![\p{L}]))[\p{L}][\p{L}'’.-]*){0,16}?)(?:\s*\((?<short>\p{Lu}[\p{Lu}0-9+-]{1,9})\)|(?=\s*[,.;:()\n]|\s+(?:" + TreatyNameStops + @")(?![\p{L}])|\s*$))")]
    private static partial Regex TreatyName();

    /// <summary>Words that go on with the sentence after a treaty's name, and so end it ('… được ký', '… có hiệu lực', '… năm 1982').</summary>
    private const string TreatyNameStops =
        @"được|đã|đang|sẽ|vừa|có|là|năm|vào|ngày|tháng|ký|mà|thì|nhằm|để|nên|nhưng|khi|sau|trước|cũng|vẫn|bị|tại|cho|trong|với|hay|hoặc|này|đó|trên|nói\s+trên|và\s+các|ra|từ|như|chỉ|còn|sẽ|nay|lại|đến|tới|bởi|vì";

    /// <summary>' năm 1982', ' (UNCLOS) năm 1982', ' (tháng 7/1954)', ' 1954' right after a treaty's name.</summary>
    [GeneratedRegex(@"^\s*(?:\((?:tháng\s+(?<m>[0-9]{1,2})\s*[/-]\s*)?(?<y>(?:1[89]|20)[0-9]{2})\)|(?:năm\s+)?(?<y>(?:1[89]|20)[0-9]{2})(?![0-9]|[/.-][0-9]))")]
    private static partial Regex TreatyYearRightAfter();

    /// <summary>'… (đã) được ký (kết) (tại / ở Hà Nội) (vào) ngày 5/5/2015', '… ký năm 1987', in the clause after the name.</summary>
    [GeneratedRegex(@"^[^.;,]{0,30}?(?<![\p{L}])ký(?:\s+kết)?(?:\s+(?:tại|ở)\s+[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,2})?\s+(?:vào\s+)?(?:ngày\s+(?<d>[0-9]{1,2})\s*[/-]\s*(?<m>[0-9]{1,2})\s*[/-]\s*(?<y>(?:1[89]|20)[0-9]{2})|năm\s+(?<y>(?:1[89]|20)[0-9]{2}))(?![0-9])")]
    private static partial Regex TreatySignedOn();
}
