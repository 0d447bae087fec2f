namespace Chronicle.Entities.Extraction;

/// <summary>
/// Bodies whose names the copy writes in sentence case: the kind capitalised, the words after it in lower
/// case ('Trung tâm điều dưỡng người có công', 'Bệnh viện phục hồi chức năng tỉnh X', 'Chi cục thuế huyện Y').
/// The grammar reads a body's name from its capitalised words; these names have none after the kind, so right
/// after a head they are read from their lower-case words instead, where something closes them plainly: a
/// place, a proper name followed by the sentence ('… thương binh Kim Sơn đã'), or the body the unit belongs
/// to ('Trung tâm chống độc (Bệnh viện X)'). Lower-case words nothing closes so are the sentence's ('Giám đốc
/// Trung tâm | cùng cán bộ …') or a shortened name, and a kind in lower case ('giám đốc công ty tư nhân') is
/// the common noun, no body.
/// </summary>
internal static partial class TitleParser
{
    /// <summary>
    /// The body at j whose kind (n words, capitalised) is followed by its name in lower case, as written, and the
    /// words it takes. (null, 0) where no such name is closed.
    /// </summary>
    private static (string? Name, int Length) SentenceCaseName(IReadOnlyList<Token> tokens, int j, int n, string? province)
    {
        var k = j + n;
        // 'Công ty cổ phần X': a company's legal form opens a name the company grammar reads.
        if (!tokens[j].IsCapitalized || k >= tokens.Count || Phrase.Longest(tokens, k, CompanyTitles.CompanyForms).Phrase is not null)
        {
            return (null, 0);
        }
        // 'Trung tâm Quản lý đầu tư tỉnh X': the official spelling capitalises the name's first word only, and the
        // name reads on in lower case as it would after a kind in sentence case.
        var first = OnlyFirstWordCapitalised(tokens, k) ? 1 : 0;
        if (k + first >= tokens.Count || !LowerNameWord(tokens, k + first))
        {
            return (null, 0);
        }
        var end = k + first;
        while (end < tokens.Count && end - k < MaxSentenceCaseWords)
        {
            // 'Trung tâm y tế huyện Hoằng Hóa', 'Chi cục thuế TP Thủ Đức': a place read whole closes the name.
            if (end > k + first && PlaceClosingSentenceCaseName(tokens, end, province) is > 0 and var placeWords)
            {
                return (Tokens.JoinedWithCommas(tokens, j, end + placeWords), end + placeWords - j);
            }
            // 'Trung tâm dự báo khí tượng thủy văn quốc gia': a national body's name closes with 'quốc gia'.
            if (end > k + first && end + 1 < tokens.Count && tokens[end].Key == "quốc" && tokens[end + 1].Key == "gia")
            {
                end += 2;
                return ClosesSentenceCaseName(tokens, end) ? (Tokens.JoinedWithCommas(tokens, j, end), end - j) : (null, 0);
            }
            // 'Trung tâm dị ứng – miễn dịch lâm sàng': a dash between two fields of the name goes on with it.
            if (end > k + first && NameGoesOnAfterDash(tokens, end))
            {
                end++;
                continue;
            }
            if (!LowerNameWord(tokens, end))
            {
                break;
            }
            end++;
        }
        var lowerWords = end - k;
        // 'Trung tâm điều dưỡng thương binh Kim Sơn đã …': a proper name after the lower-case words closes the
        // name, where the sentence goes on after it.
        var proper = end;
        while (proper < tokens.Count && proper - end < MaxProperWordsClosingName && tokens[proper].IsCapitalized && tokens[proper].IsWord && !StartsNameOrTitle(tokens, proper))
        {
            proper++;
        }
        // 'Viện hàn lâm Thụy Điển': a body closed by another country's name is that country's, not ours.
        if (proper > end && Countries.At(tokens, end).Country is { } country && country != "Việt Nam")
        {
            return (null, 0);
        }
        if (proper > end)
        {
            return proper - end < MaxProperWordsClosingName && ClosesSentenceCaseName(tokens, proper) ? (Tokens.JoinedWithCommas(tokens, j, proper), proper - j) : (null, 0);
        }
        // With neither a place nor a proper name the lower-case words are the name of a unit of the body written after
        // them ('Trung tâm chống độc (Bệnh viện X)'), read alone as a section's is; without that body they are too often
        // a shortened name ('Trung tâm công nghệ sinh học' of a city the article names elsewhere) or the sentence's own
        // words. One lower-case word alone ('Bệnh viện tư,', 'Công ty này') is a description, not a name.
        // A name with its first word capitalised that only its owner closes ('Tổng cục Cảnh sát phòng chống tội phạm của Bộ
        // Công an') is a department whose post is named with that owner: read alone, the post would lose it.
        return first == 0 && lowerWords >= MinBareSentenceCaseWords && OwnerAfterUnit(tokens, end, province) ? (Tokens.JoinedWithCommas(tokens, j, end), end - j) : (null, 0);
    }

    /// <summary>
    /// A name's first word written capitalised, the rest of the name in lower case after it ('Quản lý | đầu tư'): a word
    /// of letters, capitalised but not in capitals throughout (a short form), that opens no person's name, title or
    /// province and is followed by a lower-case word of the name.
    /// </summary>
    private static bool OnlyFirstWordCapitalised(IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].IsWord && tokens[k].IsCapitalized && tokens[k].Text.Skip(1).Any(char.IsLower)
        && !StartsNameOrTitle(tokens, k) && Phrase.Longest(tokens, k, Lexicon.ProvinceNames).Phrase is null
        && Countries.At(tokens, k).Country is null && LowerNameWord(tokens, k + 1);

    private const int MaxSentenceCaseWords = 8;

    private const int MinBareSentenceCaseWords = 2;

    /// <summary>A proper name this long after the lower-case words is a run of capitalised words the rule cannot tell.</summary>
    private const int MaxProperWordsClosingName = 4;

    /// <summary>A lower-case word a body's name may hold: a letter word that neither carries the sentence nor joins names.</summary>
    private static bool LowerNameWord(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].IsWord && !tokens[k].IsCapitalized && char.IsLetter(tokens[k].Text[0])
        && (SecondSyllableOfNameWord(tokens, k) || (!CarriesTheSentence(tokens, k) && !ClosesName(tokens, k)))
        && !NotInLowerName.Contains(tokens[k].Key) && !NoNameJoiners.Contains(tokens[k].Key)
        && !StartsNameOrTitle(tokens, k);

    /// <summary>
    /// What ends a name in sentence case after its place or proper name: the text's end, punctuation, a verb or phrase
    /// of time of the sentence, 'ông' or 'bà', 'thuộc' before the owner, a person's name or another title.
    /// </summary>
    private static bool ClosesSentenceCaseName(IReadOnlyList<Token> tokens, int k) =>
        k >= tokens.Count || (!tokens[k].IsWord && !NameGoesOnAfterComma(tokens, k)) || StartsNameOrTitle(tokens, k)
        // 'các', 'những' go on with a name ('Ban quản lý dự án … các công trình …') as often as with the sentence.
        || (ClosesName(tokens, k) && tokens[k].Key is not ("các" or "những"))
        || tokens[k].Key is "ông" or "bà" or "thuộc" or "bị";

    /// <summary>
    /// A body the unit named before k belongs to, written after it: after a comma, a dash, a bracket, 'thuộc' or 'của'
    /// ('…, Bệnh viện X', '(Sở Y tỉnh Z)', 'thuộc Công ty W').
    /// </summary>
    private static bool OwnerAfterUnit(IReadOnlyList<Token> tokens, int k, string? province) =>
        k + 1 < tokens.Count && (tokens[k].Text is "," or "(" or "-" or "–" || tokens[k].Key is "thuộc" or "của")
        && (OwnerBody(tokens, k + 1, province).Name is not null || Department(tokens, k + 1, "Sở", province).Name is not null);

    /// <summary>
    /// 'Trung tâm bảo dưỡng, sửa chữa …': lower-case words of the name after a comma may go on with its listed fields, so
    /// the comma closes no name for certain; a word of the sentence after it ('…, cho biết') does not go on with it.
    /// </summary>
    private static bool NameGoesOnAfterComma(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Text == "," && k + 1 < tokens.Count && LowerNameWord(tokens, k + 1);

    /// <summary>'tài chính - kế hoạch', 'dị ứng – miễn dịch': a dash between two lower-case fields of a name goes on with it.</summary>
    private static bool NameGoesOnAfterDash(IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].Text is "-" or "–" && LowerNameWord(tokens, k + 1);

    /// <summary>
    /// The words of a named place at k that closes a name in sentence case ('huyện Hoằng Hóa', 'tỉnh Nghệ An', 'TP.HCM',
    /// a province's own name), where nothing capitalised goes on after it; else 0. A bare 'tỉnh' names no place here.
    /// </summary>
    private static int PlaceClosingSentenceCaseName(IReadOnlyList<Token> tokens, int k, string? province)
    {
        var startsPlace = SectionPlaceStarts(tokens, k) || (tokens[k].IsCapitalized && Phrase.Longest(tokens, k, Lexicon.ProvinceNames).Phrase is not null);
        if (!startsPlace || Place(tokens, k, province) is not ({ }, var length) || (length == ProvinceLevelWords(tokens, k)))
        {
            return 0;
        }
        return k + length < tokens.Count && tokens[k + length].IsCapitalized && tokens[k + length].IsWord ? 0 : length;
    }

    /// <summary>
    /// 'Trưởng phòng kỹ thuật, Công ty X', 'Phó trưởng phòng tài chính - kế hoạch huyện Y': a section's name in lower
    /// case after the head's own 'phòng' is the section's where its owner closes it: a place read whole, or a body
    /// after a comma, a dash or a bracket. A section no owner closes so ('trưởng phòng | khám') is left unread.
    /// </summary>
    private static bool SentenceCaseSectionClosed(IReadOnlyList<Token> tokens, int k, string? province)
    {
        for (var end = k; end < tokens.Count && end - k <= MaxSentenceCaseWords; end++)
        {
            if (end > k && PlaceClosingSentenceCaseName(tokens, end, province) > 0)
            {
                return true;
            }
            if (end > k && end + 1 < tokens.Count && tokens[end].Text is "," or "(" or "-" or "–")
            {
                // A dash between two fields of the section's name ('tài chính - kế hoạch') goes on with it.
                if (NameGoesOnAfterDash(tokens, end))
                {
                    continue;
                }
                return OwnerAfterUnit(tokens, end, province);
            }
            if (!LowerNameWord(tokens, end))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// Words of two syllables many bodies' names hold whose second syllable alone would be the sentence's verb or a
    /// phrase of time: 'phục hồi' (rehabilitation: no 'hồi năm …'), 'việc làm' (employment: no verb 'làm').
    /// </summary>
    private static bool SecondSyllableOfNameWord(IReadOnlyList<Token> tokens, int k) =>
        k > 0 && NameWordsOfTwoSyllables.Contains($"{tokens[k - 1].Key} {tokens[k].Key}");

    private static readonly HashSet<string> NameWordsOfTwoSyllables = new(StringComparer.Ordinal) { "phục hồi", "việc làm" };
}
