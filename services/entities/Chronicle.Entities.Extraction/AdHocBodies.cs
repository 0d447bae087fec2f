using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// Bodies set up for one task, whose full name the article gives once and then shortens: a funeral
/// committee ('Ban Lễ tang' of the one mourned), an inspection team ('Đoàn Kiểm tra số 1348 của Bộ
/// Chính trị'), a congress sub-committee ('Tiểu ban Nhân sự Đại hội XIV của Đảng'). Their posts are
/// written in ways no single title reads: 'Ban X … do ông Y làm Trưởng ban', 'Hai phó ban là A và B',
/// 'ông Y, Trưởng Đoàn Kiểm tra', 'thành viên Tiểu ban, gồm các đồng chí: …'. A steering committee
/// a post names in full ('Trưởng Ban Chỉ đạo liên ngành …') lists its members so too: 'Các ủy viên
/// Ban Chỉ đạo gồm:', then one a line. Each post is named with the body's full name.
/// </summary>
internal static partial class AdHocBodies
{
    public static void AddPosts(string text, IReadOnlyList<TextSpan> sentences, List<RoleMention> roles)
    {
        var bodies = FullNames(text, roles);
        if (bodies.Count == 0)
            return;
        var added = new List<RoleMention>();
        string? headedBody = null;
        (string Head, string Body)? listRunning = null;
        foreach (var sentence in sentences)
        {
            var inSentence = roles.Where(r => r.Evidence == sentence && r.PersonSpan != r.TitleSpan).ToList();
            var deputiesOf = headedBody;
            headedBody = null;

            // 'Các ủy viên Ban Chỉ đạo gồm:' and one member a line after it: each line's person is a
            // member, until a line names nobody or closes the list with a full stop.
            if (listRunning is var (listHead, listBody))
            {
                foreach (var member in inSentence.DistinctBy(r => r.PersonName))
                    added.Add(Post(member, MemberHead(text, member, listHead), listBody));
                if (inSentence.Count == 0 || text[sentence.End - 1] == '.')
                    listRunning = null;
            }
            var members = MembersListed().Match(text, sentence.Start, sentence.Length);
            if (members.Success && FullName(bodies, members.Groups["body"].Value) is { } memberBody)
            {
                var head = MemberWord(members.Groups["word"].Value);
                var afterColon = members.Index + members.Length;
                foreach (var member in inSentence.Where(r => r.PersonSpan.Start > afterColon).DistinctBy(r => r.PersonName))
                    added.Add(Post(member, MemberHead(text, member, head), memberBody));
                // The colon closes the line: the members follow, one a line.
                if (text.AsSpan(afterColon, sentence.End - afterColon).IsWhiteSpace())
                    listRunning = (head, memberBody);
            }
            if (inSentence.Count == 0)
                continue;

            // 'Ban X gồm … thành viên do Chủ tịch nước Y làm Trưởng ban.'
            var made = HeadMadeBy().Match(text, sentence.Start, sentence.Length);
            if (made.Success && FullName(bodies, made.Groups["body"].Value) is { } body)
            {
                var who = made.Groups["who"];
                if (inSentence.Where(r => r.PersonSpan.Start >= who.Index && r.PersonSpan.End <= who.Index + who.Length).MaxBy(r => r.PersonSpan.Start) is { } head)
                    added.Add(Post(head, "Trưởng", body));
                headedBody = body;
            }

            // 'Hai phó ban là A và B.' after the sentence naming the head, or in it.
            var deputies = DeputiesNamed().Match(text, sentence.Start, sentence.Length);
            if (deputies.Success && (headedBody ?? deputiesOf) is { } deputyBody)
            {
                foreach (var deputy in inSentence.Where(r => r.PersonSpan.Start > deputies.Index).DistinctBy(r => r.PersonName))
                    added.Add(Post(deputy, "Phó Trưởng", deputyBody));
            }

            // 'ông Y, Phó Chánh Văn phòng …, Phó Trưởng Đoàn kiểm tra số 1348': a post in apposition
            // after the name and the posts the chain already gave it.
            foreach (var person in inSentence.GroupBy(r => r.PersonSpan))
            {
                var at = AfterChain(text, sentence, person.Key.End, person.Select(r => r.TitleSpan).ToList());
                var apposed = ApposedPost().Match(text, at, sentence.End - at);
                if (apposed.Success && FullName(bodies, apposed.Groups["body"].Value) is { } apposedBody)
                    added.Add(Post(person.First(), HeadOf(apposed.Groups["head"].Value), apposedBody));
            }
        }
        foreach (var role in added)
        {
            if (!roles.Any(r => r.PersonName == role.PersonName && r.Role == role.Role))
                roles.Add(role);
        }
    }

    /// <summary>The post built on the sighting that located its holder: same person, sentence and date.</summary>
    private static RoleMention Post(RoleMention seen, string head, string body) =>
        seen with { Role = $"{head} {body}", Title = head, Organization = body, Qualifier = "", Aspect = RoleDating.Held, StatedStart = null, StatedEnd = null };

    private static string HeadOf(string written) => Spacing.OneSpace(written).ToLowerInvariant() switch
    {
        "trưởng" => "Trưởng",
        "phó trưởng" => "Phó Trưởng",
        "thường trực" => "Thường trực",
        _ => "Thành viên",
    };

    /// <summary>'thành viên' or 'ủy viên': the word the list's opening calls its members by.</summary>
    private static string MemberWord(string written) =>
        Chronicle.Text.VietnameseText.MatchKey(written).StartsWith('t') ? "Thành viên" : "Ủy viên";

    /// <summary>'Thứ trưởng Bộ Y tế X (Ủy viên thường trực)': a member whose aside says he is the standing one.</summary>
    private static string MemberHead(string text, RoleMention member, string head) =>
        StandingMemberAside().IsMatch(text, member.PersonSpan.End) ? $"{head} Thường trực" : head;

    /// <summary>Where the chain of titles after a name ends: past commas, dashes and the titles read there.</summary>
    private static int AfterChain(string text, TextSpan sentence, int at, List<TextSpan> titles)
    {
        while (true)
        {
            var next = at;
            while (next < sentence.End && text[next] is ' ' or ',' or '-' or '–')
                next++;
            var title = titles.FirstOrDefault(t => t.Start == next && t.End > next);
            if (title == default)
                return at;
            at = title.End;
        }
    }

    /// <summary>The body's full name for the short form written: the one full name it begins.</summary>
    private static string? FullName(List<string> bodies, string written)
    {
        var key = Key(written);
        var matching = bodies.Where(b => Key(b).StartsWith(key, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        return matching.Count == 1 ? matching[0] : null;
    }

    private static string Key(string name) => Spacing.OneSpace(Chronicle.Text.VietnameseText.MatchKey(name)).Trim();

    /// <summary>The full names of the ad-hoc bodies the article writes out.</summary>
    private static List<string> FullNames(string text, List<RoleMention> roles)
    {
        var names = new List<string>();
        foreach (Match team in NumberedTeam().Matches(text))
            names.Add($"Đoàn {Capitalised(team.Groups["kind"].Value)} số {team.Groups["number"].Value} của {Spacing.OneSpace(team.Groups["owner"].Value)}");
        foreach (Match sub in SubCommittee().Matches(text))
            names.Add($"Tiểu ban {Spacing.OneSpace(sub.Groups["what"].Value)} Đại hội {sub.Groups["congress"].Value} của Đảng");
        // 'Trưởng Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm': a steering committee a post names in full.
        names.AddRange(roles.Select(r => r.Organization).Where(o => o.StartsWith("Ban Chỉ đạo ", StringComparison.Ordinal)));
        if (FuneralWords().IsMatch(text) && Mourned(roles) is { } mourned)
        {
            names.Add($"Ban Lễ tang {mourned}");
            names.Add($"Ban Tổ chức Lễ tang {mourned}");
        }
        return names;
    }

    /// <summary>'Tổng Bí thư Nguyễn Phú Trọng': the late person the article names most, with the post it names them by.</summary>
    private static string? Mourned(List<RoleMention> roles)
    {
        var late = roles.Where(r => r.Qualifier == "late" && r.PersonSpan != r.TitleSpan).GroupBy(r => r.PersonName).OrderByDescending(g => g.Count()).FirstOrDefault();
        if (late is null)
            return null;
        var post = late.GroupBy(r => r.Role).OrderByDescending(g => g.Count()).First().Key;
        return $"{post} {late.Key}";
    }

    private static string Capitalised(string words)
    {
        var one = Spacing.OneSpace(words);
        return char.ToUpperInvariant(one[0]) + one[1..];
    }

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(@"Đoàn\s+(?<kind>[kK]iểm\s+tra|[cC]ông\s+tác|[gG]iám\s+sát)\s+số\s+(?<number>[0-9]+)\s+của\s+(?<owner>Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Ban\s+Chấp\s+hành\s+Trung\s+ương|Ủy\s+ban\s+Kiểm\s+tra\s+Trung\s+ương|Ủy\s+ban\s+Thường\s+vụ\s+Quốc\s+hội|Chính\s+phủ|Quốc\s+hội)", Options)]
    private static partial Regex NumberedTeam();

    [GeneratedRegex(@"Tiểu\s+ban\s+(?<what>\p{Lu}[\p{L}\p{M}]*(?:\s+(?:-\s+)?[\p{L}\p{M}]+){0,4}?)\s+Đại\s+hội\s+(?<congress>[XVIL]+)(?![\p{L}])", Options)]
    private static partial Regex SubCommittee();

    [GeneratedRegex(@"(?<![\p{L}])(?:[lL]ễ\s+tang|[qQ]uốc\s+tang)(?![\p{L}])", Options)]
    private static partial Regex FuneralWords();

    /// <summary>'Ban lễ tang … do Chủ tịch nước Y làm Trưởng ban', 'Ban tổ chức lễ tang … do Y là Trưởng ban', 'Đoàn Kiểm tra số 1348 … do ông Y, … làm trưởng đoàn'.</summary>
    [GeneratedRegex(@"(?<body>Ban\s+(?:[tT]ổ\s+chức\s+)?[lL]ễ\s+tang|Đoàn\s+(?:[kK]iểm\s+tra|[cC]ông\s+tác|[gG]iám\s+sát)(?:\s+số\s+[0-9]+)?|Tiểu\s+ban\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Ll}+)?)[^.;:]*?\sdo\s(?<who>[^.;:]*?)\s(?:làm|là)\s+[tT]rưởng\s+(?:ban|đoàn|[tT]iểu\s+ban)(?![\p{L}])", Options)]
    private static partial Regex HeadMadeBy();

    /// <summary>'Hai phó ban là', 'Các Phó Trưởng đoàn gồm'.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:[hH]ai|[bB]a|[cC]ác)\s+[pP]hó\s+(?:[tT]rưởng\s+)?(?:ban|đoàn)\s+(?:là|gồm)(?![\p{L}])", Options)]
    private static partial Regex DeputiesNamed();

    /// <summary>'thành viên Tiểu ban, gồm các đồng chí:', 'Các ủy viên Ban Chỉ đạo gồm:'.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<word>[tT]hành\s+viên|(?:[uU]ỷ|[ủỦ]y)\s+viên)\s+(?<body>Tiểu\s+ban|Đoàn\s+[kK]iểm\s+tra|Ban\s+[lL]ễ\s+tang|Ban\s+[cC]hỉ\s+đạo)[^.;:]{0,20}?\s(?:gồm|là)(?:\s+(?:các\s+)?(?:đồng\s+chí|ông,?\s+bà))?\s*:", Options)]
    private static partial Regex MembersListed();

    /// <summary>' (Ủy viên thường trực)' right after a listed member's name.</summary>
    [GeneratedRegex(@"\G\s*\(\s*(?:[uU]ỷ|[ủỦ]y)\s+viên\s+thường\s+trực\s*\)", Options)]
    private static partial Regex StandingMemberAside();

    /// <summary>', Trưởng Tiểu ban Nhân sự …', ', Phó Trưởng Đoàn kiểm tra số 1348', ', Trưởng Đoàn Kiểm tra'.</summary>
    [GeneratedRegex(@"\G[\s,\-–]*(?<head>[tT]rưởng|[pP]hó\s+[tT]rưởng|[tT]hường\s+trực|[tT]hành\s+viên)\s+(?<body>Ban\s+(?:[tT]ổ\s+chức\s+)?[lL]ễ\s+tang|Đoàn\s+(?:[kK]iểm\s+tra|[cC]ông\s+tác|[gG]iám\s+sát)(?:\s+số\s+[0-9]+)?|Tiểu\s+ban(?:\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Ll}+)?)?)(?![\p{L}])", Options)]
    private static partial Regex ApposedPost();
}
