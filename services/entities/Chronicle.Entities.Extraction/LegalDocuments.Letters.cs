using System.Text.RegularExpressions;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction;

internal static partial class LegalDocuments
{
    /// <summary>
    /// An official letter a named sender is told to have sent on a day the sentence writes before the verb, without
    /// its number ('Ngày 7/8, Sở Giáo dục … đã có công văn gửi Ban …', 'vào ngày 25/6, Bộ … đã gửi công văn yêu cầu …'):
    /// the letter is a document of that day (a day opening its clause), named by whom it goes to or what it asks. Only 'công văn' written so: 'có
    /// văn bản' tells of any writing at all. Not read: a letter without a day before the verb (a letter cited in passing),
    /// one still to be sent ('sẽ', 'cần', 'đề nghị … gửi công văn'), a company's letter ('Công ty X có công văn xin …'),
    /// and a letter told again ('công văn này', 'công văn của Bộ').
    /// </summary>
    private static IEnumerable<LegalDocumentMention> LettersSentOnTheDay(ArticleContext context, AnchorDate? anchor)
    {
        var text = context.Text;
        // Most texts write no letter at all: the whole pattern is tried only where 'công văn' stands.
        if (text.IndexOf("ông văn", StringComparison.Ordinal) < 0)
            yield break;
        foreach (Match letter in LetterSent().Matches(text))
        {
            var sentence = context.SentenceOf(letter.Index);
            var whatStart = letter.Index + letter.Length;
            if (whatStart >= sentence.End || EventDates.ToCome(text, sentence))
                continue;
            var before = text.AsSpan(sentence.Start, letter.Index - sentence.Start);
            if (DutyBefore().IsMatch(before) || CompanyBefore().IsMatch(before))
                continue;
            if (SendingDay(text, sentence.Start, letter.Index, anchor) is not { Granularity: "day" } date)
                continue;
            var what = ActName(text, whatStart, sentence.End);
            if (what.Length == 0)
                continue;
            var issuer = IssuerOfAct(text, sentence.Start, letter.Index);
            yield return new LegalDocumentMention("Công văn", $"Công văn {what}", issuer, date, what, sentence);
        }
    }

    /// <summary>
    /// The day written last before the verb when it opens a clause of its own ('Ngày 7/8, Sở …', 'vào ngày 25/6, Bộ …'),
    /// a comma right after it: a day inside a phrase ('kiểm tra kỳ thi ngày 15.9 tại …, thanh tra phát hiện Sở đã có công
    /// văn …') is the day of something else.
    /// </summary>
    private static ExtractedDate? SendingDay(string text, int sentenceStart, int verbStart, AnchorDate? anchor)
    {
        var day = DateRecognizer.Find(text[sentenceStart..verbStart]).LastOrDefault(d => d.Granularity == DateGranularity.Day);
        if (day is null)
            return null;
        var after = text.AsSpan(sentenceStart + day.Start + day.Length, verbStart - sentenceStart - day.Start - day.Length).TrimStart();
        return after.StartsWith(",", StringComparison.Ordinal) ? DayOf(day, anchor) : null;
    }

    /// <summary>
    /// '(đã|vừa) có công văn', 'gửi công văn', 'ban hành công văn', 'phát đi công văn', 'ra công văn', with no number and
    /// no 'này', 'đó', 'của' after the kind: a letter put out, not one cited or received ('khi có công văn của Bộ').
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<!(?:sẽ|chưa|không|thể|cần|phải|khi|nếu|để|nhằm)\s)(?:có|gửi|ban\s+hành|phát\s+đi|ra)\s+(?:một\s+)?[Cc]ông\s+văn(?:\s+hỏa\s+tốc|\s+khẩn)?(?!\s+(?:số\s*:?\s*)?[0-9])(?!\s+(?:này|đó|trên|nói\s+trên|của|số)(?![\p{L}]))\s+")]
    private static partial Regex LetterSent();

    /// <summary>A company, a bank or a firm as the sender: its letter is no act of a public body.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:[Cc]ông\s+ty|[Tt]ập\s+đoàn|[Nn]gân\s+hàng|[Dd]oanh\s+nghiệp|[Hh]iệp\s+hội|[Cc]ổ\s+đông)(?![\p{L}])")]
    private static partial Regex CompanyBefore();
}
