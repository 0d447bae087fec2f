namespace Chronicle.Entities.Extraction;

/// <summary>
/// Countries and territories as the Vietnamese press names them. Foreign posts are read with them
/// ('Thủ tướng Israel', 'Bộ trưởng Ngoại thương Costa Rica'), and a name never starts with one:
/// 'Thủ tướng Ba Lan Donald Tusk' names Donald Tusk, not 'Ba Lan Donald Tusk'.
/// </summary>
internal static class Countries
{
    /// <summary>Names beyond the countries <see cref="Lexicon.Places"/> already knows.</summary>
    private static readonly string[] More =
    [
        "Israel", "Palestine", "Ai Cập", "Ả Rập Xê Út", "Saudi Arabia", "UAE", "Các Tiểu vương quốc Arab Thống nhất", "Qatar", "Kuwait",
        "Iraq", "Syria", "Liban", "Lebanon", "Thổ Nhĩ Kỳ", "Oman", "Bahrain", "Yemen", "Afghanistan", "Pakistan", "Bangladesh",
        "Sri Lanka", "Nepal", "Bhutan", "Maldives", "Mông Cổ", "Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan",
        "Turkmenistan", "Azerbaijan", "Armenia", "Gruzia", "Georgia", "Belarus", "Ukraine", "Moldova", "Ba Lan", "Séc", "Cộng hòa Séc",
        "Slovakia", "Hungary", "Romania", "Bulgaria", "Serbia", "Croatia", "Slovenia", "Bosnia và Herzegovina", "Montenegro",
        "Bắc Macedonia", "Albania", "Hy Lạp", "Síp", "Italy", "Ý", "Italia", "Vatican", "Malta", "Bồ Đào Nha", "Tây Ban Nha", "Andorra",
        "Monaco", "Bỉ", "Hà Lan", "Luxembourg", "Thụy Sĩ", "Áo", "Liechtenstein", "Đan Mạch", "Na Uy", "Thụy Điển", "Phần Lan",
        "Iceland", "Ireland", "Estonia", "Latvia", "Litva", "Lithuania", "Canada", "Hoa Kỳ", "Mỹ", "Cuba", "Venezuela", "Colombia",
        "Ecuador", "Peru", "Bolivia", "Chile", "Argentina", "Uruguay", "Đông Uruguay", "Paraguay", "Brazil", "Mexico", "Guatemala", "Honduras",
        "El Salvador", "Nicaragua", "Costa Rica", "Panama", "Cộng hòa Dominica", "Dominica", "Haiti", "Jamaica", "Trinidad và Tobago",
        "Nam Phi", "Nigeria", "Kenya", "Ethiopia", "Tanzania", "Uganda", "Rwanda", "Ghana", "Senegal", "Angola", "Mozambique",
        "Zimbabwe", "Zambia", "Namibia", "Botswana", "Madagascar", "Algeria", "Maroc", "Morocco", "Tunisia", "Libya", "Sudan",
        "Cameroon", "Côte d'Ivoire", "Bờ Biển Ngà", "Mali", "Niger", "Congo", "Guinea", "Burundi", "Djibouti", "Somalia",
        "New Zealand", "Papua New Guinea", "Fiji", "Timor-Leste", "Đông Timor", "Đài Loan", "Hong Kong", "Ma Cao", "Liên Xô",
        "Vương quốc Anh", "Liên hợp quốc", "Liên Hợp Quốc", "Trung Hoa",
        // Names foreign news uses that the lists above lacked ('Thủ tướng Úc', 'Phó Tổng thống Malawi').
        "Úc", "Malawi", "Liberia", "Sierra Leone", "Gabon", "Gambia", "Benin", "Togo", "Burkina Faso", "Mauritania", "Eritrea", "Nam Sudan",
        "Lesotho", "Eswatini", "Mauritius", "Seychelles", "Comoros", "Cape Verde", "Guyana", "Suriname", "Belize", "Bahamas", "Barbados",
        "Samoa", "Tonga", "Vanuatu", "Kosovo", "Cyprus", "Scotland", "Arab Saudi", "Ả Rập Saudi",
    ];

    /// <summary>Every country name, longest first so that 'Cộng hòa Séc' wins over 'Séc'.</summary>
    public static readonly string[] Names =
        [.. Lexicon.Places[Lexicon.ProvinceNames.Length..].Concat(More).Append("Liên minh châu Âu").Distinct().OrderByDescending(n => n.Length)];

    /// <summary>The names by their first word: most words start none, and those that do start few.</summary>
    private static readonly Dictionary<string, string[]> ByFirstWord = Lexicon.ByFirstWord(Names);

    /// <summary>
    /// One-word country names that also open a word of ours: 'Pháp luật', 'Pháp chế', 'Anh hùng',
    /// 'Mỹ thuật', 'Ý kiến', 'Ý tưởng'. 'Ủy ban Pháp luật' is our Assembly's, not a French committee,
    /// and a sentence opening with 'Ý tưởng' names no country.
    /// </summary>
    private static readonly Dictionary<string, string[]> WordStarts = new(StringComparer.Ordinal)
    {
        ["pháp"] = ["luật", "lý", "chế", "quyền", "y", "định", "trị"],
        ["anh"] = ["hùng", "ngữ", "văn", "em", "chị", "ấy", "ta"],
        ["mỹ"] = ["thuật", "phẩm", "nghệ", "học", "mãn", "quan"],
        ["ý"] = ["kiến", "nghĩa", "thức", "chí", "tưởng", "định", "muốn"],
        ["đức"] = ["tin", "độ", "tính", "hạnh"],
        ["nga"] = ["văn", "ngữ"],
    };

    /// <summary>A one-word country at j that is the first syllable of a word of ours ('Ý tưởng', 'Pháp luật').</summary>
    public static bool OpensWord(IReadOnlyList<Token> tokens, int j, int length) =>
        length == 1 && j + 1 < tokens.Count && OpensWord(tokens[j].Key, tokens[j + 1].Key);

    /// <summary>Whether a one-word country, in lower case, and the syllable after it make a word of ours.</summary>
    private static bool OpensWord(string country, string next) =>
        WordStarts.TryGetValue(country, out var seconds) && seconds.Contains(next);

    /// <summary>
    /// Words after which a country is where someone goes, stays or comes from, not whose post a
    /// title is: 'cựu tổng thống X bỏ chạy sang Nga', 'Thủ tướng Y tới Pháp', 'rút khỏi Ukraine'.
    /// </summary>
    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal) { "sang", "tới", "đến", "thăm", "khỏi", "tại", "ở" };

    /// <summary>
    /// Whether the country written in text at [at, end) can tell whose an untold foreign post is:
    /// not the first syllable of a word of ours ('Ý tưởng'), and not a place someone goes to or is
    /// in ('chạy sang Nga', 'hội nghị tại Pháp'), and not the end of a district's name ('huyện Đông Anh').
    /// </summary>
    public static bool CanOwnPostAt(string text, int at, int end)
    {
        var next = end;
        while (next < text.Length && text[next] == ' ')
            next++;
        var nextEnd = next;
        while (nextEnd < text.Length && char.IsLetter(text[nextEnd]))
            nextEnd++;
        var name = text.AsSpan(at, end - at);
        if (name.IndexOf(' ') < 0 && nextEnd > next && char.IsLower(text[next]) && OpensWord(name.ToString().ToLowerInvariant(), text[next..nextEnd]))
            return false;
        var (wordStart, before) = WordBefore(text, at);
        if (before > wordStart && PlaceWords.Contains(text[wordStart..before]))
            return false;
        // 'huyện Đông Anh', 'TP Thủ Đức': a one-word country right after the first word of a district's or a
        // ward's name ends that name, and says nothing of whose a post is.
        return !(name.IndexOf(' ') < 0 && before == at - 1 && before - wordStart >= 2
            && char.IsUpper(text[wordStart]) && char.IsLower(text[before - 1]) && AfterLocalLevel(text, wordStart));
    }

    /// <summary>
    /// The last words of the levels whose place names are written after them: the local units' ('huyện', 'thị
    /// xã' …), a city's ('TP', 'thành phố') and a province's.
    /// </summary>
    private static readonly HashSet<string> LocalLevelEnds = new(
        LocalUnits.Levels.Select(level => level[(level.LastIndexOf(' ') + 1)..]).Concat(["TP", "phố", "tỉnh"]), StringComparer.Ordinal);

    /// <summary>Whether the word ending just before <paramref name="wordStart"/> is a local level.</summary>
    private static bool AfterLocalLevel(string text, int wordStart)
    {
        var (start, end) = WordBefore(text, wordStart);
        return end > start && LocalLevelEnds.Contains(text[start..end]);
    }

    /// <summary>The letters of the word before <paramref name="at"/>, spaces between skipped, as [Start, End) (empty where none).</summary>
    private static (int Start, int End) WordBefore(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ')
            end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
            start--;
        return (start, end);
    }

    /// <summary>The country names written whole at a character offset of a text, in the order of <see cref="Names"/>.</summary>
    public static IEnumerable<string> WrittenAt(string text, int offset) =>
        Names.Where(c => string.CompareOrdinal(text, offset, c, 0, c.Length) == 0
            && (offset + c.Length == text.Length || !char.IsLetter(text[offset + c.Length])));

    /// <summary>The country written at token j and the number of tokens it takes.</summary>
    public static (string? Country, int Length) At(IReadOnlyList<Token> tokens, int j) =>
        j < tokens.Count && tokens[j].IsCapitalized && ByFirstWord.TryGetValue(tokens[j].Key, out var names) ? Phrase.Longest(tokens, j, names) : (null, 0);
}
