using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// 'Trưởng khoa Mắt, Bệnh viện X', 'Phó trưởng khoa Hồi sức – Chống độc - Bệnh viện Y', 'Trưởng khoa Chính trị học, Đại
/// học Z': a hospital's or a school's department ('khoa') is one of many bodies' departments of that name, so the post
/// is the department's together with the hospital or school written right after it. Read alone ('Trưởng khoa Mắt'), the
/// post would lose whose department it is. Only a hospital, school or institute closes it so: another post after the
/// comma ('…, Phó Giám đốc Bệnh viện X') is a second post, not the owner, and an owner followed by a person's name is
/// left alone, lest the post pass to the next person of a list.
/// </summary>
internal static partial class TitleParser
{
    /// <summary>The department's body with its owner, and where the post ends; the body and end unchanged where no owner follows.</summary>
    private static (string Body, int End) WithFacultyOwner(IReadOnlyList<Token> tokens, string head, string body, int end, string? province)
    {
        var faculty = head.EndsWith(" khoa", StringComparison.OrdinalIgnoreCase) || body.StartsWith("Khoa ", StringComparison.OrdinalIgnoreCase);
        if (!faculty || end + 1 >= tokens.Count || tokens[end].Text is not ("," or "-" or "–")
            || OwnerBody(tokens, end + 1, province) is not ({ } owner, var length) || !FacultyOwnerKind().IsMatch(owner))
        {
            return (body, end);
        }
        // '…, Bệnh viện X TS.BS Trần Thị Y: Phó Trưởng khoa …': a name right after the owner opens the next person of a
        // list (a degree before it may even be read into the owner's name); the post would pass to that person.
        var ownerEnd = end + 1 + length;
        return PersonNames.At(tokens, ownerEnd, afterTitle: true) is null ? ($"{body}, {owner}", ownerEnd) : (body, end);
    }

    /// <summary>The kinds of body a 'khoa' belongs to: a hospital, a school or university, an academy or an institute.</summary>
    [GeneratedRegex(@"^(?:Bệnh viện|Trường|Đại học|Học viện|Viện)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FacultyOwnerKind();
}
