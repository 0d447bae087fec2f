using System.Text.RegularExpressions;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction;

internal static partial class LegalDocuments
{
    /// <summary>
    /// A court or police paper a named body is told to have issued on a day the sentence writes before the verb
    /// ('Ngày 3/5, Cơ quan CSĐT Công an tỉnh X đã ra quyết định khởi tố vụ án …', 'Ngày 20/6, VKSND tối cao ban hành
    /// cáo trạng truy tố …'): the paper is a document of that day, its issuer the investigating agency, procuracy or
    /// court named right before the verb. Papers listed after the first in the same clause ('…, khởi tố bị can và
    /// lệnh bắt bị can để tạm giam') are issued with it, the same day, by the same body. Not read: a paper with no day
    /// opening its clause, or with no such body before the verb (a paper cited in passing, 'theo cáo trạng'), one still
    /// to be issued ('sẽ', 'chưa'), asked for or owed ('đề nghị', 'yêu cầu', 'phải'), and a paper only told again
    /// ('cáo trạng này').
    /// </summary>
    private static IEnumerable<LegalDocumentMention> CourtPapersIssuedOnTheDay(ArticleContext context, AnchorDate? anchor)
    {
        var text = context.Text;
        // Most texts write no court paper at all: the patterns are tried only where one of their words stands.
        if (!CourtPaperWords.Any(word => text.Contains(word, StringComparison.Ordinal)))
            yield break;
        foreach (Match paper in CourtPaperIssued().Matches(text))
        {
            var sentence = context.SentenceOf(paper.Index);
            if (EventDates.ToCome(text, sentence))
                continue;
            var before = text.AsSpan(sentence.Start, paper.Index - sentence.Start);
            if (DutyBefore().IsMatch(before))
                continue;
            if (CourtIssuerBefore().Match(text, sentence.Start, paper.Index - sentence.Start) is not { Success: true } issuer)
                continue;
            if (SendingDay(text, sentence.Start, issuer.Index, anchor) is not { Granularity: "day" } date)
                continue;
            var body = OneSpace(issuer.Groups["issuer"].Value);
            var kindWord = paper.Groups["kind"];
            var whatStart = kindWord.Index + kindWord.Length;
            var what = ActName(text, whatStart, sentence.End);
            var kind = CourtPaperKind(kindWord.Value);
            yield return new LegalDocumentMention(kind, what.Length > 0 ? $"{kind} {what}" : $"{kind} của {body} ngày {date.Iso}", body, date,
                what.Length > 0 ? what : null, sentence);
            // '…, khởi tố bị can và lệnh bắt bị can để tạm giam đối với …': the papers issued with the first.
            foreach (Match listed in ListedCourtPaper().Matches(text[whatStart..sentence.End]))
            {
                var listedKind = CourtPaperKind(listed.Groups["kind"].Value);
                if (listedKind == kind)
                    continue;
                yield return new LegalDocumentMention(listedKind, $"{listedKind} của {body} ngày {date.Iso}", body, date, null, sentence);
            }
        }
    }

    /// <summary>
    /// Each paper once: the same kind of the same day and body read once, and a decision read by the adoption reading
    /// from the same sentence ('ra quyết định khởi tố …' as a 'Quyết định') is the court paper, filed under its kind.
    /// </summary>
    private static void AddCourtPapers(Dictionary<string, LegalDocumentMention> found, IEnumerable<LegalDocumentMention> papers)
    {
        foreach (var paper in papers)
        {
            if (found.Values.Any(d => d.Kind == paper.Kind && d.Issued?.Iso == paper.Issued?.Iso && d.Issuer == paper.Issuer))
                continue;
            foreach (var key in found.Where(f => f.Value.Kind == "Quyết định" && f.Value.Evidence == paper.Evidence
                && f.Value.Subject is { } subject && CourtSubject().IsMatch(subject)).Select(f => f.Key).ToList())
                found.Remove(key);
            found[paper.Number] = paper;
        }
    }

    /// <summary>What a decision read as a plain 'Quyết định' decided, when it is a court paper: 'khởi tố …', 'truy tố …', 'truy nã …'.</summary>
    [GeneratedRegex(@"^(?:khởi\s+tố|truy\s+tố|truy\s+nã)(?![\p{L}])")]
    private static partial Regex CourtSubject();

    /// <summary>Words one of the court papers read here holds: 'khởi tố', 'truy tố', 'truy nã', 'lệnh', 'cáo trạng'.</summary>
    private static readonly string[] CourtPaperWords = ["khởi tố", "truy tố", "truy nã", "ệnh", "áo trạng"];

    /// <summary>
    /// The kind as it is filed, one space between words and a capital first: 'quyết định khởi tố vụ án', 'khởi tố bị
    /// can' (listed after a decision to prosecute a case, the decision to charge the suspect), 'lệnh bắt bị can để tạm
    /// giam', 'cáo trạng'.
    /// </summary>
    private static string CourtPaperKind(string written)
    {
        var words = OneSpace(written).ToLowerInvariant();
        if (words.StartsWith("khởi tố", StringComparison.Ordinal))
            words = "quyết định " + words;
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>The papers of investigation, prosecution and arrest, as <see cref="CourtPaperIssued"/> and <see cref="ListedCourtPaper"/> name them.</summary>
    private const string CourtPaperKinds =
        @"[Qq]uyết\s+định\s+khởi\s+tố\s+(?:vụ\s+án|bị\s+can)|[Qq]uyết\s+định\s+truy\s+(?:tố|nã)"
        + @"|[Ll]ệnh\s+bắt(?:\s+bị\s+can)?(?:\s+để)?(?:\s+tạm\s+giam|\s+khẩn\s+cấp)?|[Ll]ệnh\s+tạm\s+giam|[Ll]ệnh\s+khám\s+xét|[Cc]áo\s+trạng";

    /// <summary>
    /// A verb of issuing right before a court paper: '(đã|vừa) ra quyết định khởi tố vụ án', 'ban hành cáo trạng',
    /// 'hoàn tất cáo trạng', 'ra lệnh bắt bị can để tạm giam', 'phát lệnh truy nã'; a verb that only may or will act
    /// ('sẽ ban hành', 'chưa ra', 'đề nghị ra') issues nothing yet, and 'cáo trạng này' is one told again.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<!(?:sẽ|chưa|không|thể|cần|phải|nghị|cầu|để|nhằm|khi|nếu)\s)(?:ra|ban\s+hành|hoàn\s+tất|ký|phát)\s+(?<kind>" + CourtPaperKinds + @")(?![\p{L}])(?!\s+(?:số\s*:?\s*)?[0-9])(?!\s+(?:này|đó|trên|nói\s+trên)(?![\p{L}]))")]
    private static partial Regex CourtPaperIssued();

    /// <summary>
    /// A paper listed after the first in the same clause, with or without its own verb: ', khởi tố bị can', 'và lệnh
    /// bắt bị can để tạm giam', ', ra lệnh khám xét'; the list ends at the clause's end.
    /// </summary>
    [GeneratedRegex(@"(?:,|\s+và)\s+(?:ra\s+|ban\s+hành\s+)?(?:quyết\s+định\s+)?(?<kind>khởi\s+tố\s+bị\s+can|[Ll]ệnh\s+bắt(?:\s+bị\s+can)?(?:\s+để)?(?:\s+tạm\s+giam|\s+khẩn\s+cấp)?|[Ll]ệnh\s+tạm\s+giam|[Ll]ệnh\s+khám\s+xét)(?![\p{L}])")]
    private static partial Regex ListedCourtPaper();

    /// <summary>
    /// The body that issues, named right before the verb: an investigating agency ('Cơ quan CSĐT Công an tỉnh X', 'Cơ
    /// quan An ninh điều tra Bộ Công an'), a procuracy ('VKSND tối cao', 'Viện KSND huyện X'), a court ('TAND TP.HCM'),
    /// the police ('Công an tỉnh X', 'Bộ Công an'), its name running to the verb with no clause mark in it.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<issuer>(?:Cơ\s+quan\s+(?:CSĐT|Cảnh\s+sát\s+điều\s+tra|An\s+ninh\s+điều\s+tra|ANĐT|điều\s+tra)|Viện\s+[Kk]iểm\s+sát|Viện\s+KSND|VKSND|Tòa\s+án|Toà\s+án|TAND|Công\s+an|Bộ\s+Công\s+an|Cục\s+Cảnh\s+sát|Phòng\s+Cảnh\s+sát)(?:\s+[^\s,;:.!?]+){0,12}?)(?:\s+(?:đã|vừa|cũng|chính\s+thức))*\s+$")]
    private static partial Regex CourtIssuerBefore();
}
