using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// 'Thượng nghị sĩ Mỹ Lisa Carter của bang Oregon', 'nghị sĩ Tom Reed ở bang Iowa': an American legislator's
/// seat is a state's, and the state written right after the holder's name is part of the post
/// ('Thượng nghị sĩ Mỹ bang Oregon'), wherever the article names that person by the post. Without it the post
/// stays as the sentence gives it.
/// </summary>
internal static partial class AmericanLegislatorStates
{
    public static void Complete(string text, List<RoleMention> roles)
    {
        for (var k = 0; k < roles.Count; k++)
        {
            var role = roles[k];
            if (AmericanLegislator().Match(role.Role) is not { Success: true } post || role.PersonSpan.End <= role.PersonSpan.Start
                || role.PersonSpan.End >= text.Length)
                continue;
            var after = text.AsSpan(role.PersonSpan.End, Math.Min(MaxReach, text.Length - role.PersonSpan.End)).ToString();
            if (StateAfterName().Match(after) is not { Success: true } state)
                continue;
            var seat = $"{post.Groups["head"].Value} Mỹ bang {state.Groups["state"].Value}";
            roles[k] = role with { Role = seat, Organization = $"Mỹ bang {state.Groups["state"].Value}" };
        }
        // The seat told once is the one the person's other mentions of that post mean.
        for (var k = 0; k < roles.Count; k++)
        {
            var role = roles[k];
            if (AmericanLegislator().Match(role.Role) is not { Success: true } post)
                continue;
            var seats = roles.Where(r => r.PersonName == role.PersonName && r.Role.StartsWith(post.Groups["head"].Value + " Mỹ bang ", StringComparison.Ordinal))
                .Select(r => (r.Role, r.Organization)).Distinct().ToList();
            if (seats.Count == 1)
                roles[k] = role with { Role = seats[0].Role, Organization = seats[0].Organization };
        }
    }

    private const int MaxReach = 40;

    [GeneratedRegex(@"^(?<head>Thượng nghị sĩ|Hạ nghị sĩ|Nghị sĩ)(?: Quốc hội)? Mỹ$")]
    private static partial Regex AmericanLegislator();

    /// <summary>' của bang Ohio', ' ở bang Texas', ' (bang Utah)', ', bang Ohio', right after the name.</summary>
    [GeneratedRegex(@"^\s*(?:\(\s*|,\s*)?(?:(?:của|ở|đại diện cho|đại diện)\s+)?bang\s+(?<state>\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)?)(?![\p{L}\p{M}])")]
    private static partial Regex StateAfterName();
}
