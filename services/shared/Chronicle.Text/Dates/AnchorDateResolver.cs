using System.Globalization;
using System.Text.RegularExpressions;

namespace Chronicle.Text.Dates;

/// <summary>Chooses the day an article reports on and how its year is known.</summary>
/// <remarks>
/// The year comes from, in order of strength: the year written with the day; a year-end review
/// ('tổng kết công tác năm 2021' held on 11/1 → 2022); the publication date; the dates of cited
/// documents (a lower bound only). A year is never guessed: when none of these settles it the
/// year stays null and <see cref="AnchorDate.CandidateYears"/> lists what remains plausible.
/// </remarks>
public static partial class AnchorDateResolver
{
    /// <summary>How many years after the latest cited document are still offered as candidates.</summary>
    private const int CandidateWindowYears = 3;

    /// <summary>'tổng kết công tác năm 2021', 'Tổng kết ... năm 2020': the reviewed year.</summary>
    [GeneratedRegex(@"(?<!\p{L})tổng\s+kết(?!\p{L})[^.\n]{0,80}?(?<!\p{L})năm\s+(?<y>[0-9]{4})(?![0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearEndReview();

    /// <summary>'sơ kết hai năm thực hiện Chỉ thị số 12-CT/TW': a review a given number of years into a document.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:sơ|tổng)\s+kết\s+(?<n>[0-9]{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+năm\s+(?:thực\s+hiện|triển\s+khai|thi\s+hành)[^.\n]{0,40}?(?<number>[0-9]{1,4}(?:/[0-9]{4})?[-/]\p{Lu}{1,6}(?:[-/]\p{L}{1,8})*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnniversaryReview();

    [GeneratedRegex(@"(?<!\p{L})hôm\s+nay(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Today();

    /// <param name="cleanText">The article's main text, normalised.</param>
    /// <param name="publishedAt">The publication date given with the document, when any.</param>
    public static AnchorDate Resolve(string cleanText, DateOnly? publishedAt)
    {
        ArgumentNullException.ThrowIfNull(cleanText);
        var mentions = DateRecognizer.Find(cleanText);
        var documents = CitedDocuments.Find(cleanText, mentions);
        var eventDate = ReportLead.FindEventDate(cleanText, mentions, documents.Select(d => d.Date).ToHashSet());

        if (eventDate is null)
            return FromTodayOrNothing(cleanText, publishedAt);
        if (eventDate.Year is { } written)
            return Dated(eventDate, written, YearBasis.Written, $"the year {written} is written with the date");

        int month = eventDate.Month!.Value, day = eventDate.Day!.Value;
        return FromYearEndReview(cleanText, eventDate, month)
            ?? FromPublication(eventDate, month, day, publishedAt)
            ?? FromCitedDocuments(cleanText, eventDate, month, day, documents)
            ?? Undated(eventDate, [], $"no year is written with {DayMonth(eventDate)} and neither the text nor a publication date gives one");
    }

    /// <summary>A review of year X is held in its last weeks or in the first months of X+1.</summary>
    private static AnchorDate? FromYearEndReview(string text, DateMention eventDate, int month)
    {
        var review = YearEndReview().Match(text);
        if (!review.Success)
            return null;
        var reviewed = int.Parse(review.Groups["y"].ValueSpan, provider: CultureInfo.InvariantCulture);
        var year = month switch
        {
            12 => reviewed,
            <= 3 => reviewed + 1,
            _ => (int?)null,
        };
        if (year is null || !DateRecognizer.IsValidDay(year, month, eventDate.Day!.Value))
            return null;
        var when = month == 12 ? "in December of that year" : "early in the following year";
        return Dated(eventDate, year.Value, YearBasis.Context,
            $"a year-end review of {reviewed} ('{review.Value}') held on {DayMonth(eventDate)} falls {when}: {year}");
    }

    /// <summary>The latest occurrence of the day on or before the publication date.</summary>
    private static AnchorDate? FromPublication(DateMention eventDate, int month, int day, DateOnly? publishedAt)
    {
        if (publishedAt is not { } published)
            return null;
        // Four years back reaches a 29 February from any publication date.
        for (var year = published.Year; year >= published.Year - 4; year--)
        {
            if (DateRecognizer.IsValidDay(year, month, day) && new DateOnly(year, month, day) <= published)
            {
                return Dated(eventDate, year, YearBasis.Publication,
                    $"{DayMonth(eventDate)} is the latest such day on or before the publication date {published:yyyy-MM-dd}");
            }
        }
        return null;
    }

    /// <summary>
    /// Cited documents bound the year from below. The year stays open unless the text reviews a
    /// document N years on ('sơ kết hai năm thực hiện Chỉ thị số 12-CT/TW').
    /// </summary>
    private static AnchorDate? FromCitedDocuments(string text, DateMention eventDate, int month, int day, IReadOnlyList<CitedDocuments.Dated> documents)
    {
        var dated = documents.Where(d => d.Date.Year is not null && d.Date.Granularity == DateGranularity.Day).ToList();
        if (dated.Count == 0)
            return null;
        var latest = dated.Max(d => AsDate(d.Date));
        // The event follows the document: the same year only if its day comes after the document's.
        var firstYear = IsAfter(latest.Year, month, day, latest) ? latest.Year : latest.Year + 1;
        var candidates = Enumerable.Range(firstYear, CandidateWindowYears + 1)
            .Where(year => DateRecognizer.IsValidDay(year, month, day))
            .ToList();
        var bound = $"cited documents dated {latest.Year} (latest {latest:yyyy-MM-dd}) put the event on {DayMonth(eventDate)} in {firstYear} or later";

        if (AnniversaryReviewYear(text, dated) is { } review && candidates.Contains(review.Year))
            return Dated(eventDate, review.Year, YearBasis.CitedDocument, $"{bound}; the text reviews {review.Phrase}: {review.Year}");
        return Undated(eventDate, candidates, $"{bound}; no other evidence fixes the year");
    }

    /// <summary>'sơ kết hai năm thực hiện Chỉ thị số 12-CT/TW' with the Chỉ thị dated 2022 → 2024.</summary>
    private static (int Year, string Phrase)? AnniversaryReviewYear(string text, IReadOnlyList<CitedDocuments.Dated> dated)
    {
        var review = AnniversaryReview().Match(text);
        if (!review.Success || YearsInWords(review.Groups["n"].Value) is not { } years)
            return null;
        var document = dated.FirstOrDefault(d => d.Number == review.Groups["number"].Value);
        return document is null ? null : (document.Date.Year!.Value + years, $"'{review.Value}' of a document dated {document.Date.Year}");
    }

    private static int? YearsInWords(string count) => count.ToLowerInvariant() switch
    {
        "một" => 1, "hai" => 2, "ba" => 3, "bốn" => 4, "năm" => 5, "sáu" => 6, "bảy" => 7, "tám" => 8, "chín" => 9, "mười" => 10,
        var digits => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null,
    };

    private static DateOnly AsDate(DateMention mention) => new(mention.Year!.Value, mention.Month!.Value, mention.Day!.Value);

    private static bool IsAfter(int year, int month, int day, DateOnly bound) =>
        DateRecognizer.IsValidDay(year, month, day) && new DateOnly(year, month, day) > bound;

    /// <summary>'hôm nay' is the publication date when one is given.</summary>
    private static AnchorDate FromTodayOrNothing(string text, DateOnly? publishedAt)
    {
        if (publishedAt is { } published && Today().IsMatch(text))
        {
            return new AnchorDate(published.Year, published.Month, published.Day, DateGranularity.Day, YearBasis.Publication, [published.Year],
                $"the text reports on 'hôm nay', the publication date {published:yyyy-MM-dd}", null);
        }
        return AnchorDate.None("the text writes no day and month for the event");
    }

    private static AnchorDate Dated(DateMention mention, int year, YearBasis basis, string reason) =>
        new(year, mention.Month, mention.Day, DateGranularity.Day, basis, [year], reason, mention);

    private static AnchorDate Undated(DateMention mention, IReadOnlyList<int> candidates, string reason) =>
        new(null, mention.Month, mention.Day, DateGranularity.Day, YearBasis.Unknown, candidates, reason, mention);

    private static string DayMonth(DateMention mention) => $"{mention.Day}/{mention.Month}";
}
