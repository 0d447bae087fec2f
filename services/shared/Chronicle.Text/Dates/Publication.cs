namespace Chronicle.Text.Dates;

/// <summary>When the article was published, as far as it is known, and where that comes from.</summary>
/// <param name="Latest">The publication day, or the last day of the month when only the month is known.</param>
/// <param name="Description">Says which date it is and where it was read, for the anchor's reason.</param>
/// <param name="Source">Where it was read, in one word: given, page, dateline, address or timestamp.</param>
internal sealed record Publication(DateOnly Latest, DateGranularity Granularity, string Description, string Source)
{
    /// <summary>ISO 8601 at its granularity.</summary>
    public string ToIso() => Granularity == DateGranularity.Day ? Latest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        : Latest.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How many days a given publication date may lag behind the page's own stamp.</summary>
    private const int FeedLagDays = 2;

    /// <summary>
    /// The given publication date wins, unless the page's own stamp puts it a day or two earlier; without one, the date the page's markup declares (meta
    /// tags, JSON-LD, a &lt;time&gt; by the headline); then the date line the page printed above the
    /// article (kept aside by cleaning); then the date in the address (an id in it may be stamped
    /// when the piece was drafted); then a time stamp left in the text.
    /// </summary>
    public static Publication? Choose(DateOnly? publishedAt, string? url, string text, IReadOnlyList<DateMention> mentions,
        DateOnly? dateLine = null, Articles.PageDate? pageDate = null)
    {
        if (publishedAt is { } given)
        {
            // A feed dates a piece by when it took it in, often the morning after the page's own stamp
            // ('Thứ sáu, ngày 11/10/2024 20:02' for a piece given as of 12/10): the page says when it was published.
            var ownStamp = dateLine ?? PageStamps.PublicationDay(text, mentions);
            if (ownStamp is { } stamp && given.DayNumber - stamp.DayNumber is >= 1 and <= FeedLagDays)
                return new Publication(stamp, DateGranularity.Day,
                    $"the publication date {stamp:yyyy-MM-dd}, read from the page's own stamp a day before the given {given:yyyy-MM-dd}", "timestamp");
            return new Publication(given, DateGranularity.Day, $"the publication date {given:yyyy-MM-dd}", "given");
        }
        if (pageDate is not null)
            return new Publication(pageDate.Day, DateGranularity.Day, $"the publication date {pageDate.Day:yyyy-MM-dd}, read from the page's {pageDate.Source}", "page");
        if (dateLine is { } printed)
            return new Publication(printed, DateGranularity.Day, $"the publication date {printed:yyyy-MM-dd}, read from the page's date line", "dateline");
        if (UrlDates.Find(url) is { } fromAddress)
        {
            var what = fromAddress.Granularity == DateGranularity.Day ? "the publication date" : "the end of the publication month";
            return new Publication(fromAddress.Latest, fromAddress.Granularity,
                $"{what} {fromAddress.ToIso()}, read from the address ('{fromAddress.Text}')", "address");
        }
        if (PageStamps.PublicationDay(text, mentions) is { } stamped)
            return new Publication(stamped, DateGranularity.Day, $"the publication date {stamped:yyyy-MM-dd}, read from the page's time stamp", "timestamp");
        return null;
    }
}
