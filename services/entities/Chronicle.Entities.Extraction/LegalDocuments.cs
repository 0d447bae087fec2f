using System.Globalization;
using System.Text.RegularExpressions;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// Party and state documents cited by their number: kind, number, then optionally the date, the
/// issuer ('của Bộ Chính trị') and the subject ('về …'). Every numbering scheme is read: with a
/// code ('34-NQ/TW', '2011-QĐNS/TW', '43/2022/QH15', '112/TTr-CP'), bare after the kind
/// ('Nghị quyết số 05', 'Quyết định 1348'), and the letter header ('Số: 45-CT/TW … Hà Nội, ngày …').
/// </summary>
internal static partial class LegalDocuments
{
    /// <summary>How far after a number its date, issuer and subject may stand.</summary>
    private const int DetailWindow = 400;

    /// <summary>Kinds as the text writes them, with the canonical spelling.</summary>
    private static readonly Dictionary<string, string> KindByKey = new(StringComparer.Ordinal)
    {
        ["nghị quyết"] = "Nghị quyết", ["nghị định"] = "Nghị định", ["chỉ thị"] = "Chỉ thị", ["đề án"] = "Đề án",
        ["quyết định"] = "Quyết định", ["kết luận"] = "Kết luận", ["thông tư"] = "Thông tư", ["quy định"] = "Quy định",
        ["hướng dẫn"] = "Hướng dẫn", ["tờ trình"] = "Tờ trình", ["báo cáo"] = "Báo cáo", ["luật"] = "Luật",
        ["bộ luật"] = "Bộ luật", ["pháp lệnh"] = "Pháp lệnh", ["công hàm"] = "Công hàm", ["thông cáo"] = "Thông cáo",
        ["thông báo"] = "Thông báo", ["công văn"] = "Công văn", ["công điện"] = "Công điện", ["kế hoạch"] = "Kế hoạch",
        ["thông tri"] = "Thông tri", ["quy chế"] = "Quy chế", ["lệnh"] = "Lệnh", ["chương trình"] = "Chương trình",
        // A joint circular of several ministries ('03/2016/TTLT-BLĐTBXH-BQP'), and the decree of 1945–59 ('Sắc lệnh số 14/SL').
        ["thông tư liên tịch"] = "Thông tư liên tịch", ["sắc lệnh"] = "Sắc lệnh",
        // 'kết luận thanh tra số 312 ngày 4.3 của Chánh Thanh tra tỉnh': an inspection's conclusion, filed under that kind.
        ["kết luận thanh tra"] = "Kết luận thanh tra",
    };

    /// <summary>The kind a number's code names, for the letter header that writes no kind ('Số: 45-CT/TW').</summary>
    private static readonly Dictionary<string, string> KindByCode = new(StringComparer.Ordinal)
    {
        ["NQ"] = "Nghị quyết", ["NĐ"] = "Nghị định", ["CT"] = "Chỉ thị", ["ĐA"] = "Đề án", ["QĐ"] = "Quyết định",
        ["QĐNS"] = "Quyết định", ["KL"] = "Kết luận", ["TT"] = "Thông tư", ["QĐi"] = "Quy định", ["HD"] = "Hướng dẫn",
        ["TTr"] = "Tờ trình", ["BC"] = "Báo cáo", ["TB"] = "Thông báo", ["CV"] = "Công văn", ["CĐ"] = "Công điện",
        ["KH"] = "Kế hoạch", ["QC"] = "Quy chế", ["L"] = "Lệnh", ["CTr"] = "Chương trình", ["QĐNSTƯ"] = "Quyết định",
        ["TTLT"] = "Thông tư liên tịch", ["SL"] = "Sắc lệnh",
    };

    /// <summary>Issuers implied by the number's code when the text does not name one.</summary>
    private static readonly (Regex Code, string Issuer)[] IssuerByCode =
    [
        (IssuerCode("TTg"), "Thủ tướng Chính phủ"),
        (IssuerCode("CP"), "Chính phủ"),
        (IssuerCode("QH[0-9]*"), "Quốc hội"),
        (IssuerCode("UBTVQH[0-9]*"), "Ủy ban Thường vụ Quốc hội"),
        (IssuerCode("CTN"), "Chủ tịch nước"),
    ];

    private static Regex IssuerCode(string code) => new($"[-/]{code}$", RegexOptions.CultureInvariant);

    /// <param name="anchor">The day the article reports on: it gives a document dated 'ngày 6/1' its year.</param>
    public static List<LegalDocumentMention> Find(ArticleContext context, AnchorDate? anchor = null)
    {
        var text = context.Text;
        var found = new Dictionary<string, LegalDocumentMention>(StringComparer.Ordinal);
        foreach (var match in Citations(text))
        {
            var number = NumberOf(match);
            var written = match.Groups["kind"].Value;
            var bare = !number.Any(char.IsLetter);
            var key = Lexicon.Key(OneSpace(written));
            var letter = key == "văn bản";
            // 'văn bản số 7385/VPCP-KGVX' is an official letter; 'văn bản 2' is any text at all.
            if (letter ? bare || !match.Groups["so"].Success : bare && !IsBareNumber(text, match, written))
                continue;
            // The letter's code may name another kind ('văn bản số 12/QĐ-UBND' is a decision).
            var kind = letter ? KindOfCode(number) ?? "Công văn" : KindByKey[key];
            // 'Tờ trình số 01/TT-CTN': the kind written wins over the code, which other kinds share.
            Add(found, Describe(context, kind, number, match.Index, match.Index + match.Length, anchor));
            // 'các Thông báo 11456, 11596 và 11573', 'số 3325/QĐ-UB ngày … và số 264/QĐ-UB ngày …': one kind, several acts.
            foreach (var (listed, start, end) in ListedAfter(context, match.Index + match.Length, bare))
                Add(found, Describe(context, letter ? KindOfCode(listed) ?? "Công văn" : kind, listed, start, end, anchor));
        }
        // 'quyết định xử phạt hành chính số 41/QĐ-XPVPHC': the kind, what the act does, then its coded number.
        foreach (var (kind, number, start, end) in QualifiedCitations(text))
            AddQualified(found, Describe(context, kind, number, start, end, anchor));
        foreach (var (kind, number, start, end) in NamedLawCitations(text))
            Add(found, Describe(context, kind, number, start, end, anchor));
        foreach (Match match in LetterHeader().Matches(text))
        {
            var number = match.Groups["number"].Value.TrimEnd('.');
            if (KindOfCode(number) is not { } kind)
                continue;
            var mention = Describe(context, kind, number, match.Index, match.Index + match.Length, anchor);
            // The header's date is the place-and-date line under it: 'Hà Nội, ngày 12 tháng 3 năm 2023'.
            var after = text.Substring(match.Index + match.Length, Math.Min(200, text.Length - match.Index - match.Length));
            if (mention.Issued is null && PlaceAndDate().Match(after) is { Success: true } line)
                mention = mention with { Issued = DayOf(DateRecognizer.Find(line.Value).FirstOrDefault(d => d.Granularity == DateGranularity.Day && d.Year is not null)) };
            Add(found, mention);
        }
        foreach (var (key, named) in NamedOnly(context))
        {
            if (!found.ContainsKey(key))
                found[key] = named;
        }
        // A decision handed over or announced is one the article cites by its number, when it cites any.
        if (!found.Values.Any(d => d.Kind == "Quyết định" && d.Number.Any(char.IsDigit)) && Announced(context) is { } announced)
            found[announced.Number] = announced;
        foreach (var act in AdoptedOnTheDay(context, anchor))
        {
            // The same act told again (in the lead and again in the body), or cited by its number
            // elsewhere: one document.
            if (!found.Values.Any(d => d.Kind == act.Kind && d.Issued?.Iso == act.Issued?.Iso && (d.Issuer == act.Issuer || d.Number.Any(char.IsDigit))))
                found[act.Number] = act;
        }
        foreach (var act in SignedOnTheDay(context, anchor))
        {
            if (!found.Values.Any(d => d.Kind == act.Kind && d.Issued?.Iso == act.Issued?.Iso))
                found[act.Number] = act;
        }
        // A letter sent on a day is the numbered letter of that day, when the text cites one.
        foreach (var letter in LettersSentOnTheDay(context, anchor))
        {
            if (!found.Values.Any(d => d.Kind == letter.Kind && d.Issued?.Iso == letter.Issued?.Iso))
                found[letter.Number] = letter;
        }
        // 'Quy định 214' cited after 'Quy định 214-QĐ/TW' is the same document told short.
        var coded = found.Values.Where(d => d.Number.Any(char.IsLetter) || d.Number.Contains('/')).ToList();
        // 'Quyết định 79/2024' after 'Quyết định số 79/2024/QĐ-UBND' too, and 'Nghị định 138' after 'Nghị định số 138/2013'.
        var documents = found.Values.Where(d => d.Number.Any(char.IsLetter) || !coded.Any(c => c.Kind == d.Kind && CodedNumberOf(c.Number, d.Number))).ToList();
        // '178/2024/NĐ-CP.PTT': a byline glued to the number at the end of a paragraph; the act is cited without it too.
        documents.RemoveAll(d => documents.Any(o => o.Kind == d.Kind && d.Number.StartsWith(o.Number + ".", StringComparison.Ordinal)));
        // 'vừa có quyết định công nhận …' in the lead, 'quyết định số 5475/QĐ-UBND về việc công nhận …' in the body: one act.
        var cited = documents.ToList();
        documents.RemoveAll(d => ToldAgainByNumber(context, d, cited));
        // '1517/QĐNS-TW' and, further on, '1517-QĐ/TW' of the same day: one act whose code the text prints two ways.
        return [.. documents.Where((d, i) => !documents.Take(i).Any(earlier => SameActCodedTwice(earlier, d)))];
    }

    /// <summary>
    /// Documents cited by name alone, which stand for themselves without a number: a law with the
    /// year or day it was passed ('Luật Phòng, chống mua bán người … thông qua ngày 29-3-2011',
    /// 'Luật Xuất, nhập cảnh của công dân Việt Nam năm 2019'), a congress's resolution ('Nghị quyết
    /// Đại hội XIII của Đảng'), a memorandum between two parties. Their name stands in for the number.
    /// </summary>
    private static IEnumerable<(string Key, LegalDocumentMention Mention)> NamedOnly(ArticleContext context)
    {
        var text = context.Text;
        // Each law's mentions by its name: one undated, or one for each year it is written with.
        var laws = new Dictionary<string, List<LegalDocumentMention>>(StringComparer.Ordinal);
        var citedEnd = -1;
        // The matches are found once and read twice: first for the names cited with a number, then each law.
        var lawsNamed = NamedLaw().Matches(text);
        var numberedNames = lawsNamed
            .Where(law => NumberAfterALawName().IsMatch(text.AsSpan(law.Index + law.Length, Math.Min(40, text.Length - law.Index - law.Length))))
            .Select(law => LawName(law.Groups["name"].Value))
            .ToHashSet(StringComparer.Ordinal);
        foreach (Match law in lawsNamed)
        {
            // 'Công ước Liên hợp quốc về Luật Biển năm 1982' is a convention, not a law of the country.
            var lookBack = Math.Max(0, law.Index - 120);
            var before = text.AsSpan(lookBack, law.Index - lookBack);
            if (ConventionBefore().IsMatch(before))
                continue;
            var name = LawName(law.Groups["name"].Value);
            var rest = text.AsSpan(law.Index + law.Length, Math.Min(160, text.Length - law.Index - law.Length)).ToString();
            // 'Luật BHXH số 58/2014/QH13': the law is read by its number, and so is the same name cited elsewhere in the article.
            if (numberedNames.Contains(name) || numberedNames.Any(numbered => SameLawByInitials(@short: $"Luật {name}", full: $"Luật {numbered}")))
                continue;
            ExtractedDate? passed = null;
            if (LawYear().Match(rest) is { Success: true } year)
                passed = new ExtractedDate(year.Groups["y"].Value, "year");
            else if (LawPassed().Match(rest) is { Success: true } day)
                passed = DayOf(DateRecognizer.Find(day.Groups["date"].Value).FirstOrDefault());
            // 'luật Ngân sách năm 2002': written in lower case, the word is a law only with its year.
            var lowerCase = law.Groups["kind"].Value[0] == 'l';
            // Undated, a law is one only where the text applies it ('theo quy định của Luật Thanh tra',
            // 'Điều 358 Bộ luật Hình sự'); named in passing ('dự án Luật …', 'so với Luật …') it is not cited.
            // A law listed right after one the text applies is applied too ('theo Luật Thuế, Luật Kế toán'); after one named in passing ('xây dựng Luật A, Luật B') it is not.
            var listedAfterCited = citedEnd >= 0 && law.Index >= citedEnd
                && LawListJoin().IsMatch(text.AsSpan(citedEnd, law.Index - citedEnd));
            if (passed is null && (lowerCase || !(CitedBefore().IsMatch(before) || listedAfterCited)))
                continue;
            citedEnd = law.Index + law.Length;
            // 'Bộ Luật tố tụng hình sự năm 2003': a code, however its kind is capitalised.
            var kind = lowerCase ? "Luật" : law.Groups["kind"].Value.StartsWith("Bộ", StringComparison.Ordinal) ? "Bộ luật" : "Luật";
            var number = $"{kind} {OneSpace(name)}";
            // The same law cited again: the mention with its year or day tells it. The same name with another
            // year is another law ('Luật Đất đai năm 2024' replaced 'Luật Đất đai năm 2013').
            if (!laws.TryGetValue(number, out var mentions))
                laws[number] = mentions = [];
            if (passed is null ? mentions.Count > 0 : mentions.Exists(m => m.Issued?.Iso?[..4] == passed.Iso?[..4]))
                continue;
            mentions.RemoveAll(m => m.Issued is null);
            mentions.Add(new LegalDocumentMention(kind, number, "Quốc hội", passed, null, context.SentenceOf(law.Index)));
        }
        foreach (var (number, mentions) in laws)
        {
            // 'Luật BHXH' after 'Luật Bảo hiểm xã hội' in the same article: one law, written short the second time.
            if (laws.Keys.Any(other => other != number && SameLawByInitials(@short: number, full: other)))
                continue;
            foreach (var law in mentions)
                yield return (mentions.Count == 1 ? number : $"{number} {law.Issued?.Iso}", law);
        }
        foreach (Match resolution in CongressResolution().Matches(text))
        {
            // 'Nghị quyết Đại hội lần thứ XIII của Đảng' and 'Nghị quyết Đại hội XIII' are one document.
            var name = $"Nghị quyết Đại hội {resolution.Groups["congress"].Value}";
            yield return (name, new LegalDocumentMention("Nghị quyết", name, null, null, null, context.SentenceOf(resolution.Index)));
        }
        foreach (Match memorandum in Memorandum().Matches(text))
        {
            var name = OneSpace(memorandum.Value).TrimEnd(',', '.');
            yield return (name, new LegalDocumentMention("Bản ghi nhớ", name, null, null, OneSpace(memorandum.Groups["subject"].Value), context.SentenceOf(memorandum.Index)));
        }
        foreach (var instrument in InstrumentsNamed(context))
            yield return instrument;
    }

    /// <summary>
    /// A decision announced or handed over at a ceremony without its number ('Hội nghị công bố
    /// Quyết định của Bộ Chính trị về công tác cán bộ', 'trao quyết định bổ nhiệm …'): one act,
    /// named by what it decided; its date is the signing, which the text does not write.
    /// </summary>
    private static LegalDocumentMention? Announced(ArticleContext context)
    {
        var text = context.Text;
        // The fullest telling names who decided ('trao quyết định của Chủ tịch nước bổ nhiệm …').
        var all = AnnouncedDecision().Matches(text);
        if (all.Count == 0)
            return null;
        var announced = all.FirstOrDefault(m => text.AsSpan(m.Index + m.Length).StartsWith("của ", StringComparison.Ordinal)) ?? all[0];
        var sentence = context.SentenceOf(announced.Index);
        var whatStart = announced.Index + announced.Length;
        var what = whatStart < sentence.End ? ActName(text, whatStart, sentence.End) : "";
        // A name with a term's years ('nhiệm kỳ 2020-2025') would read as a number: the name stops before them.
        var words = what.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(w => !w.Any(char.IsDigit));
        what = string.Join(' ', words).TrimEnd(',', '.', ';', ':');
        var issuer = AnnouncedIssuer().Match(what) is { Success: true } of ? Issuer(of.Groups["issuer"].Value) : null;
        return new LegalDocumentMention("Quyết định", what.Length == 0 ? "Quyết định" : $"Quyết định {what}", issuer, null,
            what.Length >= 3 ? what : null, sentence);
    }

    /// <summary>
    /// 'công bố (các) quyết định', 'trao quyết định', 'thông báo quyết định', 'Hội nghị triển khai quyết định' with no number
    /// after the kind; not 'công bố quyết định của mình', a choice made known, not an act.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:công\s+bố|trao|thông\s+báo|triển\s+khai)\s+(?:các\s+|những\s+)?[Qq]uyết\s+định(?!\s+(?:số\s+)?[0-9])(?![\p{L}])(?!\s+của\s+(?:mình|họ)(?![\p{L}]))\s*")]
    private static partial Regex AnnouncedDecision();

    [GeneratedRegex(@"^của\s+(?<issuer>" + Issuers + ")")]
    private static partial Regex AnnouncedIssuer();

    /// <summary>How many opening sentences tell the report's own news (a teaser, then its full telling).</summary>
    private const int LeadSentences = 3;

    /// <summary>Most words an unnumbered act's name keeps of what it decided.</summary>
    private const int ActNameWords = 12;

    /// <summary>
    /// Acts the text shows being adopted or signed on a day it writes, without a number: a
    /// resolution the legislature passes that afternoon, a decision a minister signs on a written
    /// day, a decision a Party body takes 'this morning', a memorandum signed in a given year.
    /// The day of adoption is the act's date; an act only handed over
    /// or announced at a ceremony ('trao quyết định …') is dated elsewhere, so it is not read here.
    /// </summary>
    private static IEnumerable<LegalDocumentMention> AdoptedOnTheDay(ArticleContext context, AnchorDate? anchor)
    {
        var text = context.Text;
        foreach (var act in AnchoredSearch.Matches(AdoptedActHere(), text, AdoptedActAnchors, AdoptedActReach))
        {
            var sentence = context.SentenceOf(act.Index);
            var kind = act.Groups["resolution"].Success ? "Nghị quyết" : act.Groups["decision"].Success ? "Quyết định"
                : act.Groups["conclusion"].Success ? "Kết luận" : act.Groups["notice"].Success ? "Thông báo"
                : act.Groups["communique"].Success ? "Thông cáo" : "Bản ghi nhớ";
            // 'Ủy ban Kiểm tra Trung ương ra thông báo cho biết, …': a notice told by what it says is named by who put it out.
            var notice = kind is "Thông báo" or "Thông cáo";
            var whatStart = act.Index + act.Length;
            // The kind closing its sentence ('… thông qua nghị quyết.\n'): nothing named after it.
            if (whatStart >= sentence.End)
                continue;
            var what = ActName(text, whatStart, sentence.End);
            var issued = act.Groups["issued"].Success;
            // 'ban hành quyết định xử phạt số 58/QĐ-XPVPHC': the numbered act, read by its number; 'phải thu hồi giấy phép
            // … và ban hành quyết định …': a duty, not a decision issued.
            var dutyFrom = Math.Max(sentence.Start, act.Index - DutyReach);
            if (issued && (NumberInName().IsMatch(what) || DutyBefore().IsMatch(text.AsSpan(dutyFrom, act.Index - dutyFrom))))
                continue;
            if (notice && SayingFirst().IsMatch(what))
                what = "";
            // 'thông qua nghị quyết.' names no act: the one told with its content is the document.
            if (what.Length == 0 && !notice)
                continue;
            // 'Ngày 15-6, … ra thông báo cho biết, …' reads as the day a report was given, not a happening:
            // for the notice itself it is the day it came out.
            // 'Ngày 3/6, Sở Tài chính đã ban hành quyết định xử phạt …': the day written last before the issuing is the
            // decision's own, which the reading of happenings passes over as a document's date (and so may take another).
            var date = (issued ? DayWrittenBefore(text, sentence.Start, act.Index, anchor) : null)
                ?? ActDate(context, sentence, act.Index, whatStart, what, anchor)
                ?? (notice ? DayWrittenBefore(text, sentence.Start, act.Index, anchor, first: true) : null);
            var issuer = IssuerOfAct(text, sentence.Start, act.Index);
            if (date is null)
            {
                // 'Bộ trưởng … đã ký quyết định thành lập hội đồng …': a decision its signer is said to have signed, in a
                // sentence that writes no date at all, is a document still, undated.
                if (SignedUndated(context, sentence, act) && what.Length > 0)
                    yield return new LegalDocumentMention(kind, $"{kind} {what}", issuer, null, what, sentence);
                continue;
            }
            var name = what.Length > 0 ? $"{kind} {what}" : issuer is null ? $"{kind} ngày {date.Iso}" : $"{kind} của {issuer}";
            yield return new LegalDocumentMention(kind, name, issuer, date, what.Length > 0 ? what : null, sentence);
        }
        // The signing in a year is looked for first: the whole pattern tries every 'Bản', 'bản', 'Hiệp', 'Thỏa', … of the
        // text and reads on up to 120 characters from each, and few texts tell an act signed in a month or a year.
        var signings = SigningInAYear().IsMatch(text) ? ActSignedInYear().Matches(text) : (IEnumerable<Match>)[];
        foreach (Match signed in signings)
        {
            var what = OneSpace(signed.Groups["what"].Value).Trim(' ', ',');
            // 'thỏa thuận ngừng bắn ký hồi tháng 5-2023': the month, when it is written.
            var year = signed.Groups["m"].Success && int.Parse(signed.Groups["m"].Value, CultureInfo.InvariantCulture) is >= 1 and <= 12 and var month
                ? new ExtractedDate($"{signed.Groups["y"].Value}-{month:D2}", "month")
                : new ExtractedDate(signed.Groups["y"].Value, "year");
            var sentence = context.SentenceOf(signed.Index);
            // A treaty is known by its name, as a law by its number ('Hiệp ước Torrijos-Carter'): the name is its number.
            yield return signed.Groups["treaty"].Success
                ? new LegalDocumentMention(SignedKind(signed.Groups["treaty"].Value), what.Length > 0 ? what : SignedKind(signed.Groups["treaty"].Value), null, year, null, sentence)
                : new LegalDocumentMention("Bản ghi nhớ", OneSpace($"Bản ghi nhớ {what}"), null, year, what.Length >= 3 ? what : null, sentence);
        }
    }

    /// <summary>
    /// Acts of the kinds a state or a government signs or puts out beside its numbered papers, told without a
    /// number: a treaty, an agreement or a letter of intent signed ('hai bên ký kết Hiệp định …', 'lễ ký Thỏa
    /// thuận …'), a dispatch or a directive issued ('Thủ tướng ký công điện về …'), a law signed into force
    /// ('Tổng thống ký ban hành luật …'), an order or a decree ('ký sắc lệnh …'), a diplomatic note handed over or
    /// exchanged ('Bộ trưởng … trao Công hàm về việc …', 'hai Thứ trưởng trao đổi công hàm …'). Each is dated by the day its
    /// sentence gives; a treaty signed at talks told just before, in a sentence of no date, by the talks' day.
    /// </summary>
    private static IEnumerable<LegalDocumentMention> SignedOnTheDay(ArticleContext context, AnchorDate? anchor)
    {
        var text = context.Text;
        foreach (var act in AnchoredSearch.Matches(SignedActHere(), text, SignedActAnchors, SignedActReach))
        {
            var sentence = context.SentenceOf(act.Index);
            var kindWord = act.Groups["kind"];
            var whatStart = act.Index + act.Length;
            if (whatStart >= sentence.End || EventDates.ToCome(text, sentence))
                continue;
            // 'ký kết các thỏa thuận hợp tác với …': several understandings, none named, are no one document.
            if (char.IsLower(kindWord.Value[0]) && SeveralBefore().IsMatch(text.AsSpan(act.Index, kindWord.Index - act.Index)))
                continue;
            var kind = SignedKind(kindWord.Value);
            var what = ActName(text, whatStart, sentence.End);
            // 'ký Hiệp ước hợp tác và hữu nghị ngày 3-11-1978': the day is the act's date, not part of its name.
            if (DayInName().Match(what) is { Success: true } day)
                what = what[..day.Index];
            var hasDate = DateRecognizer.Find(text.Substring(sentence.Start, sentence.Length)).Any(d => d.Granularity != DateGranularity.Year);
            // 'Ngày 12/6, Tổng thống … đã ký ban hành luật …': a day written before the signing is the act's own,
            // which the reading of happenings passes over as a document's date.
            var date = ActDate(context, sentence, act.Index, whatStart, what, anchor) ?? DayWrittenBefore(text, sentence.Start, act.Index, anchor);
            // 'Sau hội đàm, hai nhà lãnh đạo chứng kiến lễ ký kết Hiệp định …': signed at the talks of the day told before.
            if (!hasDate && kind is "Hiệp định" or "Hiệp ước" or "Thỏa thuận" or "Ý định thư" && AtTheTalks().IsMatch(text.AsSpan(sentence.Start, act.Index - sentence.Start)))
                date = DayBefore(context, sentence, anchor)?.Date ?? date;
            if (date is not { Granularity: "day" })
                continue;
            var issuer = IssuerOfAct(text, sentence.Start, act.Index);
            var name = what.Length > 0 ? $"{kind} {what}" : $"{kind} ngày {date.Iso}";
            yield return new LegalDocumentMention(kind, name, issuer, date, what.Length > 0 ? what : null, sentence);
        }
    }

    /// <summary>The kind as it is filed, whatever the case and tone-mark spelling of the text ('thoả thuận' → 'Thỏa thuận').</summary>
    private static string SignedKind(string written)
    {
        var key = Lexicon.Key(OneSpace(written));
        return key switch
        {
            "thỏa thuận" or "thoả thuận" => "Thỏa thuận",
            // An agreement named by what it settles is filed under that name ('thỏa thuận ngừng bắn').
            "thỏa thuận ngừng bắn" or "thoả thuận ngừng bắn" => "Thỏa thuận ngừng bắn",
            "thỏa thuận đình chiến" or "thoả thuận đình chiến" => "Thỏa thuận đình chiến",
            "ý định thư" => "Ý định thư",
            "hiệp định" => "Hiệp định",
            "hiệp ước" => "Hiệp ước",
            "sắc lệnh" => "Sắc lệnh",
            "luật" => "Luật",
            _ => KindByKey.TryGetValue(key, out var kind) ? kind : char.ToUpperInvariant(key[0]) + key[1..],
        };
    }

    /// <summary>
    /// A verb of signing or issuing with an act of these kinds after it, no number: 'ký kết các Hiệp định', 'lễ ký
    /// Thoả thuận', 'ký công điện', 'ban hành chỉ thị', 'ký ban hành luật', 'ký sắc lệnh', 'trao (đổi) công hàm'. A verb that only may
    /// or will act ('sẽ ký', 'có thể ban hành', 'đề nghị ký') signs nothing yet.
    /// </summary>
    internal const string SignedActPattern =
        @"(?<![\p{L}])(?<!(?:sẽ|chưa|không|thể|cần|phải|nghị|định|tiến\s+tới|nhằm|để)\s)(?:(?:ký|ký\s+kết)(?:\s+ban\s+hành)?(?=\s+(?:các\s+|một\s+|bản\s+)?(?<kind>[Hh]iệp\s+định|[Hh]iệp\s+ước|[Tt]h(?:ỏa|oả)\s+thuận|[Ýý]\s+định\s+thư|[Cc]ông\s+điện|[Cc]hỉ\s+thị|[Ss]ắc\s+lệnh|[Ll]uật)(?![\p{L}]))|ban\s+hành(?=\s+(?:các\s+|một\s+|bản\s+)?(?<kind>[Cc]ông\s+điện|[Cc]hỉ\s+thị|[Ss]ắc\s+lệnh)(?![\p{L}]))|(?:trao(?:\s+đổi)?|gửi)(?=\s+(?:các\s+|một\s+|bản\s+)?(?<kind>[Cc]ông\s+hàm)(?![\p{L}])))\s+(?:các\s+|một\s+|bản\s+)?\k<kind>(?!\s+(?:số\s*:?\s*)?[0-9])(?!\s+(?:này|đó|trên|nói\s+trên)(?![\p{L}]))\s+";

    /// <summary><see cref="SignedActPattern"/>, tried only where the search stands (see <see cref="AnchoredSearch"/>).</summary>
    [GeneratedRegex(@"\G" + SignedActPattern)]
    private static partial Regex SignedActHere();

    /// <summary>
    /// A word of every act <see cref="SignedActPattern"/> reads: 'iệp' of a treaty and an agreement, 'huận' of an
    /// accord, 'thư' of a letter of intent, 'điện', 'thị', 'lệnh', 'uật', 'hàm' of a dispatch, a directive, a decree,
    /// a law and a diplomatic note.
    /// </summary>
    internal static readonly string[] SignedActAnchors = ["iệp", "huận", "thư", "điện", "thị", "lệnh", "uật", "hàm"];

    /// <summary>The most letters a signing holds before its anchor: 'ký kết ban hành các Thỏa t' holds 21, with room to spare.</summary>
    internal const int SignedActReach = 32;

    [GeneratedRegex(@"\s+(?:vào\s+)?(?:ngày|hôm|sáng|chiều|tối)\s+[0-9]")]
    private static partial Regex DayInName();

    [GeneratedRegex(@"(?<![\p{L}])(?:các|những)\s+$")]
    private static partial Regex SeveralBefore();

    /// <summary>'Sau hội đàm, ', 'Tại cuộc hội đàm, ', 'Sau cuộc hội kiến, ' opening a signing: the talks are the day's.</summary>
    [GeneratedRegex(@"^\s*(?:[Ss]au|[Tt]ại|[Tt]rong)\s+(?:buổi\s+|cuộc\s+)?(?:hội\s+đàm|hội\s+kiến|điện\s+đàm|cuộc\s+gặp)(?![\p{L}])")]
    private static partial Regex AtTheTalks();

    /// <summary>What the act decided, up to where its clause ends, cut to a readable length.</summary>
    private static string ActName(string text, int start, int sentenceEnd)
    {
        var stop = ActNameStop().Match(text, start, sentenceEnd - start);
        var end = stop.Success ? stop.Index : sentenceEnd;
        var words = text[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(ActNameWords)).TrimEnd(ActNameEnds);
    }

    // Kept once: a list written at the call is a new array at every call.
    private static readonly char[] ActNameEnds = [',', '.', ';', ':'];

    /// <summary>
    /// The day of adoption: the day the sentence reports on (its lead, or a day the vote is said
    /// to share), the day of writing for 'sáng nay', or a year written right after a signature.
    /// </summary>
    private static ExtractedDate? ActDate(ArticleContext context, TextSpan sentence, int actStart, int whatStart, string what, AnchorDate? anchor)
    {
        var text = context.Text;
        var actEnd = whatStart + what.Length;
        var after = text.AsSpan(actEnd, Math.Clamp(sentence.End - actEnd, 0, 40));
        if (SignedInYear().Match(text, actEnd, after.Length) is { Success: true } year)
            return new ExtractedDate(year.Groups["y"].Value, "year");
        var words = text.Substring(sentence.Start, sentence.Length);
        // 'xét đơn xin thôi … ngày 13-5 của bà X, Ủy ban … thông qua nghị quyết': the letter's day is not the vote's.
        var dates = DateRecognizer.Find(words).Select(d => d with { Start = d.Start + sentence.Start })
            .Where(d => !LetterBefore().IsMatch(text.AsSpan(Math.Max(sentence.Start, d.Start - 60), Math.Min(60, d.Start - sentence.Start)))).ToList();
        // 'Cụ thể, chiều cùng ngày, Ủy ban … thông qua nghị quyết …': the day of the sentence before,
        // whatever date the act's own words then cite (a letter 'ngày 13-5').
        var sameDay = SameDayBefore().Match(text, sentence.Start, actStart - sentence.Start);
        if (sameDay.Success && !dates.Exists(d => d.Start < sameDay.Index) && DayBefore(context, sentence, anchor) is { } told)
            return told.Date;
        if (EventDates.In(text, sentence, dates, anchor, previous: null) is { } day && day.Day is not null)
            return EventDates.Dated(day, anchor, toCome: false);
        if (dates.Count == 0 && DaysAfterTheDayBefore(context, sentence, anchor) is { } counted)
            return counted;
        // 'this morning' further in than the lead ('…, vào sáng nay, Ban Bí thư có quyết định …'): the day of writing.
        if (TodayBefore().IsMatch(text.AsSpan(sentence.Start, actStart - sentence.Start)))
            return DayOfWriting(anchor);
        // The vote of a sentence just before told again with its act ('Quốc hội bầu X … hôm nay 28/11.
        // … thông qua Nghị quyết bầu X'): the day of that sentence.
        var decided = string.Join(' ', what.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(SameDecisionWords));
        if (dates.Count == 0 && decided.Split(' ').Length == SameDecisionWords && DayBefore(context, sentence, anchor) is { } earlier
            && text.AsSpan(earlier.Sentence.Start, earlier.Sentence.Length).Contains(decided, StringComparison.Ordinal))
            return earlier.Date;
        // '475/475 đại biểu có mặt thông qua nghị quyết bầu …' opening the report, with no day of
        // its own and no other date in the sentence: the vote is the news of the report's day.
        // A step still to come ('Quốc hội sẽ thông qua …') has no day yet.
        if (context.Sentences.IndexOf(sentence) is >= 0 and < LeadSentences && dates.Count == 0 && !EventDates.ToCome(text, sentence))
            return DayOfWriting(anchor);
        return null;
    }

    /// <summary>How many sentences back a vote told again may have been dated.</summary>
    private const int SentencesBackToTheVote = 3;

    /// <summary>How many opening syllables of what an act decided tell that a sentence before decided the same (who, not only how).</summary>
    private const int SameDecisionWords = 6;

    /// <summary>The nearest sentence before, a few back, that dates a happening to a day, with that day.</summary>
    private static (TextSpan Sentence, ExtractedDate Date)? DayBefore(ArticleContext context, TextSpan sentence, AnchorDate? anchor)
    {
        var text = context.Text;
        var at = context.Sentences.IndexOf(sentence);
        for (var i = at - 1; i >= 0 && i >= at - SentencesBackToTheVote; i--)
        {
            var earlier = context.Sentences[i];
            var dates = DateRecognizer.Find(text.Substring(earlier.Start, earlier.Length)).Select(d => d with { Start = d.Start + earlier.Start }).ToList();
            if (EventDates.In(text, earlier, dates, anchor, previous: null) is { Day: not null } day
                && EventDates.Dated(day, anchor, EventDates.ToCome(text, earlier)) is { } dated)
                return (earlier, dated);
        }
        return null;
    }

    [GeneratedRegex(@"(?<![\p{L}])đơn(?:\s+[\p{L}]+){0,12}\s+(?:đề\s+)?(?:ngày\s+)?$")]
    private static partial Regex LetterBefore();

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:sáng|chiều|tối|trưa)\s+)?cùng\s+ngày(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex SameDayBefore();

    private static ExtractedDate? DayOfWriting(AnchorDate? anchor) =>
        anchor is { Granularity: DateGranularity.Day, Year: { } y, Month: { } m, Day: { } d } ? new ExtractedDate($"{y:D4}-{m:D2}-{d:D2}", "day") : null;

    /// <summary>The body that adopts or signs, named last before the verb ('Quốc hội khóa XV', 'Chủ tịch nước Tô Lâm đã ký').</summary>
    private static string? IssuerOfAct(string text, int sentenceStart, int actStart)
    {
        var from = Math.Max(sentenceStart, actStart - 120);
        var issuer = IssuerBeforeAct().Match(text, from, actStart - from);
        return issuer.Success ? Issuer(issuer.Groups["issuer"].Value) : null;
    }

    /// <summary>
    /// 'thông qua (các) nghị quyết', 'ký (ban hành) quyết định', 'có quyết định', 'ban hành quyết định' (told as done:
    /// not 'sẽ', 'cần', 'có trách nhiệm' nor 'ngày ban hành quyết định'), 'ký (kết) bản ghi
    /// nhớ', 'Bản ghi nhớ hợp tác … đã ký kết', 'ra kết luận điều tra', 'công bố Kết luận chính thức về cuộc
    /// thanh tra', 'ban hành thông báo': a verb of adoption, signature or issue with the kind, no number after it.
    /// </summary>
    internal const string AdoptedActPattern =
        @"(?<![\p{L}])(?:(?:biểu\s+quyết\s+)?thông\s+qua\s+(?:và\s+ban\s+hành\s+)?(?:các\s+)?(?<resolution>[Nn]ghị\s+quyết)|(?:ký(?:\s+ban\s+hành)?|(?<!(?:không|chưa|sẽ)\s)có|ra|(?<!(?:không|chưa|sẽ|thể|cần|phải|nhiệm|việc|Việc|ngày|khi|để|nhằm)\s)(?<issued>ban\s+hành))\s+(?<decision>[Qq]uyết\s+định)|(?<signed>ký(?:\s+kết)?)\s+(?<memo>[Bb]ản\s+ghi\s+nhớ)|(?:(?:ký\s+)?ban\s+hành|ra|phát\s+đi)\s+(?<notice>[Tt]hông\s+báo)|(?:ra|phát\s+đi)\s+(?<communique>[Tt]hông\s+cáo)|(?:ra|ban\s+hành|công\s+bố)\s+(?<conclusion>[Kk]ết\s+luận)(?=\s+(?:chính\s+thức\s+)?(?:về\s+(?:cuộc\s+|việc\s+)?)?(?:điều\s+tra|thanh\s+tra|kiểm\s+tra)))(?!\s+(?:số\s+)?[0-9])(?!\s+(?:này|đó|trên|của\s+(?:mình|họ))(?![\p{L}]))\s+";

    /// <summary><see cref="AdoptedActPattern"/>, tried only where the search stands (see <see cref="AnchoredSearch"/>).</summary>
    [GeneratedRegex(@"\G" + AdoptedActPattern)]
    private static partial Regex AdoptedActHere();

    /// <summary>
    /// A word of every act <see cref="AdoptedActPattern"/> reads: 'quyết' of a resolution and of a decision, 'nhớ' of a
    /// memorandum, 'báo' and 'cáo' of a notice and a communiqué, 'luận' of a conclusion.
    /// </summary>
    internal static readonly string[] AdoptedActAnchors = ["uyết", "nhớ", "báo", "cáo", "luận"];

    /// <summary>
    /// The most letters an adoption holds before its anchor: 'biểu quyết thông qua và ban hành các Nghị q' holds 34, with
    /// room to spare.
    /// </summary>
    internal const int AdoptedActReach = 48;

    /// <summary>How far before an issuing a duty that governs it is looked for, within its sentence.</summary>
    private const int DutyReach = 100;

    /// <summary>A duty or a power, in the clause leading to an issuing: 'phải', 'cần', 'có trách nhiệm', 'có thẩm quyền', 'đề nghị'.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:phải|cần|sẽ|trách\s+nhiệm|thẩm\s+quyền|đề\s+nghị|yêu\s+cầu|kiến\s+nghị)(?![\p{L}])[^;:.]*$")]
    private static partial Regex DutyBefore();

    /// <summary>'… số 58/QĐ-XPVPHC' in what an act decided: the act is the numbered one.</summary>
    [GeneratedRegex(@"(?<![\p{L}])số\s+[0-9]")]
    private static partial Regex NumberInName();

    /// <summary>A notice named by its telling verb: 'cho biết', 'nói rằng', 'nêu rõ'.</summary>
    [GeneratedRegex(@"^(?:cho\s+biết|cho\s+hay|nói|nêu\s+rõ|khẳng\s+định|xác\s+nhận)(?![\p{L}])")]
    private static partial Regex SayingFirst();

    /// <summary>Where an act's name ends: a clause mark, or what tells who it concerns and when.</summary>
    [GeneratedRegex(@"[,;.:(]|\s(?:vào|sau\s+khi|để|nhằm|theo|kể\s+từ|từ\s+ngày|và\s+tặng)(?![\p{L}])")]
    private static partial Regex ActNameStop();

    [GeneratedRegex(@"\G[^.;]{0,20}?(?:ký(?:\s+kết)?)?\s*(?:vào\s+)?năm\s+(?<y>(?:19|20)[0-9]{2})(?![0-9])")]
    private static partial Regex SignedInYear();

    /// <summary>
    /// A memorandum, or a treaty, an agreement or a convention called by its name, told with the year it was signed
    /// ('Bản ghi nhớ … ký năm 2021', 'Hiệp ước Torrijos-Carter được ký kết năm 1977'): dated to that year. Written in
    /// lower case or without a name ('thỏa thuận đã ký năm 2020'), an agreement is any understanding, not a document,
    /// unless it says what it settles ('thỏa thuận ngừng bắn ký hồi tháng 5-2023', dated to its month).
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:(?:Bản|bản|Biên\s+bản)\s+ghi\s+nhớ|(?<treaty>Hiệp\s+ước|Hiệp\s+định|Công\s+ước|Th(?:ỏa|oả)\s+thuận)(?=\s+\p{Lu})|(?<treaty>[Tt]h(?:ỏa|oả)\s+thuận\s+(?:ngừng\s+bắn|đình\s+chiến)))(?<what>[^.;()]{0,120}?)\s+(?:(?:đã|được|vừa)\s+)*ký(?:\s+kết)?\s+(?:vào\s+|trong\s+|từ\s+|hồi\s+)?(?:tháng\s+(?<m>[0-9]{1,2})\s*(?:[-/.]|\s+năm)\s*|năm\s+)(?<y>(?:19|20)[0-9]{2})(?![0-9])")]
    private static partial Regex ActSignedInYear();

    /// <summary>The part every match of <see cref="ActSignedInYear"/> holds: 'ký (kết) (vào) tháng 5-2023', 'ký năm 1995'.</summary>
    [GeneratedRegex(@"ký(?:\s+kết)?\s+(?:vào\s+|trong\s+|từ\s+|hồi\s+)?(?:tháng\s+[0-9]{1,2}\s*(?:[-/.]|\s+năm)\s*|năm\s+)(?:19|20)[0-9]{2}(?![0-9])")]
    private static partial Regex SigningInAYear();

    [GeneratedRegex(@"(?<![\p{L}])(?:sáng|chiều|tối|trưa|hôm)\s+nay(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex TodayBefore();

    [GeneratedRegex(@"(?<issuer>" + Issuers + @")(?:\s+\p{Lu}[\p{L}]*){0,4}(?:\s+(?:đã|vừa|cũng))?(?:\s+biểu\s+quyết)?\s+$")]
    private static partial Regex IssuerBeforeAct();

    private static bool SameActCodedTwice(LegalDocumentMention earlier, LegalDocumentMention later) =>
        earlier.Kind == later.Kind && earlier.Number != later.Number && earlier.Issued is { } day && later.Issued?.Iso == day.Iso
        && earlier.Number.Any(char.IsLetter) && later.Number.Any(char.IsLetter)
        && LeadingDigits(earlier.Number) is { Length: > 0 } digits && digits == LeadingDigits(later.Number);

    private static string LeadingDigits(string number) => new([.. number.TakeWhile(char.IsDigit)]);

    private static bool CodedNumberOf(string coded, string bare) =>
        coded.Length > bare.Length && coded.StartsWith(bare, StringComparison.Ordinal) && coded[bare.Length] is '-' or '/';

    /// <summary>'Công ước … về Luật Biển', 'Công ước Luật biển năm 1958': a convention's name, not a law of the country.</summary>
    [GeneratedRegex(@"Công\s+ước(?:[^.;]{0,100}\svề)?\s+$")]
    private static partial Regex ConventionBefore();

    /// <summary>Words as one line with single spaces: a kind may be written across a line break.</summary>
    private static string OneSpace(string words) => string.Join(' ', words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// The law's name as written, without the mark that ends its clause, and with a capital as the law's own title has it:
    /// 'Luật đất đai năm 2024' and 'Luật Đất đai năm 2024' in one article are one law.
    /// </summary>
    private static string LawName(string name)
    {
        var trimmed = name.Trim().TrimEnd(',', '.');
        return trimmed.Length == 0 ? trimmed : char.ToUpperInvariant(trimmed[0]) + trimmed[1..];
    }

    /// <summary>
    /// Words that go on after a law's name and are in none: 'theo Luật Bảo hiểm y tế thì người có thẻ …', 'Luật Nhà ở
    /// hiện hành', 'Luật Báo chí hay không', 'Bộ luật Dân sự vào …'. Read into the name, they made one law two.
    /// </summary>
    private const string AfterALawName = @"thì|hay|hoặc|chỉ|sau|vào|đến|hiện\s+hành|mà|nhưng|nên|để|đối\s+với|theo";

    /// <summary>Every word that ends a law's name where it follows it: what follows a name, then the words above.</summary>
    private const string EndsALawName = @"và|" + EndsALawNameButAnd;

    /// <summary>
    /// The same words but 'và', which a name written in lower case before its year holds ('Luật hôn nhân và gia đình 2014'):
    /// there the year, not the word, ends the name.
    /// </summary>
    private const string EndsALawNameButAnd = @"được|năm|đã|do|có|là|sẽ|ngày|thông\s+qua|quy\s+định|tại|trong|với|cũng|này|khi|" + AfterALawName;

    /// <summary>
    /// 'Luật Phòng, chống mua bán người', 'Bộ luật Hình sự': capitalised after the kind; stops before what follows a name
    /// ('thông qua', 'quy định', not 'thông' or 'quy' alone: 'Luật Giao thông đường bộ', 'Luật Quy hoạch đô thị').
    /// The name may be written by its initials ('Luật BHXH', 'Luật THADS'), as readers' pages do; not a company's or a
    /// city's letters ('Công ty Luật TNHH', 'báo Pháp Luật TP'). It may be written all in lower case, as the news of the
    /// decade before often wrote it ('Luật giá năm 2012', 'Bộ luật hình sự 1999'), when its year follows it: the year
    /// tells a law's name from the words of a sentence ('luật sư', 'luật pháp', 'Đình Luật sinh năm 1983' are none).
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<kind>Bộ\s+[Ll]uật|Luật|(?<!(?:[Kk]ỷ|[Pp]háp|[Đđ]ạo|[Dd]ự)\s)luật)\s+(?:(?<![Pp]háp\s+Luật\s+)(?<name>(?<short>(?!(?:TNHH|TP|TPHCM|HCM|VN|ĐH|ĐHQG)(?![\p{L}]))\p{Lu}{2,}))(?![\p{L}0-9&-])|(?<name>\p{Lu}\p{Ll}*(?:,\s+\p{Ll}+)?(?:\s+(?!(?:số|" + EndsALawName + @")(?![\p{L}]))[\p{L}]+){0,10}?)(?=\s+(?:" + EndsALawName + @")(?![\p{L}])|\s+(?:19|20)[0-9]{2}(?![0-9])|\s+số\s+[0-9]|\s*[,.;()]|$)|(?<name>(?!(?:sư|sinh|pháp|lệ|" + EndsALawNameButAnd + @")(?![\p{L}]))\p{Ll}+(?:,?\s+(?!(?:số|sinh|" + EndsALawNameButAnd + @")(?![\p{L}]))\p{Ll}+){0,9}?)(?=\s+(?:năm\s+)?(?:19|20)[0-9]{2}(?![0-9])))")]
    private static partial Regex NamedLaw();

    /// <summary>'Luật BHXH' and 'Luật Bảo hiểm xã hội': the short name is the initials of the long one's words ('và' left out).</summary>
    private static bool SameLawByInitials(string @short, string full)
    {
        var shortWords = @short.Split(' ');
        var fullWords = full.Split(' ');
        if (shortWords.Length != 2 || shortWords[0] != fullWords[0] || !shortWords[1].All(char.IsUpper))
            return false;
        var initials = string.Concat(fullWords.Skip(1).Where(w => w != "và" && w.Length > 0).Select(w => char.ToUpperInvariant(w[0])));
        return initials == shortWords[1];
    }

    /// <summary>' số 58/2014/QH13' right after a law's name: its number, which the number reader takes.</summary>
    [GeneratedRegex(@"^\s+(?:\(sửa\s+đổi\)\s+)?số\s+[0-9]")]
    private static partial Regex NumberAfterALawName();

    /// <summary>What joins two laws of one list: ', ', ' và ', with the first one's year between ('Luật A năm 2015, Luật B').</summary>
    [GeneratedRegex(@"^\s*(?:\(sửa\s+đổi\)\s*)?(?:năm\s+)?(?:(?:19|20)[0-9]{2}\s*)?(?:,|và|,\s*và)\s*$")]
    private static partial Regex LawListJoin();

    /// <summary>' năm 2019', ' (sửa đổi) năm 2013', or the year alone ('Bộ luật Hình sự 2015').</summary>
    [GeneratedRegex(@"^\s*(?:\(sửa\s+đổi\)\s*)?(?:năm\s+)?(?<y>(?:19|20)[0-9]{2})(?![0-9])")]
    private static partial Regex LawYear();

    /// <summary>Words that apply the law named next: 'theo (quy định của) ', 'trái quy định của ', 'Điều 63 ', 'quy định tại khoản 4, Điều 358 '.</summary>
    [GeneratedRegex(@"(?:(?<![\p{L}])[Tt]heo(?:\s+(?:đúng\s+)?quy\s+định\s+(?:của|tại))?|(?<![\p{L}])(?:trái|vi\s+phạm|đúng)(?:\s+với)?(?:\s+các)?\s+quy\s+định\s+(?:của|tại)|(?<![\p{L}])quy\s+định\s+tại|(?<![\p{L}])[Đđ]iều\s+[0-9]+(?:\s+của)?)\s+$")]
    private static partial Regex CitedBefore();

    /// <summary>'… được Quốc hội khóa XII, Kỳ họp thứ 9 thông qua ngày 29-3-2011'.</summary>
    [GeneratedRegex(@"^[^.;]{0,100}?thông\s+qua\s+(?:vào\s+)?(?<date>ngày\s+[0-9]{1,2}[/-][0-9]{1,2}[/-][0-9]{4}|ngày\s+[0-9]{1,2}\s+tháng\s+[0-9]{1,2}\s+năm\s+[0-9]{4})")]
    private static partial Regex LawPassed();

    [GeneratedRegex(@"(?<![\p{L}])Nghị\s+quyết\s+Đại\s+hội(?:\s+đại\s+biểu\s+toàn\s+quốc)?\s+(?:lần\s+thứ\s+)?(?<congress>[IVXL]+)(?:\s+của\s+Đảng)?(?![\p{L}])")]
    private static partial Regex CongressResolution();

    [GeneratedRegex(@"(?<![\p{L}])(?:Bản|Biên\s+bản)\s+ghi\s+nhớ\s+giữa\s+[^.;]{3,120}?\s+về\s+(?<subject>[^.;,]{3,120}(?:,\s+\p{Ll}[^.;,]{1,60})?)")]
    private static partial Regex Memorandum();

    /// <summary>A later mention adds what the earlier one lacks ('Đề án số 01-ĐA/TW' cited bare after the full citation).</summary>
    private static void Add(Dictionary<string, LegalDocumentMention> found, LegalDocumentMention mention)
    {
        if (!found.TryGetValue(mention.Number, out var earlier))
        {
            found[mention.Number] = mention;
            return;
        }
        found[mention.Number] = earlier with
        {
            // A day told at another citation of the act beats a year or a month told at the first.
            Issued = earlier.Issued is { Granularity: not "day" } && mention.Issued is { Granularity: "day" } ? mention.Issued : earlier.Issued ?? mention.Issued,
            Issuer = earlier.Issuer ?? mention.Issuer,
            Subject = earlier.Subject ?? mention.Subject,
        };
    }

    /// <summary>
    /// Numbers listed after a citation under its kind (', 11596', ' và số 264/QĐ-UB', '; số 269/TB-UBND'), each after
    /// the date, issuer and subject of the one before it, in the same sentence. A bare number continues only a list of
    /// bare numbers, and never as a year or a count ('Quyết định 1234, 20 người').
    /// </summary>
    private static IEnumerable<(string Number, int Start, int End)> ListedAfter(ArticleContext context, int end, bool bare)
    {
        var text = context.Text;
        var sentenceEnd = context.SentenceOf(end - 1).End;
        for (var at = end; at < sentenceEnd;)
        {
            var after = text[at..Math.Min(sentenceEnd, at + DetailWindow)];
            var year = YearOfIssue().Match(after);
            at += year.Length + Details().Match(after[year.Length..]).Length;
            var listed = ListedNumber().Match(text, at);
            if (!listed.Success || listed.Index + listed.Length > sentenceEnd)
                yield break;
            var number = NumberOf(listed);
            if (!number.Any(char.IsLetter))
            {
                var rest = text.AsSpan(listed.Index + listed.Length, Math.Min(20, text.Length - listed.Index - listed.Length));
                if (!bare || number.Length < 2 || BareFollower().IsMatch(rest)
                    || IsYear(number))
                    yield break;
            }
            yield return (number, listed.Groups["number"].Index, listed.Index + listed.Length);
            at = listed.Index + listed.Length;
        }
    }

    [GeneratedRegex(@"\G(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+)(?:số\s+)?" + Number)]
    private static partial Regex ListedNumber();

    /// <summary>The number a citation matched, as one word: '39 /CĐ-TTg' is printed with a stray space, and a stop may close it.</summary>
    private static string NumberOf(Match citation) =>
        citation.Groups["number"].Value.TrimEnd('.').Replace(" ", "", StringComparison.Ordinal);

    /// <summary>A bare number of four digits that reads as a year ('Nghị quyết 2024'), not a document's number.</summary>
    private static bool IsYear(string number) =>
        number.Length == 4 && int.Parse(number, CultureInfo.InvariantCulture) is >= 1900 and <= 2100;

    /// <summary>
    /// A number without a code is a document's only when it reads as one: after 'số', or after a
    /// kind written with its capital ('Quyết định 1348'); in lower case only the kinds that are
    /// no everyday word ('nghị quyết 05'). Years and counts are not numbers: 'Nghị quyết 2024',
    /// 'báo cáo 3 nội dung', 'Kết luận 3 điểm'.
    /// </summary>
    private static bool IsBareNumber(string text, Match match, string written)
    {
        var number = match.Groups["number"].Value;
        var afterSo = match.Groups["so"].Success;
        var rest = text.AsSpan(match.Index + match.Length);
        // 'Kết luận số 35 năm 2022': the year it was issued, not a count of years.
        if (YearOfIssue().IsMatch(rest[..Math.Min(20, rest.Length)]))
            return afterSo || char.IsUpper(written[0]);
        // 'Quyết định số 52 ngày 05/02/1985': the day it was signed, not a count of days.
        if (DayOfIssue().IsMatch(rest[..Math.Min(30, rest.Length)]))
            return afterSo || char.IsUpper(written[0]);
        if (BareFollower().IsMatch(rest[..Math.Min(20, rest.Length)]))
            return false;
        // 'Chương trình 135' names a programme, not a document: only its coded number is one.
        if (written.StartsWith("Chương", StringComparison.Ordinal))
            return false;
        if (afterSo)
            return true;
        // 'Theo quy định 214, …': a rule applied by its number, whatever the case of its kind.
        if (number.Length >= 2 && match.Index >= 5 && TheoBefore().IsMatch(text.AsSpan(match.Index - 5, 5)))
            return true;
        if (IsYear(number))
            return false;
        return char.IsUpper(written[0]) || CommonNouns.Contains(Lexicon.Key(OneSpace(written)));
    }

    [GeneratedRegex(@"(?<![\p{L}])[Tt]heo\s$")]
    private static partial Regex TheoBefore();

    /// <summary>Kinds that stay documents written in lower case ('nghị quyết 05 của Bộ Chính trị').</summary>
    /// <remarks>'công văn 3626', 'tờ trình 409', 'đề án 371': a letter, a submission and a scheme are known by their number in lower case too.</remarks>
    private static readonly HashSet<string> CommonNouns = new(StringComparer.Ordinal) { "nghị quyết", "nghị định", "chỉ thị", "kết luận", "công văn", "tờ trình", "đề án" };

    private static LegalDocumentMention Describe(ArticleContext context, string kind, string number, int start, int end, AnchorDate? anchor)
    {
        var text = context.Text;
        var sentence = context.SentenceOf(start);
        var windowEnd = Math.Min(Math.Max(sentence.End, end), Math.Min(text.Length, end + DetailWindow));
        var after = text[end..windowEnd];
        var yearOfIssue = YearOfIssue().Match(after);
        after = after[yearOfIssue.Length..];
        var details = Details().Match(after);
        // 'ngày 16.8.2019': the dotted day is read as the slashed one.
        var issued = details.Groups["date"].Success ? DayOf(DateRecognizer.Find(details.Groups["date"].Value.Replace('.', '/')).FirstOrDefault(), anchor) : null;
        if (issued is null && yearOfIssue.Success)
            issued = new ExtractedDate(yearOfIssue.Groups["y"].Value, "year");
        // 'Quyết định 874/QĐ-BTTTT 2021': a code without its year, and the year written after it.
        if (issued is null && number.Any(char.IsLetter) && !number.Contains("/19", StringComparison.Ordinal) && !number.Contains("/20", StringComparison.Ordinal)
            && YearAfterCode().Match(after) is { Success: true } yearAfter)
            issued = new ExtractedDate(yearAfter.Groups["y"].Value, "year");
        // 'Nghị định 152/2024/NĐ-CP về … đã được Chính phủ ban hành vào ngày 5/10': the day told later in the sentence,
        // when no other act is cited before it.
        if (issued is null && !details.Groups["date"].Success && IssuedLater().Match(after) is { Success: true } later
            && !Citation().IsMatch(after[..later.Groups["date"].Index]))
            issued = DayOf(DateRecognizer.Find(later.Groups["date"].Value).FirstOrDefault(), anchor);
        var issuer = details.Groups["issuer"].Success ? Issuer(details.Groups["issuer"].Value) : null;
        var subject = details.Groups["subject"].Success ? details.Groups["subject"].Value.Trim().TrimEnd(',', '.', ' ') : null;

        // 'ngày 9/7/2024, Bộ Chính trị ban hành Quyết định 1348': the date and issuer before the kind.
        var before = text[sentence.Start..Math.Max(sentence.Start, start)];
        if (MayEndOnIssuing(before) && IssuedBefore().Match(before) is { Success: true } issuing)
        {
            issuer ??= issuing.Groups["issuer"].Success ? Issuer(issuing.Groups["issuer"].Value) : null;
            // 'Hôm nay 6/1, Thủ tướng ký Quyết định …': a day without its year takes the anchor's. 'Ngày 31/7, Sở trình
            // UBND tỉnh ban hành Quyết định 2282': the day of the proposal, not of the act.
            if (!ProposedBefore().IsMatch(before))
                issued ??= DayOf(DateRecognizer.Find(before).LastOrDefault(d => d.Granularity == DateGranularity.Day && (d.Year is not null || anchor?.Year is not null)), anchor);
        }
        issuer ??= IssuerByCode.FirstOrDefault(c => c.Code.IsMatch(number)).Issuer;
        return new LegalDocumentMention(kind, number, issuer, issued, subject is { Length: >= 3 } ? subject : null, sentence);
    }

    /// <summary>
    /// Whether the words before a kind end on a space after one of the last words of <see cref="IssuedBefore"/> ('ban hành',
    /// 'ký', 'có', 'có ý kiến tại', 'ra'): where they do not, the pattern, tried from every letter of the sentence up to the
    /// kind, cannot match. Most kinds are cited with other words before them.
    /// </summary>
    private static bool MayEndOnIssuing(string before)
    {
        var end = before.Length;
        while (end > 0 && char.IsWhiteSpace(before[end - 1]))
            end--;
        if (end == before.Length)
            return false;
        var words = before.AsSpan(0, end);
        foreach (var last in IssuingLastWords)
        {
            if (words.EndsWith(last, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private static readonly string[] IssuingLastWords = ["hành", "ký", "có", "tại", "ra"];

    /// <summary>'Bộ Chính trị khóa XIII' is the Politburo; 'Ban Chấp hành Trung ương Đảng' the Central Committee.</summary>
    private static string Issuer(string written)
    {
        var issuer = TermSuffix().Replace(written.Trim(), "");
        // 'Thủ tướng đã ký Quyết định …': the Prime Minister's documents are the Government head's.
        if (issuer == "Thủ tướng")
            return "Thủ tướng Chính phủ";
        return issuer.EndsWith(" Đảng", StringComparison.Ordinal) ? issuer[..^" Đảng".Length] : issuer;
    }

    private static string? KindOfCode(string number)
    {
        var code = CodeOf().Match(number);
        if (!code.Success)
            return null;
        var letters = code.Groups["code"].Value;
        // '01/TT-CTN' is the President's submission, not a circular: the President issues none.
        if (letters == "TT" && number.EndsWith("-CTN", StringComparison.Ordinal))
            return "Tờ trình";
        return KindByCode.GetValueOrDefault(letters);
    }

    /// <summary>
    /// The day written last (or first) in a sentence before an act's verb, from <paramref name="sentenceStart"/> to
    /// <paramref name="actStart"/> ('Ngày 3/6, Sở … đã ban hành quyết định …'), dated from the anchor where its year is not written.
    /// </summary>
    private static ExtractedDate? DayWrittenBefore(string text, int sentenceStart, int actStart, AnchorDate? anchor, bool first = false)
    {
        var days = DateRecognizer.Find(text[sentenceStart..actStart]).Where(d => d.Granularity == DateGranularity.Day);
        return DayOf(first ? days.FirstOrDefault() : days.LastOrDefault(), anchor);
    }

    private static ExtractedDate? DayOf(DateMention? date, AnchorDate? anchor = null) =>
        date is { Granularity: DateGranularity.Day, Year: { } year }
            ? new ExtractedDate($"{year:D4}-{date.Month:D2}-{date.Day:D2}", "day")
            : date is { Granularity: DateGranularity.Day, Year: null } && anchor?.Year is not null ? ContextDates.Resolve(date, anchor) : null;

    private const string Kinds =
        @"(?<kind>[Nn]ghị\s+quyết|[Nn]ghị\s+định|[Cc]hỉ\s+thị|[Đđ]ề\s+án|[Qq]uyết\s+định|[Kk]ết\s+luận\s+thanh\s+tra|[Kk]ết\s+luận|[Tt]hông\s+tư\s+liên\s+tịch|[Tt]hông\s+tư|[Qq]uy\s+định|[Qq]uy\s+chế"
        + @"|[Hh]ướng\s+dẫn|[Tt]ờ\s+trình|[Bb]áo\s+cáo|Bộ\s+luật|Luật|Pháp\s+lệnh|[Cc]ông\s+hàm|[Tt]hông\s+cáo|[Tt]hông\s+báo|[Cc]ông\s+văn|[Cc]ông\s+điện"
        + @"|[Kk]ế\s+hoạch|[Tt]hông\s+tri|Lệnh|Chương\s+trình|[Ss]ắc\s+lệnh|[Vv]ăn\s+bản)";

    /// <summary>
    /// '34-NQ/TW', '43/2022/QH15', '112/TTr-CP', '2011-QĐNS/TW', the number with its year alone
    /// ('Quyết định số 79/2024', 'Nghị định 178/2024': the code left out, as papers often print it), or a bare '05'.
    /// A code's first letters are capitals with at most two small letters ('TTg', 'QĐi', 'Ctr'): 'Nghị định 168-Hiệu ứng …'
    /// is a headline's dash before a word, not a code.
    /// </summary>
    private const string Number =
        @"(?<number>[0-9]{1,5}(?:/[0-9]{4})?\s?[-/]\p{Lu}[\p{Lu}0-9]*(?:\p{Ll}{1,2}[\p{Lu}0-9]*)?(?!\p{Ll})(?:[-/][\p{L}0-9.]+)*|[0-9]{1,5}/(?:19|20)[0-9]{2}(?![0-9]|[/\-]\S)|[0-9]{1,5}(?![0-9]|[/\-.,][0-9]|[/\-]?\p{L}|\s/))";

    [GeneratedRegex(@"(?<![\p{L}])" + Kinds + @"(?:\s+(?<so>số))?\s+" + Number)]
    private static partial Regex Citation();

    /// <summary>The same citation, tried only where the search stands (a word of <see cref="CitationStarts"/>).</summary>
    [GeneratedRegex(@"\G(?<![\p{L}])" + Kinds + @"(?:\s+(?<so>số))?\s+" + Number)]
    private static partial Regex CitationHere();

    /// <summary>The words a document's kind opens with: a citation starts only at one of them.</summary>
    internal static readonly FirstWords? CitationStarts = FirstWords.Of(Kinds);

    /// <summary>The citations <see cref="Citation"/> finds in the text, tried only at the words a kind opens with.</summary>
    private static IEnumerable<Match> Citations(string text)
    {
        if (CitationStarts is not { } starts)
        {
            foreach (Match match in Citation().Matches(text))
                yield return match;
            yield break;
        }
        for (var at = starts.NextIn(text, 0); at >= 0;)
        {
            var match = CitationHere().Match(text, at);
            if (match.Success)
                yield return match;
            at = starts.NextIn(text, match.Success ? match.Index + match.Length : at + 1);
        }
    }

    /// <summary>'Số: 45-CT/TW' opening a line, as a document's header prints it.</summary>
    [GeneratedRegex(@"(?<![\p{L}])Số\s*:\s*(?<number>[0-9]{1,5}(?:/[0-9]{4})?[-/]\p{Lu}[\p{L}0-9]*(?:[-/][\p{L}0-9.]+)*)")]
    private static partial Regex LetterHeader();

    [GeneratedRegex(@"^[\s\S]{0,120}?\p{Lu}[\p{L} .]{1,40},\s+ngày\s+[0-9]{1,2}\s+tháng\s+[0-9]{1,2}\s+năm\s+[0-9]{4}")]
    private static partial Regex PlaceAndDate();

    /// <summary>The letters after the number: 'NQ' in '34-NQ/TW', 'QH' in '43/2022/QH15'.</summary>
    [GeneratedRegex(@"^[0-9]+(?:/[0-9]{4})?[-/](?<code>\p{Lu}[\p{L}]*)")]
    private static partial Regex CodeOf();

    /// <summary>' năm 2022' right after a bare number: the year the document was issued.</summary>
    [GeneratedRegex(@"^\s+năm\s+(?<y>(?:19|20)[0-9]{2})(?![0-9])")]
    private static partial Regex YearOfIssue();

    /// <summary>' ngày 26/3/2024', ' ngày 7 tháng 4 năm 2014' right after a bare number: the day the document was signed.</summary>
    [GeneratedRegex(@"^,?\s+ngày\s+[0-9]{1,2}(?:\s*[/.\-]\s*[0-9]{1,2}|\s+tháng\s+[0-9]{1,2})")]
    private static partial Regex DayOfIssue();

    /// <summary>What makes a bare number a count or a year: 'Nghị quyết 2 năm', 'Kết luận 3 điểm'.</summary>
    [GeneratedRegex(@"^\s*(?:%|năm|tháng|ngày|người|điểm|nội\s+dung|vấn\s+đề|văn\s+bản|điều|khoản|trang|lần|giờ|phút|tỷ|triệu|nghìn)(?!\p{L})")]
    private static partial Regex BareFollower();

    /// <summary>A whole day after 'ngày', with its year: '26/3/2024', '26-3-2024', '16.8.2019', '7 tháng 4 năm 2014'.</summary>
    private const string DayOfIssueDate =
        @"[0-9]{1,2}(?:[/-][0-9]{1,2}[/-][0-9]{4}|\.[0-9]{1,2}\.[0-9]{4}|\s+tháng\s+[0-9]{1,2}\s*,?\s+năm\s+[0-9]{4})";

    private const string Issuers =
        @"Bộ\s+Chính\s+trị(?:\s+khóa\s+[IVXLC]+)?|Ban\s+Bí\s+thư(?:\s+khóa\s+[IVXLC]+)?|Ban\s+Chấp\s+hành\s+Trung\s+ương(?:\s+Đảng)?(?:\s+khóa\s+[IVXLC]+)?"
        + @"|Thủ\s+tướng(?:\s+Chính\s+phủ)?|Chính\s+phủ|Quốc\s+hội(?:\s+khóa\s+[IVXLC]+)?|Ủy\s+ban\s+Thường\s+vụ\s+Quốc\s+hội|Chủ\s+tịch\s+nước"
        + @"|Quân\s+ủy\s+Trung\s+ương|Đảng\s+ủy\s+Công\s+an\s+Trung\s+ương|Ủy\s+ban\s+Kiểm\s+tra\s+Trung\s+ương"
        + @"|Bộ\s+(?:trưởng\s+)?(?:Bộ\s+)?\p{Lu}\p{L}*(?:[-&]\p{Lu}+)*(?:\s+\p{L}+){0,4}?(?=\s+(?:về|ngày|quy\s+định|ban\s+hành|hướng\s+dẫn|ký)(?!\p{L})|[,.;]|$)"
        + @"|(?:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Hội\s+đồng\s+nhân\s+dân|Tỉnh\s+ủy|Thành\s+ủy)\s+(?:tỉnh\s+|thành\s+phố\s+|TP\.?\s*)?\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3}";

    /// <summary>
    /// What follows a number: ', ngày 11/01/2022', ', ngày 16.8.2019', ' (ngày 5/10/2016)', ' của Quốc hội',
    /// ' của Bộ GD-ĐT ký ngày 30/8/2016', ' về …'.
    /// </summary>
    [GeneratedRegex(
        @"^(?:,?\s+(?:(?:ban\s+hành|ký)\s+)?(?<date>ngày\s+(?:" + DayOfIssueDate + @"|[0-9]{1,2}[/-][0-9]{1,2}(?![/\-.]?[0-9])))|\s*\(\s*(?<date>ngày\s+" + DayOfIssueDate + @")\s*\))?"
        + @"(?:,?\s+của\s+(?<issuer>" + Issuers + @"))?"
        + @"(?:,?\s+(?:(?:ban\s+hành|ký)\s+)?(?<date>ngày\s+" + DayOfIssueDate + @"))?"
        + @"(?:\s+về\s+(?:việc\s+)?(?:[“""](?<subject>[^”""]{3,300})[”""]|(?<subject>[^.;“”""\n]{3,200})))?")]
    private static partial Regex Details();

    /// <summary>
    /// 'Bộ Chính trị ban hành ', 'Đảng ủy Khối … đã có ', 'Ban Tổ chức Trung ương có ý kiến tại ', 'Chính phủ đã ra '
    /// right before the kind ('ra' only after 'đã' or 'vừa': 'đưa ra', 'ngoài ra' are no issuing).
    /// </summary>
    [GeneratedRegex(@"(?:(?<issuer>" + Issuers + @")\s+)?(?:(?:đã\s+|vừa\s+)?(?:ký\s+)?ban\s+hành|(?:đã\s+|vừa\s+)?ký|(?:đã\s+)?có(?:\s+ý\s+kiến\s+tại)?|(?<![\p{L}])(?:đã|vừa)\s+ra)\s+$")]
    private static partial Regex IssuedBefore();

    /// <summary>' 2021' right after a code that has no year of its own, closed by punctuation or a word that goes on about the act.</summary>
    [GeneratedRegex(@"^\s+(?<y>(?:19|20)[0-9]{2})(?![0-9])(?=\s*[,.;)]|\s*$|\s+(?:về|của|ngày|và|quy|hướng|ban|được|đã)(?![\p{L}]))")]
    private static partial Regex YearAfterCode();

    /// <summary>'… được (Chính phủ) ban hành (vào) ngày 5/10': the day the act was issued, told after its subject.</summary>
    [GeneratedRegex(@"^[^.;]{0,250}?\s(?:đã\s+)?được(?:\s+[^.;,\s]+){0,6}?\s+ban\s+hành\s+(?:vào\s+)?(?<date>ngày\s+[0-9]{1,2}\s*[/\-.]\s*[0-9]{1,2}(?:\s*[/\-.]\s*[0-9]{4})?|ngày\s+[0-9]{1,2}\s+tháng\s+[0-9]{1,2}(?:\s*,?\s+năm\s+[0-9]{4})?)")]
    private static partial Regex IssuedLater();

    /// <summary>'trình UBND tỉnh ban hành ', 'đề nghị Bộ ký ban hành ': an act asked for, not issued.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:trình|đề\s+nghị|đề\s+xuất|kiến\s+nghị|tham\s+mưu(?:\s+cho)?)\s+(?:[^.;,]{0,60}?\s)?(?:ký\s+)?ban\s+hành\s+$")]
    private static partial Regex ProposedBefore();

    [GeneratedRegex(@"\s+khóa\s+[IVXLC]+$")]
    private static partial Regex TermSuffix();
}
