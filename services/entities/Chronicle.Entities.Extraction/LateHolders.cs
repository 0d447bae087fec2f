using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// People the article says have died ('cố Tổng Bí thư X', 'Lễ Quốc tang Tổng Bí thư X', 'X đã từ
/// trần', 'X (1944 - 2024)') hold no post on the article's day, even where a sentence names them
/// by their last post with no word saying so ('những di sản Tổng Bí thư X để lại'). Their sightings
/// seen in the article's present, or dated on or after the death is spoken of, are posts of the
/// late holder ('cố'), left by that day.
/// A sighting its own sentence dates before that keeps its aspect: the post was held then.
/// </summary>
internal static partial class LateHolders
{
    public static void MarkEnded(string text, List<RoleMention> roles)
    {
        var people = roles.Select(r => r.PersonName).Distinct(StringComparer.Ordinal).ToList();
        foreach (var person in people)
        {
            var deathSightings = roles.Where(r => r.PersonName == person && r.Qualifier == "late").ToList();
            // The day the article first shows the post left without being former: a funeral, a death.
            // 'cố' says nothing of when: a date its sentence gives speaks of something else ('di sản … sau năm 1975').
            var ends = roles.Where(r => r.PersonName == person
                && ((r.Qualifier == "late" && r.DateBasis != "sentence") || (r.Qualifier.Length == 0 && r.Aspect == RoleDating.Ended)));
            if (deathSightings.Count == 0 && !SaidToHaveDied(text, person))
                continue;
            var since = ends.Where(r => r.Date?.Iso is not null).Select(r => r.Date!.Iso!).Min(StringComparer.Ordinal);
            for (var i = 0; i < roles.Count; i++)
            {
                var role = roles[i];
                if (role.PersonName != person || role.Qualifier.Length > 0 || role.StatedEnd is not null || role.StatedStart is not null)
                    continue;
                var present = role.DateBasis != "sentence"
                    || (since is not null && role.Date?.Iso is { } day && string.CompareOrdinal(day, since) >= 0);
                if (present)
                    roles[i] = role with { Aspect = RoleDating.Ended, Qualifier = "late" };
            }
        }
        MarkKnownDeaths(roles);
    }

    /// <summary>
    /// Leaders whose death is public record: a tribute published the day after need not say it
    /// ('Tổng Bí thư X thường xuyên thăm hỏi …'). A sighting the article dates on or after that day,
    /// by no sentence of its own, is of the late holder, and what it shows is the post held until the
    /// death: it is dated to that day. One its sentence dates keeps its day.
    /// </summary>
    private static void MarkKnownDeaths(List<RoleMention> roles)
    {
        for (var i = 0; i < roles.Count; i++)
        {
            var role = roles[i];
            if (role.Qualifier.Length > 0 || role.StatedEnd is not null || role.StatedStart is not null || role.DateBasis == "sentence"
                || role.Date?.Iso is not { Length: 10 } day || !KnownDeaths.TryGetValue(role.PersonName, out var died)
                || string.CompareOrdinal(day, died) < 0)
                continue;
            roles[i] = role with { Qualifier = "late", Date = new ExtractedDate(died, "day"), DateBasis = "inferred" };
        }
    }

    /// <summary>Days of death of leaders the news still names by their last post.</summary>
    private static readonly Dictionary<string, string> KnownDeaths = new(StringComparer.Ordinal)
    {
        ["Hồ Chí Minh"] = "1969-09-02",
        ["Trần Phú"] = "1931-09-06",
        ["Lê Duẩn"] = "1986-07-10",
        ["Trường Chinh"] = "1988-09-30",
        ["Nguyễn Văn Linh"] = "1998-04-27",
        ["Phạm Văn Đồng"] = "2000-04-29",
        ["Võ Văn Kiệt"] = "2008-06-11",
        ["Võ Nguyên Giáp"] = "2013-10-04",
        ["Phan Văn Khải"] = "2018-03-17",
        ["Trần Đại Quang"] = "2018-09-21",
        ["Đỗ Mười"] = "2018-10-01",
        ["Lê Đức Anh"] = "2019-04-22",
        ["Lê Khả Phiêu"] = "2020-08-07",
        ["Nguyễn Phú Trọng"] = "2024-07-19",
        ["Trần Đức Lương"] = "2025-05-20",
    };

    /// <summary>A mention of the person after a word of mourning, or followed by the word for dying or by a life span.</summary>
    private static bool SaidToHaveDied(string text, string person)
    {
        for (var at = text.IndexOf(person, StringComparison.Ordinal); at >= 0; at = text.IndexOf(person, at + person.Length, StringComparison.Ordinal))
        {
            var from = Math.Max(0, at - LookBackChars);
            var end = at + person.Length;
            if (end < text.Length && char.IsLetter(text[end]))
                continue;
            if (MourningBefore().IsMatch(text.AsSpan(from, at - from)) || DyingAfter().IsMatch(text.AsSpan(end, Math.Min(LookAheadChars, text.Length - end))))
                return true;
        }
        return false;
    }

    private const int LookBackChars = 70;

    private const int LookAheadChars = 30;

    /// <summary>
    /// 'Lễ Quốc tang Tổng Bí thư ', 'linh cữu đồng chí ', 'cố Chủ tịch nước ': a word of mourning and
    /// then only words of a title (capitalised words and the few plain words titles carry), so that
    /// 'lễ tang do Chủ tịch nước' does not make the organiser the one mourned.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:[lL]ễ\s+tang|[qQ]uốc\s+tang|[tT]ang\s+lễ|[lL]inh\s+cữu|[dD]i\s+ảnh|[tT]ruy\s+điệu|[vV]ĩnh\s+biệt|[tT]hi\s+hài|[cC]ố|[vV]iếng|[tT]ưởng\s+(?:niệm|nhớ)|[tT]iễn\s+đưa|[aA]n\s+táng|[sS]inh\s+thời\s*,)(?:\s+(?:\p{Lu}[\p{L}\p{M}]*|nước|bí|thư|tịch|tướng|trưởng|quốc|hội|đồng|chí|ông|bà|nguyên|của|cho|ủy|uỷ|viên|ban|bộ|chính|trị|phủ|trung|ương))*\s+$",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft)] // ends where its span ends: matched from the right, tried at that end only
    private static partial Regex MourningBefore();

    /// <summary>' đã từ trần', ', người đã qua đời', ' đã ra đi mãi mãi', ' (1944 - 2024)'.</summary>
    [GeneratedRegex(@"^\s*(?:,\s*(?:người\s+)?)?(?:(?:đã|vừa|đột\s+ngột)\s+)?(?:từ\s+trần|qua\s+đời|tạ\s+thế|ra\s+đi\s+mãi\s+mãi)(?![\p{L}])|^\s*\(\s*(?:19|18)[0-9]{2}\s*[-–]\s*(?:19|20)[0-9]{2}\s*\)",
        RegexOptions.CultureInvariant)]
    private static partial Regex DyingAfter();
}
