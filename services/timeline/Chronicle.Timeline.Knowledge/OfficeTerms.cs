using System.Globalization;
using Chronicle.Text;

namespace Chronicle.Timeline.Knowledge;

/// <summary>One holder of one post for one span of time, with where that is known from.</summary>
/// <param name="Start">ISO date at the precision known.</param>
/// <param name="End">ISO date at the precision known; null while in office or not recorded.</param>
public sealed record OfficeTerm(string Role, string Person, string Start, string? End, bool Acting, string Source)
{
    // Keys are compared in every holders and anchor query: computed once. (Copies made with 'with'
    // keep them, so a term is never copied with another role or person.)
    public string RoleKey { get; } = Positions.Key(Role);

    public string PersonKey { get; } = KeyOf(Person);

    /// <summary>
    /// How a person is matched between news and the table: diacritics kept (Hùng and Hưng are two
    /// people, as their entity ids are), case and the two tone-mark conventions ignored.
    /// </summary>
    public static string KeyOf(string person) => VietnameseText.MatchKey(person);

    /// <summary>Certainly in office on <paramref name="day"/>: strictly inside the uncertain bounds.</summary>
    public bool CertainlyCovers(string day) =>
        PartialDates.Before(PartialDates.High(Start), day) && (End is null || PartialDates.Before(day, PartialDates.Low(End)));

    /// <summary>Possibly in office on <paramref name="day"/>, giving the uncertain bounds the benefit of the doubt.</summary>
    public bool PossiblyCovers(string day) =>
        !PartialDates.Before(day, PartialDates.Low(Start)) && (End is null || !PartialDates.Before(PartialDates.High(End), day));

    public override string ToString() => $"{Person} was {Role} {Start}–{End ?? "…"}";
}

/// <summary>The reference table shipped with Chronicle (Data/office-holders.csv).</summary>
public static class OfficeHolderTable
{
    public static IReadOnlyList<OfficeTerm> Shipped { get; } = Load();

    private static List<OfficeTerm> Load()
    {
        using var stream = typeof(OfficeHolderTable).Assembly.GetManifestResourceStream("office-holders.csv")
            ?? throw new InvalidOperationException("office-holders.csv is not embedded.");
        using var reader = new StreamReader(stream);
        var terms = new List<OfficeTerm>();
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            if (header)
            {
                header = false;
                continue;
            }
            // The source note is last and may itself contain commas.
            var fields = line.Split(',', 6);
            terms.Add(new OfficeTerm(fields[0], fields[1], fields[2], fields[3].Length == 0 ? null : fields[3],
                fields[4].Equals("acting", StringComparison.OrdinalIgnoreCase), fields[5]));
        }
        return terms;
    }

    /// <summary>Whether a value is an ISO date at year, month or day precision.</summary>
    public static bool IsPartialDate(string value) =>
        value.Length switch
        {
            4 => DateOnly.TryParseExact(value + "-01-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            7 => DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            10 => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => false,
        };
}
