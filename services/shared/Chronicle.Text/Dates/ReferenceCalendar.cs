namespace Chronicle.Text.Dates;

/// <summary>What kind of sitting a calendar entry is.</summary>
public enum SittingKind
{
    /// <summary>'Kỳ họp thứ N, Quốc hội khóa XV'.</summary>
    NationalAssemblySession,
    /// <summary>'Kỳ họp bất thường lần thứ N, Quốc hội khóa XV'.</summary>
    NationalAssemblySpecialSession,
    /// <summary>'Hội nghị Trung ương N khóa XIII': a plenum of the Party Central Committee.</summary>
    CentralCommitteePlenum,
    /// <summary>'Đại hội XIII': a national congress of the Communist Party of Viet Nam.</summary>
    PartyCongress,
}

/// <summary>A dated sitting: its term ('khóa'), its number in that term, and when it met.</summary>
/// <param name="Term">The term's number (XV → 15); for a party congress, its own number.</param>
/// <param name="Number">The sitting's number within the term; for a party congress, its own number.</param>
/// <param name="Opened">The first day; for entries known to the month only, the month's first day.</param>
/// <param name="Closed">The last day; for entries known to the month only, the month's last day.</param>
public sealed record Sitting(SittingKind Kind, int Term, int Number, DateOnly Opened, DateOnly Closed)
{
    /// <summary>Whether the day falls in the sitting or within the given days before or after it.</summary>
    public bool IsNear(DateOnly day, int marginDays) =>
        day >= Opened.AddDays(-marginDays) && day <= Closed.AddDays(marginDays);
}

/// <summary>
/// Sittings whose dates are well established, for reading the year of an article that writes only a
/// day and a month. Only what is certain is listed: a sitting missing here is simply not used.
/// </summary>
public static class ReferenceCalendar
{
    public static IReadOnlyList<Sitting> Sittings { get; } =
    [
        // The National Assembly, term XIII (elected May 2011): regular sessions.
        Session(13, 1, "2011-07-21", "2011-08-06"),
        Session(13, 2, "2011-10-20", "2011-11-26"),
        Session(13, 3, "2012-05-21", "2012-06-23"),
        Session(13, 4, "2012-10-22", "2012-11-24"),
        Session(13, 5, "2013-05-20", "2013-06-18"),
        Session(13, 6, "2013-10-21", "2013-11-29"),
        Session(13, 7, "2014-05-20", "2014-06-24"),
        Session(13, 8, "2014-10-20", "2014-11-28"),
        Session(13, 9, "2015-05-20", "2015-06-26"),
        Session(13, 10, "2015-10-20", "2015-11-27"),
        Session(13, 11, "2016-03-21", "2016-04-12"),
        // The National Assembly, term XIV (elected May 2016): regular sessions.
        Session(14, 1, "2016-07-20", "2016-07-29"),
        Session(14, 2, "2016-10-20", "2016-11-22"),
        Session(14, 3, "2017-05-22", "2017-06-21"),
        Session(14, 4, "2017-10-23", "2017-11-24"),
        Session(14, 5, "2018-05-21", "2018-06-15"),
        Session(14, 6, "2018-10-22", "2018-11-21"),
        Session(14, 7, "2019-05-20", "2019-06-14"),
        Session(14, 8, "2019-10-21", "2019-11-27"),
        Session(14, 9, "2020-05-20", "2020-06-19"),
        Session(14, 10, "2020-10-20", "2020-11-17"),
        Session(14, 11, "2021-03-24", "2021-04-08"),
        // The National Assembly, term XV (elected May 2021): regular sessions.
        Session(15, 1, "2021-07-20", "2021-07-28"),
        Session(15, 2, "2021-10-20", "2021-11-13"),
        Session(15, 3, "2022-05-23", "2022-06-16"),
        Session(15, 4, "2022-10-24", "2022-11-15"),
        Session(15, 5, "2023-05-22", "2023-06-24"),
        Session(15, 6, "2023-10-23", "2023-11-29"),
        Session(15, 7, "2024-05-20", "2024-06-29"),
        Session(15, 8, "2024-10-21", "2024-11-30"),
        Session(15, 9, "2025-05-05", "2025-06-27"),
        // The National Assembly, term XV: special sessions ('bất thường') whose dates are certain.
        SpecialSession(15, 1, "2022-01-04", "2022-01-11"),
        SpecialSession(15, 5, "2024-01-15", "2024-01-18"),
        SpecialSession(15, 9, "2025-02-12", "2025-02-19"),
        // Plenums of the Party Central Committee, terms XI and XII, to the month (only those whose
        // month is certain; within a month's margin a neighbour would not change the year anyway).
        Plenum(11, 3, 2011, 10),
        Plenum(11, 5, 2012, 5),
        Plenum(11, 6, 2012, 10),
        Plenum(11, 7, 2013, 5),
        Plenum(11, 8, 2013, 10),
        Plenum(11, 9, 2014, 5),
        Plenum(11, 12, 2015, 10),
        Plenum(11, 13, 2015, 12),
        Plenum(12, 4, 2016, 10),
        Plenum(12, 5, 2017, 5),
        Plenum(12, 6, 2017, 10),
        Plenum(12, 7, 2018, 5),
        Plenum(12, 8, 2018, 10),
        Plenum(12, 10, 2019, 5),
        Plenum(12, 11, 2019, 10),
        Plenum(12, 13, 2020, 10),
        Plenum(12, 15, 2021, 1),
        // Plenums of the Party Central Committee, term XIII, to the month.
        Plenum(13, 1, 2021, 1),
        Plenum(13, 2, 2021, 3),
        Plenum(13, 4, 2021, 10),
        Plenum(13, 5, 2022, 5),
        Plenum(13, 6, 2022, 10),
        Plenum(13, 7, 2023, 5),
        Plenum(13, 8, 2023, 10),
        Plenum(13, 9, 2024, 5),
        Plenum(13, 10, 2024, 9),
        Plenum(13, 11, 2025, 4),
        // National congresses of the Party, to the month (XIII ran from late January into 1 February,
        // within the month's margin); XIV is listed to its quarter only.
        Congress(11, 2011, 1),
        Congress(12, 2016, 1),
        Congress(13, 2021, 1),
        Congress(14, 2026, 1) with { Closed = new DateOnly(2026, 3, 31) },
    ];

    /// <summary>The sitting of that kind, term and number, when listed.</summary>
    public static Sitting? Find(SittingKind kind, int term, int number) =>
        Sittings.FirstOrDefault(s => s.Kind == kind && s.Term == term && s.Number == number);

    private static Sitting Session(int term, int number, string opened, string closed) =>
        new(SittingKind.NationalAssemblySession, term, number, DateOnly.Parse(opened, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(closed, System.Globalization.CultureInfo.InvariantCulture));

    private static Sitting SpecialSession(int term, int number, string opened, string closed) =>
        Session(term, number, opened, closed) with { Kind = SittingKind.NationalAssemblySpecialSession };

    private static Sitting Plenum(int term, int number, int year, int month) =>
        new(SittingKind.CentralCommitteePlenum, term, number, new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    private static Sitting Congress(int number, int year, int month) =>
        new(SittingKind.PartyCongress, number, number, new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
}
