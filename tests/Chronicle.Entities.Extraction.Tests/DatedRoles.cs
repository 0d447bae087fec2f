using Chronicle.Text;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>The roles a text yields as the services read it (normalised, anchored on its publication day), one line each.</summary>
internal static class DatedRoles
{
    /// <returns>'person | role | aspect date' for each distinct role read.</returns>
    public static List<string> Read(string text, string published)
    {
        var clean = VietnameseText.Normalize(text);
        var anchor = AnchorDateResolver.Resolve(clean, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        return [.. ArticleAnalyzer.Analyze("", clean, anchor).Roles.Select(r => $"{r.PersonName} | {r.Role} | {r.Aspect} {r.Date?.Iso}").Distinct()];
    }
}
