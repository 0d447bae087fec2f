using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// The last word on whether a run of capitalised words read as a name is a person's. Places,
/// countries, organisations and terms of office are capitalised too, and a title is often
/// followed by one ('Bí thư Thành ủy Phủ Lý', 'Thường trực Ban Bí thư khóa XIII'): such words are
/// never a person. A name led by a known surname is accepted; one that is not ('Hùng Ba',
/// 'Benjamin Netanyahu') only where the sentence announces a person, and never right after the
/// name of a body that takes a place ('Thành ủy', 'UBND', 'tỉnh').
/// </summary>
internal static partial class PersonNameCheck
{
    /// <param name="surnameLed">The name starts with a known Vietnamese surname or a minority name.</param>
    public static bool Accept(IReadOnlyList<Token> tokens, int first, int end, bool surnameLed)
    {
        if (end - first < 1 || first >= tokens.Count)
            return false;
        if (NotFirstWords.Contains(tokens[first].Text) || StartsWithPlace(tokens, first) || InsidePlace(tokens, first) || NamesSchool(tokens, first)
            || StartsWithAdministrativePrefix(tokens, first) || (!surnameLed && InsideAdministrativeName(tokens, first)))
            return false;
        for (var k = first; k < end; k++)
        {
            var text = tokens[k].Text;
            if (NeverInNames.Contains(text) || IsRomanNumeral(text))
                return false;
            if (!surnameLed && OrganizationWords.Contains(text))
                return false;
        }
        // 'Thành ủy Phủ Lý', 'UBND huyện Bắc Bình', 'quận Tân Bình': the words name the body's place.
        return surnameLed || first == 0 || !PlaceTakingWords.Contains(tokens[first - 1].Key) || EndsChamber(tokens, first - 1);
    }

    /// <summary>The short forms of school levels: 'THPT Lê Quý Đôn', 'THCS Nguyễn Du'.</summary>
    private static readonly HashSet<string> SchoolLevels = new(StringComparer.Ordinal) { "thpt", "thcs", "ptth", "ptcs", "pttc", "ptdtnt", "ptdtbt" };

    /// <summary>
    /// 'Hiệu trưởng trường THPT Lê Quý Đôn', 'trường Nguyễn Du': schools are named after people of
    /// the past, and the name after a school's level or the word 'trường' is the school's.
    /// </summary>
    /// <remarks>
    /// A name read from the school name's second word ('Quý Đôn' of 'THPT Lê Quý Đôn') is the school's too;
    /// a full name after the school's ('Trường THCS Nguyễn Du Trần Thị Mai') is its head's.
    /// </remarks>
    internal static bool NamesSchool(IReadOnlyList<Token> tokens, int first)
    {
        var k = first - 1;
        if (k >= 1 && tokens[k].IsCapitalized && tokens[k].IsWord && !SchoolLevels.Contains(tokens[k].Key))
            k--;
        if (k >= 0 && (SchoolLevels.Contains(tokens[k].Key) || (tokens[k].Key == "trường" && (k < 1 || !tokens[k - 1].IsCapitalized))))
            return true;
        // 'trường Tiểu học Chu Văn An', 'Trường Đại học Tôn Đức Thắng', 'trường THCS & THPT Lê Lợi': the level
        // spelled out, or levels joined, between the word 'trường' and the name.
        // A name read from the patron's second word ('Quý Đôn' of 'Lê Quý Đôn') skips a surname only, so that a
        // holder after a one-word school name ('Trường Đại học Vinh Trần Văn Hải') stays a person.
        var levelStart = first - 1 >= 1 && Lexicon.Surnames.Contains(tokens[first - 1].Text) ? first - 2 : first - 1;
        while (levelStart >= 0 && SpelledSchoolLevelWords.Contains(tokens[levelStart].Key))
            levelStart--;
        // A joiner right after 'trường' joins no levels: 'nhà trường và Trần Văn Hải'.
        return levelStart >= 0 && tokens[levelStart].Key == "trường" && (levelStart < 1 || !tokens[levelStart - 1].IsCapitalized)
            && tokens[levelStart + 1].Key is not ("&" or "và");
    }

    /// <summary>
    /// The words of a school's level spelled out ('Tiểu học', 'Mầm non', 'Đại học', 'Trung học cơ sở'), the joiners of
    /// two levels, and the levels' short forms (<see cref="SchoolLevels"/>).
    /// </summary>
    private static readonly HashSet<string> SpelledSchoolLevelWords = new(
        ["tiểu", "học", "mầm", "non", "đại", "trung", "cơ", "sở", "phổ", "thông", "cao", "đẳng", "cấp", "chuyên", "th", "&", "và", .. SchoolLevels],
        StringComparer.Ordinal);

    /// <summary>'Chủ tịch Hạ viện Marco Bellini': a chamber takes no place after it, but its holder's name.</summary>
    private static bool EndsChamber(IReadOnlyList<Token> tokens, int k) =>
        k >= 1 && tokens[k].Key == "viện" && tokens[k - 1].Key is "thượng" or "hạ" or "nghị";

    /// <summary>
    /// The name opens with a surname: a Vietnamese one, one of the minorities' ('Vàng Seo Dìn',
    /// 'Thạch Sô Phanh'), a Central Highlands name ('H’Yim Kđoh', 'A Khiêm', 'Y Thông'). A word that
    /// is also a place's first ('Hà', 'Kim') leads a name only with two more words after it.
    /// </summary>
    public static bool SurnameLed(IReadOnlyList<Token> tokens, int first, int end)
    {
        var word = tokens[first].Text;
        if (word.Length > 2 && (word[1] is '’' or '\'') && char.IsUpper(word[2]))
            return true;
        if (word is "A" or "Y")
            return end - first >= 2;
        if (!Lexicon.Surnames.Contains(word) && !MinoritySurnames.Contains(word))
            return false;
        return !Lexicon.NotNameStarts.Contains(word) || end - first >= 3;
    }

    /// <summary>Surnames of the northern and Khmer minorities, beside the Kinh ones the lexicon has.</summary>
    private static readonly HashSet<string> MinoritySurnames = new(StringComparer.Ordinal)
    {
        "Vàng", "Sùng", "Giàng", "Lù", "Thào", "Mùa", "Hờ", "Ly", "Vừ", "Cứ", "Tráng", "Sầm", "Lầu", "Hạng", "Chảo", "Bàn", "Tẩn",
        "Phàn", "Cầm", "Lường", "Tòng", "Quàng", "Thạch", "Danh", "Chau", "Néang", "Kpă", "Niê", "Byă", "Mlô", "Êban", "Nay", "Siu",
    };

    private const int MaxPlaceWords = 4;

    /// <summary>'Lâm Đồng Trần Văn Hiệp' read from 'Đồng': the first word ends a place's name that starts before it.</summary>
    private static bool InsidePlace(IReadOnlyList<Token> tokens, int first)
    {
        for (var back = 1; back < MaxPlaceWords && back <= first; back++)
        {
            var at = first - back;
            if (!tokens[at].IsCapitalized)
                return false;
            if (ProvinceAt(tokens, at) > back || Countries.At(tokens, at).Length > back)
                return true;
        }
        return false;
    }

    /// <summary>
    /// Words that open the name of a unit of government: 'TP Cần Thơ', 'tỉnh Gia Lai', 'Thị xã Sơn
    /// Tây', 'Thành phố Thủ Đức'. The second word, where there is one, must follow.
    /// </summary>
    private static readonly Dictionary<string, string[]> PlacePrefixes = new(StringComparer.Ordinal)
    {
        ["tp"] = [], ["tp."] = [], ["tỉnh"] = [], ["huyện"] = [], ["quận"] = [], ["xã"] = [], ["phường"] = [],
        ["thành"] = ["phố"], ["thị"] = ["xã", "trấn"],
    };

    /// <summary>Words that open the name of a body of government: 'UBND tỉnh', 'Tỉnh ủy Gia Lai', 'Thành ủy Huế', 'Sở Nội vụ', 'Ủy ban nhân dân'.</summary>
    private static readonly Dictionary<string, string[]> BodyPrefixes = new(StringComparer.Ordinal)
    {
        ["ubnd"] = [], ["hđnd"] = [], ["tphcm"] = [], ["sở"] = [], ["bộ"] = [], ["ban"] = [],
        ["tỉnh"] = ["ủy", "uỷ"], ["thành"] = ["ủy", "uỷ"], ["huyện"] = ["ủy", "uỷ"], ["quận"] = ["ủy", "uỷ"], ["thị"] = ["ủy", "uỷ"],
        ["ủy"] = ["ban"], ["uỷ"] = ["ban"],
    };

    /// <summary>The prefix of the table at token j and the number of its words, or 0.</summary>
    private static int PrefixAt(Dictionary<string, string[]> prefixes, IReadOnlyList<Token> tokens, int j)
    {
        if (!prefixes.TryGetValue(tokens[j].Key, out var seconds))
            return 0;
        if (seconds.Length == 0)
            return 1;
        return j + 1 < tokens.Count && seconds.Contains(tokens[j + 1].Key) ? 2 : 0;
    }

    /// <summary>'TP Cần Thơ', 'Tỉnh ủy Gia Lai', 'UBND tỉnh', 'Thành phố Thủ Đức': the words open with a unit of government or one of its bodies.</summary>
    public static bool StartsWithAdministrativePrefix(IReadOnlyList<Token> tokens, int first) =>
        first < tokens.Count && tokens[first].IsCapitalized && (PrefixAt(PlacePrefixes, tokens, first) > 0 || PrefixAt(BodyPrefixes, tokens, first) > 0);

    /// <summary>
    /// 'Chí Minh' in 'Thành phố Hồ Chí Minh', 'Cần Thơ' read on from 'TP': words that start inside a
    /// place's name a prefix opened a word or more before. Right after the prefix a name may stand,
    /// where the prefix ends a title: 'Phó Chủ tịch UBND tỉnh H’Yim Kđoh'.
    /// </summary>
    private static bool InsideAdministrativeName(IReadOnlyList<Token> tokens, int first)
    {
        for (var k = first - 1; k >= 0 && first - k <= MaxPlaceWords; k--)
        {
            if (PrefixAt(PlacePrefixes, tokens, k) == 1 || (k >= 1 && PrefixAt(PlacePrefixes, tokens, k - 1) == 2))
                return k < first - 1 && !AfterMayor(tokens, PrefixAt(PlacePrefixes, tokens, k) == 1 ? k : k - 1);
            if (!tokens[k].IsCapitalized || !tokens[k].IsWord)
                return false;
        }
        return false;
    }

    /// <summary>
    /// 'Thị trưởng thành phố Lima Rafael López': a foreign city's name is one word or two, and the
    /// mayor's name follows it; the mayor rule has read the city already.
    /// </summary>
    private static bool AfterMayor(IReadOnlyList<Token> tokens, int prefix) =>
        prefix >= 2 && tokens[prefix - 2].Key == "thị" && tokens[prefix - 1].Key == "trưởng";

    /// <summary>Whether the name starts with a province or a country ('Israel Benjamin Netanyahu', 'Hà Lan Mark Rutte').</summary>
    public static bool StartsWithPlace(IReadOnlyList<Token> tokens, int first) =>
        Countries.At(tokens, first).Country is not null || ProvinceAt(tokens, first) > 0 || tokens[first].Key is "tp" or "tp." or "tphcm"
        || Phrase.Longest(tokens, first, Regions).Length > 0;

    /// <summary>Continents and world regions, written capitalised as names are: 'Giám đốc CDC Châu Phi, ông …'.</summary>
    private static readonly string[] Regions =
    [
        "Châu Phi", "Châu Âu", "Châu Á", "Châu Mỹ", "Châu Đại Dương", "Trung Đông", "Nam Mỹ", "Bắc Mỹ", "Mỹ Latinh",
        "Đông Nam Á", "Đông Á", "Nam Á", "Trung Á", "Tây Á", "Bắc Phi", "Tây Phi", "Đông Phi", "Đông Âu", "Tây Âu", "Bắc Âu",
    ];

    /// <summary>The number of tokens of the province named at token j, or 0.</summary>
    private static int ProvinceAt(IReadOnlyList<Token> tokens, int j) =>
        ProvincesByFirstWord.TryGetValue(tokens[j].Key, out var provinces) ? Phrase.Longest(tokens, j, provinces).Length : 0;

    /// <summary>Provinces by their first word: most words start none, and one lookup tells.</summary>
    private static readonly Dictionary<string, string[]> ProvincesByFirstWord = Lexicon.ByFirstWord(Lexicon.ProvinceNames);

    /// <summary>
    /// A name that cannot be Vietnamese: no known surname, no letter only Vietnamese writes (ă, ơ,
    /// đ, a hook or dot tone) and a word that is no Vietnamese syllable ('Khamking', 'Netanyahu').
    /// 'Hun Sen' passes for Vietnamese: the test only says yes when it is sure.
    /// </summary>
    public static bool LooksForeign(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 2 && KoreanSharedSurnames.Contains(words[0]))
            return words.Skip(1).Any(RomanizedKoreanSyllable);
        if (words.Length == 0 || Lexicon.Surnames.Contains(words[0]) || words[0].Contains('’') || words[0].Contains('\''))
            return false;
        if (words.Any(w => w.Any(IsVietnameseOnly)))
            return false;
        return words.Any(w => !VietnameseSyllable().IsMatch(Plain(w)));
    }

    /// <summary>Korean surnames that are ours too: 'Kim Yong Hyun' is Korean, 'Kim Ngọc Anh' Vietnamese.</summary>
    private static readonly HashSet<string> KoreanSharedSurnames = new(StringComparer.Ordinal) { "Kim" };

    /// <summary>
    /// Vowel pairs Vietnamese never writes without a mark ('yê', 'ươ', 'êu'), and letters it has not:
    /// a plain word holding one is romanized Korean ('Yong', 'Hyun', 'Jae', 'Seok').
    /// </summary>
    private static readonly string[] UnmarkedForeignClusters = ["yo", "yu", "ye", "oo", "ee", "eu", "ae", "wo", "j", "w", "f", "z"];

    /// <summary>
    /// A plain (unmarked) word that Vietnamese spelling cannot give: 'Yong', 'Hyun', 'Sik' ('k' closes
    /// no syllable of ours). 'Anh', 'Long', 'Chi' are ours.
    /// </summary>
    private static bool RomanizedKoreanSyllable(string word)
    {
        if (!word.All(char.IsAsciiLetter))
            return false;
        var lower = word.ToLowerInvariant();
        return !VietnameseSyllable().IsMatch(lower) || UnmarkedForeignClusters.Any(c => lower.Contains(c, StringComparison.Ordinal));
    }

    /// <summary>Letters and tone marks that English, Spanish or Indonesian names do not use.</summary>
    private static bool IsVietnameseOnly(char c) =>
        c < VietnameseOnlyBelow.Length ? VietnameseOnlyBelow[c] : HasVietnameseOnlyMark(c);

    /// <summary>Every letter of the Latin blocks Vietnamese is written in, decided once: a name's check reads a table.</summary>
    private static readonly bool[] VietnameseOnlyBelow = Enumerable.Range(0, 0x2000).Select(c => HasVietnameseOnlyMark((char)c)).ToArray();

    private static bool HasVietnameseOnlyMark(char c)
    {
        if (c is 'đ' or 'Đ')
            return true;
        if (char.IsAscii(c) || char.IsSurrogate(c))
            return false;
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        // Breve, horn, hook above, dot below: marks of Vietnamese only ('ă', 'ơ', 'ả', 'ạ').
        return decomposed.Any(m => m is '\u0306' or '\u031B' or '\u0309' or '\u0323');
    }

    /// <remarks>
    /// Kept for each word met: a word's lower case is asked of the platform's Unicode library for any word with a letter
    /// outside ASCII, at every capitalised word a name is tried at, and the same words come back article after article.
    /// </remarks>
    private static string Plain(string word)
    {
        if (PlainWords.TryGetValue(word, out var plain))
            return plain;
        plain = Unmarked(word);
        // The store stops growing at a size no vocabulary reaches. (Counted here: the dictionary's own count takes every lock it has.)
        if (Volatile.Read(ref _plainWordCount) < MaxPlainWords && PlainWords.TryAdd(word, plain))
            Interlocked.Increment(ref _plainWordCount);
        return plain;
    }

    private const int MaxPlainWords = 100_000;

    private static int _plainWordCount;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> PlainWords = new(StringComparer.Ordinal);

    /// <summary>The word in lower case without its marks, 'đ' written 'd'.</summary>
    private static string Unmarked(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(c == 'đ' ? 'd' : c);
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$")]
    private static partial Regex VietnameseSyllable();

    /// <summary>'XIII', 'IV', 'X': a term's number, never a name.</summary>
    private static bool IsRomanNumeral(string word) =>
        word.Length > 0 && word.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C') && (word.Length > 1 || word is "I" or "V" or "X");

    /// <summary>
    /// Words after which capitalised words name a place or a body: the body's own place ('Thành ủy
    /// Phủ Lý', 'UBND tỉnh Nam Hà'), or the rest of a body's name ('Bộ Công Thương', 'Sở Nội vụ').
    /// </summary>
    private static readonly HashSet<string> PlaceTakingWords = new(StringComparer.Ordinal)
    {
        "ủy", "uỷ", "ubnd", "hđnd", "tỉnh", "huyện", "quận", "phố", "tp", "tp.", "xã", "phường", "xứ", "bãi", "đảo", "vịnh", "thôn", "ấp",
        "bộ", "sở", "cục", "viện",
    };

    /// <summary>Capitalised words that never belong to a person's name: terms, credits, document words.</summary>
    private static readonly HashSet<string> NeverInNames = new(StringComparer.Ordinal)
    {
        "Khóa", "Khoá", "KHÓA", "Ảnh", "ẢNH", "Reuters", "AFP", "AP", "TTXVN", "Xinhua", "Video", "Clip", "Nguồn",
        "BCH", "TƯ", "TW", "UBND", "HĐND", "ĐBQH", "CP",
    };

    /// <summary>Capitalised words that open a sentence or a clause, never a name.</summary>
    private static readonly HashSet<string> NotFirstWords = new(StringComparer.Ordinal)
    {
        "Với", "Theo", "Tại", "Của", "Và", "Cùng", "Trong", "Sau", "Trước", "Khi", "Đối", "Về", "Nhưng", "Tuy", "Để", "Nhằm", "Qua",
        "Ngày", "Sáng", "Chiều", "Tối", "Hôm", "Năm", "Tháng", "Các", "Những", "Thay", "Thưa", "Kính", "Nhân", "Dù", "Nếu", "Vì",
        "Quận", "Huyện", "Phường", "Tỉnh", "Xã", "Chánh",
        // How teachers and elders are addressed at the start of a sentence ('Cô Lê Thị Hạnh, Hiệu trưởng …').
        "Cô", "Thầy", "Chị", "Cụ",
    };

    /// <summary>Words of organisations' names: a name not led by a surname that holds one is a body ('Liên Hợp Quốc', 'Star Telecom').</summary>
    private static readonly HashSet<string> OrganizationWords = new(StringComparer.Ordinal)
    {
        "Quốc", "Hợp", "Liên", "Ủy", "Uỷ", "Hội", "Đảng", "Bộ", "Ban", "Viện", "Sở", "Cục", "Tổng", "Bệnh", "Báo", "Đài", "Nhà", "Telecom", "Group", "Bank", "Airlines",
        "Corporation", "Company", "Holdings", "Motors", "Nations", "Union", "Council", "Party", "Agency",
        // English words of Vietnamese companies' names ('Bamboo Capital', 'Times Square', 'Novaland Group').
        "Capital", "Square", "Land", "Invest", "Investment", "Properties", "Realty", "Tower", "Media", "Energy", "Steel", "Pharma",
        "Foods", "Airways", "Finance", "Securities", "Insurance", "Technology", "Technologies", "Software", "Solutions", "Logistics",
        "Resort", "Resorts", "Hotel", "Plaza", "Center", "Centre", "Mall", "Entertainment", "Global", "International", "Partners",
        "Ventures", "Fund", "Construction", "Industries", "Industry", "Electric", "Power", "Trading", "Services", "Network", "Systems",
    };
}
