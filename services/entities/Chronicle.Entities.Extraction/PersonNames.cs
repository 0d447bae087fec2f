namespace Chronicle.Entities.Extraction;

/// <summary>A person's name read at a token position.</summary>
internal sealed record NameMatch(string Name, int First, int End)
{
    /// <summary>A country written between a title and the name ('Thủ tướng Ba Lan Donald Tusk'): the post is that country's.</summary>
    public string? Country { get; init; }
}

/// <summary>
/// Vietnamese names (a surname and one to three capitalised syllables), ethnic minority names
/// ('H’Lim Niê'), and Sino-Vietnamese renderings of foreign names ('Tập Cận Bình').
/// </summary>
internal static partial class PersonNames
{
    private const int MaxSyllables = 4;

    /// <summary>
    /// '… Công ty Bảo Việt Hà Thành và Ông Lê Văn A': an honorific after 'và', in either case, before a
    /// person's name opens the next person, so no body's name runs over it ('Bà Rịa' takes no name after it).
    /// </summary>
    public static bool JoinedHonorific(IReadOnlyList<Token> tokens, int k) =>
        k > 0 && tokens[k].Key is "ông" or "bà" && tokens[k - 1].Key == "và" && k + 1 < tokens.Count && At(tokens, k + 1) is not null;

    /// <param name="afterTitle">Right after a title ('… UBND tỉnh H’Yim Kđoh'), where the words before are the title's, not a place's.</param>
    public static NameMatch? At(IReadOnlyList<Token> tokens, int i, bool afterTitle = false)
    {
        if (i >= tokens.Count || !tokens[i].IsCapitalized || (!afterTitle && InPlaceName(tokens, i)))
        {
            return null;
        }
        var first = tokens[i].Text;
        if (!IsMinorityName(first) && !Lexicon.Surnames.Contains(first) && !SurnameBeforeThi(tokens, i))
        {
            return null;
        }
        var end = i + 1;
        while (end < tokens.Count && end - i < MaxSyllables && IsNameSyllable(tokens, end) && SameCase(tokens[i], tokens[end]))
        {
            end++;
        }
        if (end - i < 2 || (Lexicon.NotNameStarts.Contains(first) && end - i < 3))
        {
            return null;
        }
        // 'Bệnh viện Đa khoa Hà Đông Nguyễn Thành Vinh': a run of name syllables longer than a name is a
        // place before one, and the name is read where it starts, not cut at its fourth syllable.
        if (end - i == MaxSyllables && end < tokens.Count && IsNameSyllable(tokens, end) && SameCase(tokens[i], tokens[end])
            && SurnameAmong(tokens, i + 1, i + MaxSyllables))
        {
            return null;
        }
        var name = Tokens.Joined(tokens, i, end);
        if (StartsWithPlace(name) || name.StartsWith("Hồ Chí Minh", StringComparison.Ordinal) || StartsWithCommonNoun(name)
            || !PersonNameCheck.Accept(tokens, i, end, surnameLed: true))
        {
            return null;
        }
        return new NameMatch(name, i, end);
    }

    /// <summary>
    /// A name where the sentence announces one: after 'ông', 'bà', 'Ngài', 'đồng chí', a rank or a
    /// title ('Đại sứ Nhật Bản Yamada Takio'), or before ', title' in a list ('Kpă Văn Thuận, Quyền
    /// Chủ tịch UBND tỉnh'). Two to five capitalised words, whatever their origin: 'Hùng Ba', 'A
    /// Khiêm', 'Marc Knapper', 'Miguel Díaz-Canel Bermúdez'. Honorifics such as 'Samdech Techo' are skipped.
    /// </summary>
    public static NameMatch? Cued(IReadOnlyList<Token> tokens, int i, bool afterTitle = false)
    {
        var start = i;
        while (start < tokens.Count && (ForeignHonorifics.Contains(tokens[start].Text) || ArabHonorificBeforeFullName(tokens, start)))
        {
            start++;
        }
        // 'Tổng thống Biden', 'ông Yoon', 'Israel Katz': an office holder the press names often, by the surname or in full (see ForeignLeaders).
        if ((afterTitle || (start > 0 && tokens[start - 1].Key is "ông" or "bà" or "ngài")) && ForeignLeaders.At(tokens, start) is { } leader)
        {
            return new NameMatch(leader.FullName, start, start + leader.Length);
        }
        // 'Thủ tướng Ba Lan Donald Tusk': a country the title did not take belongs to the post, not the name.
        string? country = null;
        if (afterTitle && start == i && Countries.At(tokens, start) is ({ } named, var length) && named != "Việt Nam")
        {
            country = named;
            start += length;
        }
        // 'PGS TS Nguyễn Hữu Tú', 'GS TSKH Nguyễn Văn A': degrees written apart, without the period that
        // joins them in 'PGS.TS'; the last of them stands before the name.
        while (start + 1 < tokens.Count && Prefixes.Contains(tokens[start].Text) && Prefixes.Contains(tokens[start + 1].Text))
        {
            start++;
        }
        // 'TS Nguyễn Trọng Điều', 'Thủ tướng CP Nguyễn Tấn Dũng': a degree or body's initials before the name.
        if (start < tokens.Count && Prefixes.Contains(tokens[start].Text) && At(tokens, start + 1, afterTitle: true) is { } plain)
        {
            return plain with { Country = country };
        }
        // 'NSND Xuân Bắc', 'NSƯT Chí Trung': an honour or a degree before a stage or pen name, which has no surname
        // for the reading above; the name starts after it, as it does after one before a surname.
        if (start + 2 < tokens.Count && Prefixes.Contains(tokens[start].Text) && IsCuedWord(tokens, start + 1) && IsCuedWord(tokens, start + 2))
        {
            start++;
        }
        var end = start;
        while (end < tokens.Count && end - start < MaxCuedWords && IsCuedWord(tokens, end) && (end == start || SameCase(tokens[start], tokens[end])))
        {
            end++;
            // 'Lula da Silva', 'Van der Bellen', 'Omar al-Bashir': a lower-case particle inside a foreign name.
            var particles = end;
            while (particles < tokens.Count && particles - end < 2 && NameParticles.Contains(tokens[particles].Text))
            {
                particles++;
            }
            if (particles > end && particles < tokens.Count && particles - start < MaxCuedWords && IsCuedWord(tokens, particles)
                && PersonNameCheck.LooksForeign(Tokens.Joined(tokens, start, end)))
            {
                end = particles;
            }
            // 'Haider al-Abadi', 'Omar al-Bashir': the Arabic article written onto the last word, which it leaves in lower case.
            else if (end < tokens.Count && end - start < MaxCuedWords && IsArticleJoinedWord(tokens[end].Text) && tokens[end].Start == tokens[end - 1].End + 1
                && PersonNameCheck.LooksForeign(Tokens.Joined(tokens, start, end)))
            {
                end++;
                break;
            }
        }
        // 'Bun-thoong Chít ma-ny': a Lao name transliterated in hyphenated syllables may break before a lower-case one.
        if (end > start && end < tokens.Count && end - start < MaxCuedWords && IsHyphenatedTail(tokens[end].Text)
            && AnyHyphenated(tokens, start, end) && tokens[end].Start == tokens[end - 1].End + 1)
        {
            end++;
        }
        // 'Vua Charles III', 'Giáo hoàng Leo XIV': a monarch's single name and its ordinal.
        if (afterTitle && end - start == 1 && end < tokens.Count && RegnalNumbers.Contains(tokens[end].Text) && tokens[end].Start == tokens[start].End + 1
            && PersonNameCheck.LooksForeign(tokens[start].Text))
        {
            return new NameMatch($"{tokens[start].Text} {tokens[end].Text}", start, end + 1) { Country = country };
        }
        if ((end - start < 2 && !ForeignSurnameAlone(tokens, start, end) && !(afterTitle && HyphenatedForeignName(tokens, start, end))) || (!afterTitle && InPlaceName(tokens, start)) || PlacePrefixes.Contains(tokens[start].Text))
        {
            return null;
        }
        var name = WrittenWordsJoined(tokens, start, end);
        if (IsHyphenatedTail(tokens[end - 1].Text) && !IsArticleJoinedWord(tokens[end - 1].Text))
        {
            // The syllables of one Lao word: 'Chít ma-ny' is 'Chít-ma-ny'.
            name = $"{name[..^(tokens[end - 1].Text.Length + 1)]}-{tokens[end - 1].Text}";
        }
        if (StartsWithPlace(name) || name.StartsWith("Hồ Chí Minh", StringComparison.Ordinal))
        {
            return null;
        }
        return PersonNameCheck.Accept(tokens, start, end, PersonNameCheck.SurnameLed(tokens, start, end)) ? new NameMatch(name, start, end) { Country = country } : null;
    }

    private const int MinForeignSurnameLength = 4;

    // The helpers below are written as loops, not lambdas: a lambda over a parameter costs an object at every
    // word where a name is tried, whether or not it runs.

    /// <summary>
    /// 'Lô Thị Sen', 'Ma Thị Hiền', 'Tòng Thị Phóng': 'Thị', the middle name of most Vietnamese women, marks the
    /// word before it as a surname, one the lexicon lacks as well (minority and rarer surnames are many). Not where
    /// 'thị' ends a word of two syllables ('Khu Đô Thị Mới', 'Chỉ Thị') or opens one ('Thị Trấn', 'Phó Thị Trưởng', the
    /// places 'Thị Nghè' and 'Thị Cầu').
    /// </summary>
    private static bool SurnameBeforeThi(IReadOnlyList<Token> tokens, int i) =>
        i + 2 < tokens.Count && tokens[i + 1].Text == "Thị" && tokens[i + 2].IsCapitalized && !NotSurnamesBeforeThi.Contains(tokens[i].Key)
        && !NotGivenNamesAfterThi.Contains(tokens[i + 2].Key) && !NotInNames.Contains(tokens[i].Text)
        && tokens[i].Text.All(char.IsLetter) && !PersonNameCheck.LooksForeign(tokens[i].Text);

    /// <summary>Words that make a noun with 'thị' after them: 'đô thị', 'siêu thị', 'chỉ thị', 'thành thị'.</summary>
    private static readonly HashSet<string> NotSurnamesBeforeThi = new(StringComparer.Ordinal)
    {
        "đô", "siêu", "thành", "hiển", "giám", "cận", "viễn", "khinh", "yết", "chỉ", "kỳ", "thị", "môn", "bất",
    };

    /// <summary>Words that make a noun with 'thị' before them: 'thị trấn', 'thị xã', 'thị trường', 'Thị trưởng'.</summary>
    private static readonly HashSet<string> NotGivenNamesAfterThi = new(StringComparer.Ordinal)
    {
        "trấn", "xã", "trường", "trưởng", "ủy", "uỷ", "thực", "sát", "giác", "lực", "phi", "hiếu", "uy", "chính", "nghè", "cầu",
    };

    /// <summary>Whether a word from <paramref name="from"/> up to <paramref name="end"/> is a surname.</summary>
    private static bool SurnameAmong(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (Lexicon.Surnames.Contains(tokens[k].Text))
                return true;
        }
        return false;
    }

    /// <summary>The words of a name from token start to end as the text writes them, initials with their periods.</summary>
    /// <remarks>Without <paramref name="suffixPeriod"/> a generation suffix is written bare ('Jr').</remarks>
    internal static string WrittenWordsJoined(IReadOnlyList<Token> tokens, int start, int end, bool suffixPeriod = true)
    {
        var words = new string[end - start];
        for (var k = start; k < end; k++)
            words[k - start] = WrittenWord(tokens, k, suffixPeriod);
        return string.Join(' ', words);
    }

    private static bool AnyHyphenated(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (tokens[k].Text.Contains('-', StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Nouns written with capitals that open with a surname: the religion in 'Hội thánh Cao Đài Tây Ninh', 'Tòa thánh
    /// Cao Đài', and culture in 'Nhà Văn Hóa Lao Động'. No name read in the feed or the corpus starts so.
    /// </summary>
    private static bool StartsWithCommonNoun(string name) =>
        name.StartsWith("Cao Đài", StringComparison.Ordinal) || name.StartsWith("Văn Hóa", StringComparison.Ordinal)
        || name.StartsWith("Văn Hoá", StringComparison.Ordinal);

    private static bool StartsWithPlace(string name)
    {
        foreach (var place in Lexicon.Places)
        {
            if (name.StartsWith(place, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>Gulf titles of rank written before a ruler's or minister's full name.</summary>
    private static readonly HashSet<string> ArabHonorifics = new(StringComparer.Ordinal) { "Sheikh", "Sheikha", "Sheik" };

    /// <summary>
    /// 'Thủ tướng Qatar Sheikh Mohammed bin Abdulrahman Al Thani': 'Sheikh' is a rank before a full
    /// name of two words or more, not part of it. 'Sheikh Hasina' is a name of its own: one word follows.
    /// </summary>
    private static bool ArabHonorificBeforeFullName(IReadOnlyList<Token> tokens, int k) =>
        ArabHonorifics.Contains(tokens[k].Text) && k + 2 < tokens.Count && IsCuedWord(tokens, k + 1)
        && (IsCuedWord(tokens, k + 2) || NameParticles.Contains(tokens[k + 2].Text));

    private static readonly HashSet<string> RegnalNumbers = new(StringComparer.Ordinal) { "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XIV", "XVI" };

    /// <summary>
    /// 'Tư lệnh quân đội Waker-Uz-Zaman', 'Tổng thống Ramos-Horta': right after a title, one word of
    /// capitalised parts joined by hyphens that is no Vietnamese syllable is a foreign name.
    /// </summary>
    private static bool HyphenatedForeignName(IReadOnlyList<Token> tokens, int start, int end) =>
        end - start == 1 && tokens[start].Text.Split('-') is { Length: >= 2 } parts && parts.All(p => p.Length > 0 && char.IsUpper(p[0]))
        && PersonNameCheck.LooksForeign(tokens[start].Text.Replace('-', ' ')) && Countries.At(tokens, start).Country is null;

    /// <summary>
    /// 'ông Allende', 'bà Merkel': after 'ông', 'bà' or 'ngài', a single word that is no Vietnamese
    /// syllable names a foreigner by the surname. Read as a person, it keeps a title later in the
    /// sentence from going to someone named before it.
    /// </summary>
    private static bool ForeignSurnameAlone(IReadOnlyList<Token> tokens, int start, int end) =>
        end - start == 1 && start > 0 && tokens[start - 1].Key is "ông" or "bà" or "ngài"
        && tokens[start].Text.Length >= MinForeignSurnameLength && PersonNameCheck.LooksForeign(tokens[start].Text);

    /// <summary>
    /// 'R. K. Mehta', 'C.Q. Brown': an initial, or initials written close, keep the period the text gives
    /// them. Periods are no tokens: a gap of two characters before the next word is where one stood.
    /// </summary>
    private static string WrittenWord(IReadOnlyList<Token> tokens, int k, bool suffixPeriod = true) =>
        (IsInitials(tokens[k].Text) && k + 1 < tokens.Count && tokens[k + 1].Start - tokens[k].End == 2)
        || (suffixPeriod && GenerationSuffixWithPeriod(tokens, k))
            ? tokens[k].Text + "."
            : tokens[k].Text;

    /// <summary>'K', or 'C.Q' as the tokens keep 'C.Q.': capitals alone or joined by periods.</summary>
    private static bool IsInitials(string word) =>
        word.Length % 2 == 1 && Enumerable.Range(0, word.Length).All(i => i % 2 == 0 ? char.IsUpper(word[i]) : word[i] == '.');

    /// <summary>
    /// 'Gilberto Teodoro Jr.': the generation suffix keeps its period. Where it ends the sentence
    /// the period is the sentence's too, and no token follows; a sentence ending without one is a
    /// headline, which seldom ends on a name.
    /// </summary>
    private static bool GenerationSuffixWithPeriod(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Text is "Jr" or "Sr" && k > 0 && (k + 1 == tokens.Count || tokens[k + 1].Start - tokens[k].End == 2);

    /// <summary>Degrees and initials written before a name, not part of it.</summary>
    private static readonly HashSet<string> Prefixes = new(StringComparer.Ordinal)
    {
        "TS", "ThS", "Ths", "GS", "PGS", "GS.TS", "PGS.TS", "TS.BS", "BS", "KTS", "NSND", "NSƯT", "CP", "TSKH", "LS",
    };

    private static bool IsMinorityName(string word) => word.Length > 2 && (word[1] is '’' or '\'') && char.IsUpper(word[2]);

    /// <summary>'NGUYỄN PHÚ TRỌNG' is a name in capitals; 'Nguyễn Hải Ninh ẢNH' ends before the photo credit.</summary>
    private static bool SameCase(Token first, Token next) =>
        next.Text.Length < 2 || IsAllCapitals(first.Text) || !IsAllCapitals(next.Text);

    private static bool IsAllCapitals(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private const int MaxCuedWords = 6;

    /// <summary>'al-Abadi', 'el-Sisi': the Arabic article and a capitalised word joined by a hyphen.</summary>
    private static bool IsArticleJoinedWord(string word) =>
        (word.StartsWith("al-", StringComparison.Ordinal) || word.StartsWith("el-", StringComparison.Ordinal))
        && word.Length > 4 && char.IsUpper(word[3]) && word.All(c => char.IsLetter(c) || c == '-');

    private static bool IsHyphenatedTail(string word) =>
        word.Length >= 3 && char.IsLower(word[0]) && word.Contains('-', StringComparison.Ordinal) && word.All(c => char.IsLetter(c) || c == '-');

    /// <summary>Lower-case particles of European and Arabic names, which stand only between capitalised words.</summary>
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "da", "de", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "ter", "la", "le", "du", "al", "bin", "binti", "ibn", "el", "y",
    };

    private static readonly HashSet<string> ForeignHonorifics = new(StringComparer.Ordinal)
    {
        "Ngài", "Samdech", "Techo", "Akka", "Moha", "Sena", "Padei", "Tướng", "Preah", "Karuna", "Bat", "Boromneath",
    };

    private static bool IsCuedWord(IReadOnlyList<Token> tokens, int index)
    {
        var token = tokens[index];
        // 'C.Q. Brown': initials written close are one token, periods and all.
        return token.IsCapitalized && (token.Text.All(c => char.IsLetter(c) || c is '’' or '\'' or '-') || IsInitials(token.Text)) && !NotInNames.Contains(token.Text)
            && !(PhraseStarts.TryGetValue(token.Key, out var followers) && index + 1 < tokens.Count && followers.Contains(tokens[index + 1].Key));
    }

    /// <summary>'số 5 Trần Thánh Tông', 'đường Lê Duẩn', 'Vườn quốc gia Hoàng Liên': streets and places named after people.</summary>
    private static bool InPlaceName(IReadOnlyList<Token> tokens, int i) =>
        i > 0 && (PlaceWords.Contains(tokens[i - 1].Key) || char.IsDigit(tokens[i - 1].Text[0])) && !RelatesTo(tokens, i - 1)
        && !EndsCommissionName(tokens, i - 1);

    /// <summary>
    /// 'Chủ nhiệm Ủy ban Biên giới Quốc gia Lê Hoài Trung': the 'Quốc gia' that closes a commission's or council's
    /// name, a few words after 'Ủy ban' or 'Hội đồng', is followed by its head's name, not by a park's ('Vườn quốc gia X').
    /// </summary>
    private static bool EndsCommissionName(IReadOnlyList<Token> tokens, int k)
    {
        if (tokens[k].Key != "gia" || k < 3 || tokens[k - 1].Text != "Quốc")
            return false;
        for (var j = k - 2; j >= 1 && j >= k - 2 - MaxCommissionNameWords; j--)
        {
            if ((tokens[j].Key == "ban" && tokens[j - 1].Text is "Ủy" or "Uỷ") || (tokens[j].Key == "đồng" && tokens[j - 1].Text == "Hội"))
                return true;
            if (!tokens[j].IsWord)
                return false;
        }
        return false;
    }

    /// <summary>The most words a commission's name holds between 'Ủy ban' and 'Quốc gia' ('An toàn giao thông').</summary>
    private const int MaxCommissionNameWords = 5;

    /// <summary>
    /// 'vụ án liên quan đến Lê Thị A (cựu Chủ tịch Công ty X)': after 'liên quan' the 'đến' says what a matter
    /// concerns, not where someone goes, and the name after it is a person's.
    /// </summary>
    private static bool RelatesTo(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Key == "đến" && k >= 2 && tokens[k - 1].Key == "quan" && tokens[k - 2].Key == "liên";

    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "số", "đường", "phố", "gia", "phường", "xã", "quận", "huyện", "cầu", "trường", "sông", "núi", "đèo", "hẻm", "ngõ", "ngách",
        "tại", "ở", "làng", "buôn", "bản", "tộc", "đô", "sang", "đến", "bãi", "đảo", "vịnh", "thôn", "ấp", "khu",
    };

    /// <summary>First words of Central Highlands and minority place names ('Ea Kar', 'Ia Grai', 'Đăk Glei', 'Plei Phun').</summary>
    private static readonly HashSet<string> PlacePrefixes = new(StringComparer.Ordinal)
    {
        "Ea", "Ia", "Đăk", "Đắk", "Krông", "Plei", "Chư", "Buôn", "Kon", "Mường", "Xơ", "Tu", "Sa",
    };

    /// <summary>A capitalised syllable that is not the start of a title or organisation ('Ủy', 'Bộ', 'Ban').</summary>
    private static bool IsNameSyllable(IReadOnlyList<Token> tokens, int index)
    {
        var token = tokens[index];
        if (!token.IsCapitalized || token.Text.Length > 7 || !token.Text.All(c => char.IsLetter(c) || c is '’' or '\'')
            || (NotInNames.Contains(token.Text) && !GivenNameNotQualifier(tokens, index) && !MiddleNameDai(tokens, index)
                && !LastGivenNameOfWordSyllable(tokens, index) && !GivenNameAfterVanOrThi(tokens, index)))
        {
            return false;
        }
        // Given names that also start common phrases: 'Trung ương', 'Chính phủ', 'Thành ủy' follow
        // a name without being part of it.
        var next = index + 1 < tokens.Count ? tokens[index + 1].Key : "";
        return !(PhraseStarts.TryGetValue(token.Key, out var followers) && followers.Contains(next)) || MiddleNameQuocBeforeHoi(tokens, index);
    }

    /// <summary>
    /// 'ông Mai Quốc Hội, Phó Chủ tịch …': 'Quốc' before 'Hội' is a middle name, not the 'Quốc hội' of the assembly,
    /// where a surname stands before it and 'Hội', written in capitals, ends the name (see <see cref="LastGivenNameOfWordSyllable"/>).
    /// </summary>
    private static bool MiddleNameQuocBeforeHoi(IReadOnlyList<Token> tokens, int index) =>
        tokens[index].Text == "Quốc" && index + 1 < tokens.Count && tokens[index + 1].Text == "Hội" && LastGivenNameOfWordSyllable(tokens, index + 1);

    /// <summary>
    /// 'Nguyễn Mạnh Quyền, Phó Chủ tịch …': 'Quyền' is a given name where no title follows it; before
    /// a capitalised word it is the 'acting' of the title it opens ('Quyền Chủ tịch').
    /// </summary>
    private static bool GivenNameNotQualifier(IReadOnlyList<Token> tokens, int index) =>
        tokens[index].Text == "Quyền" && (index + 1 == tokens.Count || !tokens[index + 1].IsCapitalized);

    /// <summary>
    /// 'Vũ Đại Thắng', 'Trần Đại Quang': 'Đại' right after the surname and before a given name is a
    /// middle name; elsewhere it opens a title or a body ('Đại sứ', 'Đại hội', 'Đại Học').
    /// </summary>
    private static bool MiddleNameDai(IReadOnlyList<Token> tokens, int index) =>
        tokens[index].Text == "Đại" && index >= 1 && Lexicon.Surnames.Contains(tokens[index - 1].Text) && index + 1 < tokens.Count
        && tokens[index + 1].IsCapitalized && tokens[index + 1].Text.Length <= 7 && tokens[index + 1].Text.All(char.IsLetter)
        && !NotInNames.Contains(tokens[index + 1].Text) && !NotAfterDai.Contains(tokens[index + 1].Text);

    /// <summary>
    /// 'Lê Văn Đại, Phó Giám đốc …', 'bà Đinh Thị Hội cho biết': 'Đại' and 'Hội' end a name of three syllables
    /// (a surname, a middle name) when no capitalised word follows; followed by one they open a body or a term
    /// ('Đại học', 'Hội Nhà văn').
    /// </summary>
    private static bool LastGivenNameOfWordSyllable(IReadOnlyList<Token> tokens, int index) =>
        tokens[index].Text is "Đại" or "Hội" && index >= 2 && Lexicon.Surnames.Contains(tokens[index - 2].Text)
        && tokens[index - 1].IsCapitalized && !NotInNames.Contains(tokens[index - 1].Text)
        && (index + 1 == tokens.Count || !tokens[index + 1].IsCapitalized);

    /// <summary>
    /// 'Nguyễn Văn Trưởng, Trưởng Ban …', 'bà Nguyễn Thị Tỉnh', 'Trịnh Văn Ban': after a surname and the middle name
    /// 'Văn' or 'Thị', which end no name, the next capitalised word is the given name, even one that elsewhere opens a
    /// title or a body. A name of two words ('Lê Minh Trưởng phòng …') keeps the title word out.
    /// </summary>
    private static bool GivenNameAfterVanOrThi(IReadOnlyList<Token> tokens, int index) =>
        index >= 2 && tokens[index - 1].Text is "Văn" or "Thị" && GivenNamesOfTitleWords.Contains(tokens[index].Text)
        && (Lexicon.Surnames.Contains(tokens[index - 2].Text) || (tokens[index - 1].Text == "Thị" && SurnameBeforeThi(tokens, index - 2)));

    /// <summary>
    /// Title and body words that are given names too (not 'Ủy', 'UBND', 'Đảng', 'Ông', which never are; 'Đại' and 'Hội'
    /// open a body or a term before a capitalised word, see <see cref="LastGivenNameOfWordSyllable"/>).
    /// </summary>
    private static readonly HashSet<string> GivenNamesOfTitleWords = new(StringComparer.Ordinal)
    {
        "Trưởng", "Tỉnh", "Thứ", "Phó", "Ban", "Bộ", "Chủ", "Tổng",
    };

    /// <summary>Words that make 'Đại …' a term, a rank or a place, not a middle name.</summary>
    private static readonly HashSet<string> NotAfterDai = new(StringComparer.Ordinal)
    {
        "Học", "Sứ", "Tướng", "Tá", "Úy", "Biểu", "Lộ", "Dương", "Nam", "Việt", "Hàn", "Lễ", "Đức", "Lải", "Hải",
    };

    /// <summary>Syllables never found in a person's name: title and organisation words.</summary>
    private static readonly HashSet<string> NotInNames = new(StringComparer.Ordinal)
    {
        "Ủy", "Uỷ", "Bộ", "Ban", "Phó", "Trưởng", "Thứ", "Tổng", "Bí", "Chủ", "Đảng", "Tỉnh", "UBND", "HĐND",
        "Đại", "Hội", "Nhà", "Quyền", "Ông", "Bà",
    };

    private static readonly Dictionary<string, string[]> PhraseStarts = new(StringComparer.Ordinal)
    {
        ["trung"] = ["ương"],
        ["việt"] = ["nam"],
        ["hà"] = ["nội"],
        ["chính"] = ["phủ", "trị"],
        ["quốc"] = ["hội", "gia", "tế"],
        ["thành"] = ["ủy", "phố"],
        ["thường"] = ["trực", "vụ"],
        ["đồng"] = ["chí"],
        // 'Tô Lâm Bài viết …', 'Lương Cường Huân chương …': a word after a name starting the next phrase.
        ["bài"] = ["viết", "báo", "phát"],
        ["huân"] = ["chương"],
        ["huy"] = ["chương"],
    };
}
