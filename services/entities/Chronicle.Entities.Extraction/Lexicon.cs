using Chronicle.Text;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// What the extractor knows of Vietnamese public life, as data: surnames, places, organisations
/// and the titles of posts. Kept apart from the grammar so a statistical model can replace or
/// extend either side later.
/// </summary>
internal static partial class Lexicon
{
    /// <summary>Vietnamese surnames, and the Sino-Vietnamese ones foreign leaders are rendered with.</summary>
    public static readonly HashSet<string> Surnames = new(StringComparer.Ordinal)
    {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
        "Lý", "Lương", "Đinh", "Trịnh", "Mai", "Tô", "Trương", "Hà", "Đào", "Cao", "Lâm", "Chu", "Kiều", "Thái", "Tạ",
        "Quách", "Lưu", "Tăng", "Vương", "Triệu", "Đoàn", "Vi", "Lò", "Hầu", "Giàng", "Sùng", "Mạc", "Khổng", "Phùng",
        "Tống", "La", "Thân", "Nông", "Âu", "Lại", "Đàm", "Mẫn", "Văn", "Tập", "Lục", "Quan", "Y", "Điểu", "Ksor", "Rơ",
        "Nay", "Siu", "Rahlan", "Bế", "Hứa", "Lục", "Từ", "Diệp", "Ninh", "Kim",
        // Rarer ones, each seen in the news after an honorific or a degree ('GS Chử Đức Trình', 'ông Khuất Duy Tiến').
        "Chử", "Nghiêm", "Đổng", "Biện", "Mã", "Tôn", "Đậu", "Chẩu", "Thào", "Tào", "Doãn", "Khuất", "Xà",
        "Lã", "Lữ", "Trà", "Phí", "Khúc", "Khương", "Nhữ",
        // The dharma names of Buddhist clergy open with 'Thích': 'Thích Thanh Quyết'.
        "Thích",
    };

    /// <summary>Provinces and cities (before and after the 2025 mergers) and countries.</summary>
    public static readonly string[] Places =
    [
        "Hà Nội", "TP. Hồ Chí Minh", "TP Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế",
        "An Giang", "Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định",
        "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai",
        "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên",
        "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định",
        "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh",
        "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế",
        "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái", "TP.HCM", "TP HCM", "TPHCM", "TP. HCM",
        "Đăk Lăk", "Đăk Nông",
        "Việt Nam", "Lào", "Campuchia", "Trung Quốc", "Hoa Kỳ", "Mỹ", "Nga", "Nhật Bản", "Hàn Quốc", "Triều Tiên", "Cuba",
        "Ấn Độ", "Pháp", "Đức", "Anh", "Australia", "Singapore", "Thái Lan", "Indonesia", "Malaysia", "Philippines",
        "Myanmar", "Brunei", "Jordan", "Iran", "Brazil", "Mexico", "Tây Ban Nha",
    ];

    /// <summary>
    /// Provinces of the years before the splits of 1989–2008 ('tỉnh Sông Bé', 'tỉnh Hà Tây'), named in careers and
    /// obituaries. Only read after a written 'tỉnh': bare, most of these are also the given names of people ('Đại sứ
    /// Dương Hải Hưng'), bridges or companies, so they are kept out of <see cref="Places"/>. 'Hà Bắc' is left out:
    /// written 'tỉnh Hà Bắc' it is most often China's Hebei.
    /// </summary>
    public static readonly string[] FormerProvinces =
    [
        "Sông Bé", "Hà Tây", "Hà Sơn Bình", "Nghệ Tĩnh", "Hải Hưng", "Vĩnh Phú", "Minh Hải", "Nghĩa Bình", "Phú Khánh",
        "Thuận Hải", "Bình Trị Thiên", "Hà Nam Ninh", "Quảng Nam - Đà Nẵng", "Gia Lai - Kon Tum", "Hà Tuyên", "Bắc Thái",
        "Hoàng Liên Sơn", "Cao Lạng", "Nam Hà", "Cửu Long",
    ];

    /// <summary>The provinces and cities of <see cref="Places"/>, in its order: the names before the countries.</summary>
    public static readonly string[] ProvinceNames = Places[..Array.IndexOf(Places, "Việt Nam")];

    /// <summary>The provinces longest first, so that the first one a text starts with is the longest it names.</summary>
    public static readonly string[] ProvinceNamesLongestFirst = [.. ProvinceNames.OrderByDescending(p => p.Length)];

    /// <summary>Names by the key of their first word, for matching at a token: most words start none.</summary>
    public static Dictionary<string, string[]> ByFirstWord(IEnumerable<string> names) => names
        .GroupBy(n => Key(n.Split(' ')[0]), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>The name a place is known by in a role: 'TP HCM' is 'TP. Hồ Chí Minh'.</summary>
    public static string CanonicalPlace(string place) =>
        place is "TP.HCM" or "TP HCM" or "TPHCM" or "TP. HCM" or "TP Hồ Chí Minh" or "Thành phố Hồ Chí Minh" ? "TP. Hồ Chí Minh" : StandardSpelling(place);

    /// <summary>'Đăk Lăk', 'Đăk Nông', as some papers spell them, are the provinces 'Đắk Lắk', 'Đắk Nông'.</summary>
    public static string StandardSpelling(string province) => province switch
    {
        "Đăk Lăk" => "Đắk Lắk",
        "Đăk Nông" => "Đắk Nông",
        _ => province,
    };

    /// <summary>Whether the place is one of the ways the press writes Hồ Chí Minh City.</summary>
    public static bool IsHoChiMinhCity(string place) => CanonicalPlace(place) == "TP. Hồ Chí Minh";

    /// <summary>The centrally run cities: a bare 'thành phố' or 'Thành ủy' may mean one, a bare 'tỉnh' never does.</summary>
    public static bool IsCentralCity(string place) => IsHoChiMinhCity(place) || CentralCities.Contains(place);

    private static readonly HashSet<string> CentralCities = new(StringComparer.Ordinal) { "Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế" };

    /// <summary>
    /// Central bodies with their canonical names and the short forms the press uses. Matched
    /// ignoring case and tone-mark placement.
    /// </summary>
    public static readonly (string Canonical, string[] Forms)[] Organizations =
    [
        ("Ban Đối ngoại Trung ương", ["Ban Đối ngoại Trung ương Đảng", "Ban Đối ngoại Trung ương", "Ban Đối ngoại T.Ư", "Ban Đối ngoại TƯ", "Ban Đối ngoại TW"]),
        ("Ban Tuyên giáo Trung ương", ["Ban Tuyên giáo Trung ương", "Ban Tuyên giáo TW", "Ban Tuyên giáo T.Ư"]),
        ("Ban Tuyên giáo và Dân vận Trung ương", ["Ban Tuyên giáo và Dân vận Trung ương"]),
        ("Ban Tổ chức Trung ương", ["Ban Tổ chức Trung ương", "Ban Tổ chức TW", "Ban Tổ chức T.Ư"]),
        ("Ban Kinh tế Trung ương", ["Ban Kinh tế Trung ương", "Ban Kinh tế TW"]),
        ("Ban Nội chính Trung ương", ["Ban Nội chính Trung ương", "Ban Nội chính TW"]),
        ("Ban Dân vận Trung ương", ["Ban Dân vận Trung ương", "Ban Dân vận TW"]),
        ("Ban Chính sách, chiến lược Trung ương", ["Ban Chính sách, chiến lược Trung ương"]),
        ("Ủy ban Kiểm tra Trung ương", ["Ủy ban Kiểm tra Trung ương", "Ủy ban Kiểm tra TW"]),
        ("Văn phòng Trung ương Đảng", ["Văn phòng Trung ương Đảng", "Văn phòng TW Đảng"]),
        ("Ban Chấp hành Trung ương", ["Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương", "BCH Trung ương"]),
        ("Bộ Chính trị", ["Bộ Chính trị"]),
        ("Ban Bí thư", ["Ban Bí thư"]),
        ("Quốc hội", ["Quốc hội"]),
        ("Chính phủ", ["Chính phủ"]),
        ("Bộ Ngoại giao", ["Bộ Ngoại giao"]),
        ("Bộ Quốc phòng", ["Bộ Quốc phòng"]),
        ("Bộ Công an", ["Bộ Công an"]),
        ("Thông tấn xã Việt Nam", ["Thông tấn xã Việt Nam", "TTXVN"]),
        ("Mặt trận Tổ quốc Việt Nam", ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc Việt Nam"]),
    ];

    /// <summary>Ministries, for 'Bộ trưởng Bộ X', 'Bộ trưởng X' and 'Thứ trưởng (Bộ) X'.</summary>
    public static readonly string[] Ministries =
    [
        "Ngoại giao", "Quốc phòng", "Công an", "Tài chính", "Tư pháp", "Nội vụ", "Y tế", "Giáo dục và Đào tạo",
        "Kế hoạch và Đầu tư", "Công Thương", "Xây dựng", "Giao thông vận tải", "Tài nguyên và Môi trường",
        "Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường", "Lao động - Thương binh và Xã hội",
        "Văn hóa, Thể thao và Du lịch", "Khoa học và Công nghệ", "Thông tin và Truyền thông", "Dân tộc và Tôn giáo",
        "Thương mại", "Công nghiệp", "Giao thông vận tải", "Lao động, Thương binh và Xã hội",
    ];

    /// <summary>
    /// Ministries as the press shortens them: 'KH&amp;CN', 'GD-ĐT', 'TN&amp;MT'. The ampersand is no
    /// token, so 'KH&amp;CN' is read as the words 'KH CN'.
    /// </summary>
    private static readonly (string Written, string Ministry)[] MinistryShortForms =
    [
        ("KH CN", "Khoa học và Công nghệ"), ("KHCN", "Khoa học và Công nghệ"), ("KH-CN", "Khoa học và Công nghệ"),
        ("GD ĐT", "Giáo dục và Đào tạo"), ("GDĐT", "Giáo dục và Đào tạo"), ("GD-ĐT", "Giáo dục và Đào tạo"),
        ("TT TT", "Thông tin và Truyền thông"), ("TTTT", "Thông tin và Truyền thông"), ("TT-TT", "Thông tin và Truyền thông"),
        ("TN MT", "Tài nguyên và Môi trường"), ("TNMT", "Tài nguyên và Môi trường"), ("TN-MT", "Tài nguyên và Môi trường"),
        ("NN PTNT", "Nông nghiệp và Phát triển nông thôn"), ("NNPTNT", "Nông nghiệp và Phát triển nông thôn"),
        ("NN-PTNT", "Nông nghiệp và Phát triển nông thôn"), ("NN MT", "Nông nghiệp và Môi trường"), ("NN-MT", "Nông nghiệp và Môi trường"),
        ("KH ĐT", "Kế hoạch và Đầu tư"), ("KHĐT", "Kế hoạch và Đầu tư"), ("KH-ĐT", "Kế hoạch và Đầu tư"),
        ("LĐ-TB XH", "Lao động - Thương binh và Xã hội"), ("LĐTBXH", "Lao động - Thương binh và Xã hội"),
        ("LĐ-TBXH", "Lao động - Thương binh và Xã hội"), ("VH-TT DL", "Văn hóa, Thể thao và Du lịch"),
        ("VHTTDL", "Văn hóa, Thể thao và Du lịch"), ("VH-TT-DL", "Văn hóa, Thể thao và Du lịch"), ("GTVT", "Giao thông vận tải"),
        ("DT TG", "Dân tộc và Tôn giáo"), ("DT-TG", "Dân tộc và Tôn giáo"), ("LĐ-TB-XH", "Lao động - Thương binh và Xã hội"),
        // A dash for 'và', as some papers write every ministry: 'Bộ Tài nguyên - Môi trường'.
        ("Tài nguyên - Môi trường", "Tài nguyên và Môi trường"), ("Khoa học - Công nghệ", "Khoa học và Công nghệ"),
        ("Thông tin - Truyền thông", "Thông tin và Truyền thông"), ("Nông nghiệp - Môi trường", "Nông nghiệp và Môi trường"),
        ("Nông nghiệp - Phát triển nông thôn", "Nông nghiệp và Phát triển nông thôn"), ("Dân tộc - Tôn giáo", "Dân tộc và Tôn giáo"),
        ("Giáo dục - Đào tạo", "Giáo dục và Đào tạo"), ("Kế hoạch - Đầu tư", "Kế hoạch và Đầu tư"),
        // Or no joining word at all: 'Sở giáo dục đào tạo tỉnh …'.
        ("Giáo dục Đào tạo", "Giáo dục và Đào tạo"),
        ("Văn hóa - Thể thao - Du lịch", "Văn hóa, Thể thao và Du lịch"), ("Văn hóa - Thể thao và Du lịch", "Văn hóa, Thể thao và Du lịch"),
    ];

    /// <summary>The ministry written at i, in full or shortened, by its full name.</summary>
    public static (string? Ministry, int Length) MinistryAt(IReadOnlyList<Token> tokens, int i)
    {
        if (Phrase.Longest(tokens, i, Ministries) is ({ } full, var n))
            return (full, n);
        foreach (var (written, ministry) in MinistryShortForms)
        {
            if (Phrase.Length(tokens, i, written) is { } m)
                return (ministry, m);
        }
        foreach (var (written, ministry) in SpacedShortForms)
        {
            if (Phrase.Length(tokens, i, written) is { } m)
                return (ministry, m);
        }
        return (null, 0);
    }

    /// <summary>
    /// 'Bộ NN – PTNT', 'Bộ Tài nguyên – Môi trường': each short form with a dash, its dash spaced out or written as a
    /// longer dash; built once, as <see cref="MinistryAt"/> is asked at every word of a text.
    /// </summary>
    private static readonly (string Written, string Ministry)[] SpacedShortForms =
    [
        .. MinistryShortForms.Where(f => f.Written.Contains('-'))
            .SelectMany(f => new[] { " - ", " – " }.Select(dash => (SpacedDash().Replace(f.Written, dash), f.Ministry))),
    ];

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*-\s*")]
    private static partial System.Text.RegularExpressions.Regex SpacedDash();

    /// <summary>The Party commissions a 'Trưởng Ban' or 'Phó Trưởng Ban' heads, without 'Ban'.</summary>
    public static readonly string[] Commissions =
    [
        "Đối ngoại", "Tuyên giáo và Dân vận", "Tuyên giáo", "Tổ chức", "Kinh tế", "Nội chính", "Dân vận", "Chính sách, chiến lược",
    ];

    /// <summary>Words that may not start a person's name even when they are capitalised surnames ('Âu' of 'châu Âu', 'Âu Lạc').</summary>
    public static readonly HashSet<string> NotNameStarts = new(StringComparer.Ordinal) { "Văn", "Y", "La", "Quan", "Kim", "Từ", "Mai", "Hà", "Cao", "Thái", "Âu",
        // Also the first word of places: 'Trà Vinh', 'Trà My'; 'phường Khương Đình'.
        "Trà", "Khương" };

    public static string Key(string text)
    {
        if (KeyCache.TryGetValue(text, out var key))
            return key;
        key = VietnameseText.MatchKey(text);
        // Words repeat across articles; the cache stops growing at a size no vocabulary reaches.
        // (Counted here: the dictionary's own count takes every lock it has, at every word it has not met.)
        if (Volatile.Read(ref _cachedKeys) < MaxCachedKeys && KeyCache.TryAdd(text, key))
            Interlocked.Increment(ref _cachedKeys);
        return key;
    }

    private const int MaxCachedKeys = 200_000;

    private static int _cachedKeys;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> KeyCache = new(StringComparer.Ordinal);
}
