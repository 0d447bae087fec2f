namespace Chronicle.Text.Dates;

public enum DateGranularity { Day, Month, Year }

/// <summary>How the year of a date is known.</summary>
public enum YearBasis
{
    /// <summary>The year is written next to the day and month.</summary>
    Written,
    /// <summary>Taken from the publication date given with the document.</summary>
    Publication,
    /// <summary>Read from the text's own context (a year-end review, a term of office...).</summary>
    Context,
    /// <summary>Bounded by the dates of documents the text cites.</summary>
    CitedDocument,
    /// <summary>Inferred from knowledge outside this document.</summary>
    Inferred,
    /// <summary>The year cannot be known; see the candidate years.</summary>
    Unknown,
}

/// <summary>A date written in the text, as found, before any year is inferred.</summary>
/// <param name="Start">Offset of the first character in the text (UTF-16 code units).</param>
/// <param name="Length">Length of the matched text.</param>
/// <param name="Year">The year when written next to the date, otherwise null.</param>
public sealed record DateMention(
    int Start,
    int Length,
    string Text,
    int? Year,
    int? Month,
    int? Day,
    DateGranularity Granularity)
{
    public int End => Start + Length;

    /// <summary>The last day of a range such as 'từ ngày 26-29/10' (Day is the first); null for a single day.</summary>
    public int? EndDay { get; init; }

    /// <summary>
    /// Said relative to the day of writing ('hôm qua', 'tháng trước'): its year, month and day were
    /// counted from the anchor (<see cref="RelativeDate.From"/>), not written.
    /// </summary>
    public bool IsRelative { get; init; }
}

/// <summary>The day an article reports on, with the basis of its year.</summary>
public sealed record AnchorDate(
    int? Year,
    int? Month,
    int? Day,
    DateGranularity Granularity,
    YearBasis Basis,
    IReadOnlyList<int> CandidateYears,
    string Reason,
    DateMention? Mention)
{
    /// <summary>
    /// True when the day is one the text writes for the event (its year may still come from
    /// elsewhere); false when the publication date, or a day counted from it, stands for the event.
    /// </summary>
    public bool FromText { get; init; }

    /// <summary>
    /// When the article was published, as far as it is known (ISO 8601, a day or a month): the date
    /// given with it, else the one its page declares, prints, or writes in its address.
    /// </summary>
    public string? PublishedOn { get; init; }

    /// <summary>Where <see cref="PublishedOn"/> was read: given, page (its markup), dateline, address or timestamp.</summary>
    public string? PublishedFrom { get; init; }

    public static AnchorDate None(string reason) =>
        new(null, null, null, DateGranularity.Year, YearBasis.Unknown, [], reason, null);

    /// <summary>ISO 8601 at the date's granularity, or null when the year is unknown.</summary>
    public string? ToIso() => Year is null ? null : Granularity switch
    {
        DateGranularity.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DateGranularity.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };
}
