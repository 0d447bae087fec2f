using System.Text.RegularExpressions;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// 'Tập đoàn X do ông Y làm Chủ tịch HĐQT kiêm Tổng giám đốc', 'Ủy ban Z hiện có 20 thành viên, do bà Y làm Chủ
/// nhiệm': a post given by a clause after the body it heads. The head after 'làm' or 'là' is written bare, and the
/// body is the one the sentence names before 'do' with no other person between them. The head and that body are
/// read together as one post would be ('Chủ tịch HĐQT Tập đoàn X'); a head followed by more words of its own
/// ('Giám đốc điều hành', 'Chủ tịch Hội đồng Y') is left to the title grammar, and a body it cannot read gives nothing.
/// </summary>
internal static partial class PostsGivenByClause
{
    public static IEnumerable<RoleMention> Read(string text, IReadOnlyList<(TextSpan Sentence, List<(string Person, TextSpan Span)> Names)> namesBySentence,
        IReadOnlyList<RoleMention> roles, IReadOnlyList<DateMention> dates, AnchorDate? anchor, string? province)
    {
        foreach (var (sentence, names) in namesBySentence)
        {
            foreach (var (person, span) in names)
            {
                var givenBy = GivenBy().Match(text, sentence.Start, span.Start - sentence.Start);
                if (!givenBy.Success)
                    continue;
                var clause = BareHeads().Match(text, span.End, sentence.End - span.End);
                if (!clause.Success || BodyBefore(text, new TextSpan(sentence.Start, givenBy.Index), names) is not { } body)
                    continue;
                foreach (Capture head in clause.Groups["head"].Captures)
                {
                    if (Post(head.Value, body, province) is not { } post
                        || roles.Any(r => r.PersonName == person && r.Role == post.Role))
                        continue;
                    var titleSpan = new TextSpan(head.Index, head.Index + head.Length);
                    var dating = RoleDating.For(text, dates, sentence, span, titleSpan, "", anchor);
                    yield return new RoleMention(person, span, post.Role, post.Title, post.Organization, post.Qualifier, sentence)
                    {
                        TitleSpan = titleSpan,
                        Date = dating.Date,
                        DateBasis = dating.Basis,
                        Aspect = dating.Aspect,
                    };
                }
            }
        }
    }

    /// <summary>The head and the body read as one post, as the title grammar reads them written together; null where it reads no such post.</summary>
    private static TitleMatch? Post(string head, string body, string? province)
    {
        var written = $"{Spacing.OneSpace(head)} {body}";
        var tokens = Tokens.Of(written, new TextSpan(0, written.Length));
        return TitleParser.At(tokens, 0, province) is { NeedsContextOrganization: false, Country: null, Organization.Length: > 0 } post && post.End == tokens.Count
            ? post
            : null;
    }

    /// <summary>
    /// The last body the sentence names before its 'do', with no person's name nor other capitalised word between: the
    /// body the clause speaks of. A body inside a longer one is the longer one's.
    /// </summary>
    private static string? BodyBefore(string text, TextSpan beforeClause, List<(string Person, TextSpan Span)> names)
    {
        var tokens = Tokens.Of(text, beforeClause);
        string? last = null;
        var lastEnd = beforeClause.Start;
        var capitalisedAfter = false;
        for (var j = 0; j < tokens.Count; j++)
        {
            if (!tokens[j].IsCapitalized)
                continue;
            if (TitleParser.BodyWithLengthAt(tokens, j) is not ({ } body, var length) || length == 0)
            {
                capitalisedAfter = true;
                continue;
            }
            (last, lastEnd, capitalisedAfter) = (body, tokens[j + length - 1].End, false);
            j += length - 1;
        }
        // A capitalised word after the body ('… tiền thân là Công ty …') may be a body the grammar does not read, the clause's own.
        return last is not null && !capitalisedAfter && !names.Any(n => n.Span.Start >= lastEnd && n.Span.End <= beforeClause.End) ? last : null;
    }

    /// <summary>'… do ông ' right before the name: the clause that gives the body its head.</summary>
    [GeneratedRegex(@"(?<![\p{L}])do\s+(?:(?:ông|bà)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex GivenBy();

    /// <summary>
    /// ' làm Chủ tịch HĐQT kiêm Tổng giám đốc' right after the name, each head bare: punctuation, the sentence's end or a
    /// word of the sentence after it, not a body's name or the head's own next words.
    /// </summary>
    [GeneratedRegex(@"\G\s+(?:(?:cũng|hiện|đang)\s+)?(?:làm|là|giữ\s+chức)\s+(?<head>(?:[pP]hó\s+)?(?:[cC]hủ\s+tịch(?:\s+(?:HĐQT|HĐTV|[hH]ội\s+đồng\s+(?:quản\s+trị|thành\s+viên)))?|[tT]ổng\s+[gG]iám\s+đốc|[gG]iám\s+đốc|[cC]hủ\s+nhiệm|[hH]iệu\s+trưởng|[vV]iện\s+trưởng))(?:\s+kiêm\s+(?<head>(?:[pP]hó\s+)?(?:[cC]hủ\s+tịch(?:\s+(?:HĐQT|HĐTV|[hH]ội\s+đồng\s+(?:quản\s+trị|thành\s+viên)))?|[tT]ổng\s+[gG]iám\s+đốc|[gG]iám\s+đốc)))*(?=\s*(?:[,.;:)]|$)|\s+(?:và|được|từ|thì|đã|sẽ|đang|vừa|cũng|có|cho|trong|nhiệm)(?![\p{L}]))", RegexOptions.CultureInvariant)]
    private static partial Regex BareHeads();
}
