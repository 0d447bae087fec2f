using System.Globalization;
using System.Text.RegularExpressions;

namespace Chronicle.Text.Articles;

/// <summary>The publication day a page declares in its markup.</summary>
/// <param name="Source">Where it was read, for the anchor's reason ('meta article:published_time').</param>
public sealed record PageDate(DateOnly Day, string Source);

/// <summary>
/// Reads the publication date a news page declares for machines: meta tags
/// (article:published_time, itemprop datePublished, pubdate...), JSON-LD datePublished, and the
/// &lt;time datetime&gt; printed by the headline. Modification dates are never taken.
/// </summary>
/// <remarks>
/// The raw HTML is scanned for those few tags rather than parsed again, so reading the date costs
/// little next to extracting the text. A time with an offset keeps the day as the page wrote it; a
/// time in UTC is moved to Vietnam's time (UTC+7), where the outlets write, before its day is taken.
/// </remarks>
public static partial class PageDates
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Vietnam's offset from UTC, for a time written in UTC.</summary>
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>The earliest year taken: older dates in markup are placeholders ('0001-01-01', '1970-01-01').</summary>
    private const int EarliestYear = 1990;

    /// <summary>Meta names and properties that give the publication date, strongest first.</summary>
    private static readonly string[] PublishedNames =
    [
        "article:published_time", "datepublished", "og:published_time", "article:published", "pubdate", "publishdate",
        "publish-date", "publish_date", "published_time", "dc.date.issued", "dcterms.issued", "dcterms.created",
        "parsely-pub-date", "sailthru.date", "date",
    ];

    [GeneratedRegex(@"<meta\b[^>]*>", Options)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"<time\b[^>]*>", Options)]
    private static partial Regex TimeTag();

    [GeneratedRegex(@"(?<name>[a-z_:.\-]+)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s""'>]+))", Options)]
    private static partial Regex Attribute();

    [GeneratedRegex(@"<script\b[^>]*application/ld\+json[^>]*>", Options)]
    private static partial Regex JsonLdStart();

    [GeneratedRegex(@"""datePublished""\s*:\s*""(?<value>[^""]{6,40})""")]
    private static partial Regex JsonLdPublished();

    [GeneratedRegex(@"<h1\b", Options)]
    private static partial Regex Headline();

    /// <summary>'2016-07-09', '2016-07-09T08:15:00+07:00', '2016/07/09 08:15', '20160709'.</summary>
    [GeneratedRegex(@"^\s*(?:(?<y>[0-9]{4})(?<sep>[-/.])(?<m>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2})|(?<y>[0-9]{4})(?<m>[0-9]{2})(?<d>[0-9]{2}))(?![0-9])(?:[T\s]+(?<h>[0-9]{1,2}):[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]+)?)?\s*(?<zone>Z|(?:UTC|GMT)(?![+-])|[+-][0-9]{2}:?[0-9]{2})?)?", Options)]
    private static partial Regex YearFirst();

    /// <summary>'09/07/2016 08:15': Vietnamese pages write the day first.</summary>
    [GeneratedRegex(@"^\s*(?<d>[0-9]{1,2})[-/.](?<m>[0-9]{1,2})[-/.](?<y>[0-9]{4})(?![0-9])", Options)]
    private static partial Regex DayFirst();

    /// <summary>The publication day the page declares, or null when it declares none that can be read.</summary>
    public static PageDate? Find(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return FromMeta(html) ?? FromJsonLd(html) ?? FromTimeByHeadline(html);
    }

    private static PageDate? FromMeta(string html)
    {
        PageDate? best = null;
        var bestRank = int.MaxValue;
        foreach (Match tag in MetaTag().Matches(html))
        {
            string? name = null, content = null;
            foreach (Match attribute in Attribute().Matches(tag.Value))
            {
                var key = attribute.Groups["name"].Value.ToLowerInvariant();
                if (key is "name" or "property" or "itemprop" or "http-equiv")
                    name ??= attribute.Groups["value"].Value.Trim().ToLowerInvariant();
                else if (key is "content" or "datetime")
                    content = attribute.Groups["value"].Value;
            }
            if (name is null || content is null)
                continue;
            var rank = Array.IndexOf(PublishedNames, name);
            if (rank < 0 || rank >= bestRank || Day(content) is not { } day)
                continue;
            (best, bestRank) = (new PageDate(day, $"meta {name}"), rank);
        }
        return best;
    }

    /// <summary>The first datePublished in the page's JSON-LD: the article's own comes before those of lists and teasers.</summary>
    private static PageDate? FromJsonLd(string html)
    {
        foreach (Match start in JsonLdStart().Matches(html))
        {
            var from = start.Index + start.Length;
            var end = html.IndexOf("</script", from, StringComparison.OrdinalIgnoreCase);
            if (end < 0)
                end = html.Length;
            var published = JsonLdPublished().Match(html, from, end - from);
            if (published.Success && Day(published.Groups["value"].Value) is { } day)
                return new PageDate(day, "JSON-LD datePublished");
        }
        return null;
    }

    /// <summary>
    /// A &lt;time datetime&gt; marked as the publication (itemprop datePublished, pubdate), else the
    /// first one after the headline: the site's clock in the header and related articles' times
    /// come before it or much further down.
    /// </summary>
    private static PageDate? FromTimeByHeadline(string html)
    {
        var headline = Headline().Match(html);
        PageDate? afterHeadline = null;
        foreach (Match tag in TimeTag().Matches(html))
        {
            string? datetime = null;
            var marked = false;
            foreach (Match attribute in Attribute().Matches(tag.Value))
            {
                var key = attribute.Groups["name"].Value.ToLowerInvariant();
                if (key == "datetime")
                    datetime = attribute.Groups["value"].Value;
                else if (key == "pubdate" || (key == "itemprop" && attribute.Groups["value"].Value.Equals("datePublished", StringComparison.OrdinalIgnoreCase)))
                    marked = true;
            }
            if (datetime is null || Day(datetime) is not { } day)
                continue;
            if (marked)
                return new PageDate(day, "<time> marked as published");
            if (afterHeadline is null && headline.Success && tag.Index > headline.Index)
                afterHeadline = new PageDate(day, "<time datetime> by the headline");
        }
        return afterHeadline;
    }

    /// <summary>The day a markup date names, or null when it cannot be read or is not plausible.</summary>
    internal static DateOnly? Day(string value)
    {
        var yearFirst = YearFirst().Match(value);
        var match = yearFirst.Success ? yearFirst : DayFirst().Match(value);
        if (!match.Success)
            return null;
        var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        if (year < EarliestYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        var date = new DateOnly(year, month, day);
        var zone = match.Groups["zone"].Value;
        if (zone.Length > 0 && zone[0] is 'Z' or 'z' or 'U' or 'u' or 'G' or 'g')
        {
            // 'T17:30:00Z' is already the next morning in Vietnam.
            var hour = int.Parse(match.Groups["h"].ValueSpan, CultureInfo.InvariantCulture);
            if (hour + VietnamOffset.Hours >= 24)
                date = date.AddDays(1);
        }
        return date;
    }
}
