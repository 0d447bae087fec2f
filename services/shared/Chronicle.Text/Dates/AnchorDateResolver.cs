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
    [GeneratedRegex(@"(?<!\p{L})tổng\s+kết(?!\p{L})[^.\n]{0,80}?(?<!\p{L})năm\s+(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearEndReview();

    [GeneratedRegex(@"(?<!\p{L})hôm\s+nay(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Today();

    /// <param name="cleanText">The article's main text, normalised.</param>
    /// <param name="publishedAt">The publication date given with the document, when any.</param>
    public static AnchorDate Resolve(string cleanText, DateOnly? publishedAt)
    {
        ArgumentNullException.ThrowIfNull(cleanText);
        var mentions = DateRecognizer.Find(cleanText);
        var documentDates = CitedDocuments.DatesOfDocuments(cleanText, mentions);
        var eventDate = ReportLead.FindEventDate(cleanText, mentions, documentDates);

        if (eventDate is null)
            return FromTodayOrNothing(cleanText, publishedAt);
        if (eventDate.Year is { } written)
            return Dated(eventDate, written, YearBasis.Written, $"the year {written} is written with the date");

        int month = eventDate.Month!.Value, day = eventDate.Day!.Value;
        return FromYearEndReview(cleanText, eventDate, month)
            ?? FromPublication(eventDate, month, day, publishedAt)
            ?? FromCitedDocuments(eventDate, month, day, documentDates)
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

    /// <summary>Cited documents only bound the year from below; the year stays open.</summary>
    private static AnchorDate? FromCitedDocuments(DateMention eventDate, int month, int day, IReadOnlyList<DateMention> documentDates)
    {
        var latest = documentDates
            .Where(d => d.Year is not null && d.Granularity == DateGranularity.Day)
            .Select(d => new DateOnly(d.Year!.Value, d.Month!.Value, d.Day!.Value))
            .DefaultIfEmpty()
            .Max();
        if (latest == default)
            return null;
        // The event follows the document: the same year only if its day comes after the document's.
        var firstYear = IsAfter(latest.Year, month, day, latest) ? latest.Year : latest.Year + 1;
        var candidates = Enumerable.Range(firstYear, CandidateWindowYears + 1)
            .Where(year => DateRecognizer.IsValidDay(year, month, day))
            .ToList();
        return Undated(eventDate, candidates,
            $"cited documents dated {latest.Year} (latest {latest:yyyy-MM-dd}) put the event on {DayMonth(eventDate)} in {firstYear} or later; no other evidence fixes the year");
    }

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
