using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// Heads of companies the press names by the brand alone: 'Chủ tịch FPT', 'Tổng Giám đốc
/// Vietcombank', 'Chủ tịch HĐQT HDBank', 'Phó Giám đốc Trung tâm thẻ HDBank'. A brand is one word
/// written as no Vietnamese word is: capitals inside it ('HDBank', 'VNPT') or a spelling that is no
/// Vietnamese syllable ('Vietcombank'). The first kind may run straight into the holder's name; the
/// second only into a Vietnamese one, so that 'Giám đốc Marc Knapper' stays a person.
/// </summary>
internal static partial class CompanyTitles
{
    public static readonly string[] Heads =
    [
        "Chủ tịch Hội đồng quản trị", "Chủ tịch HĐQT", "Chủ tịch HĐTV", "Phó Chủ tịch HĐQT", "Thành viên Hội đồng quản trị", "Thành viên HĐQT", "Chủ tịch", "Phó Chủ tịch",
        "Phó Tổng Giám đốc", "Tổng Giám đốc", "Phó Giám đốc", "Giám đốc", "Phó TGĐ", "PTGĐ", "TGĐ",
        // The chief executive, as the press writes it: 'Giám đốc điều hành Voepass', 'CEO Nvidia'. The post keeps the text's words.
        "Giám đốc điều hành", "Phó Giám đốc điều hành", "CEO",
    ];

    /// <summary>
    /// The functions a company's director may be named for, counted in the wider feed after 'Giám đốc'
    /// (investment, engineering, creative work, operations, research and marketing the most often).
    /// </summary>
    private static readonly string[] CompanyFunctions =
    [
        "Đầu tư", "Kỹ thuật", "Sáng tạo", "Vận hành", "Nghiên cứu", "Tiếp thị", "Marketing", "Chiến lược", "Truyền thông", "Phân tích",
        "Khoa học", "Tài chính", "Công nghệ", "Kinh doanh", "Phát triển kinh doanh", "Thương mại", "Sản phẩm", "Bán hàng", "Nhân sự", "Pháp chế",
    ];

    /// <summary>Words for a company or one of its units that may stand before the brand: 'Tập đoàn FPT', 'Trung tâm thẻ HDBank'.</summary>
    private static readonly string[] UnitWords = ["Tập đoàn", "Tổng công ty", "Công ty", "Ngân hàng", "Trung tâm", "Chi nhánh"];

    private const int MaxUnitLowerWords = 2;

    /// <summary>
    /// Capitalised short forms that are no company: our own bodies ('CATP', 'UBMTTQ', 'HĐH' for an
    /// association of natives), company types, and international organisations ('EU', 'G20').
    /// </summary>
    private static readonly HashSet<string> NotBrands = new(StringComparer.Ordinal)
    {
        "UBND", "HĐND", "TAND", "VKSND", "MTTQ", "UBMTTQ", "MTTQVN", "TP", "BCH", "TW", "TƯ", "ĐBQH", "HĐQT", "HĐTV", "CTCP", "TNHH", "UBKT",
        "BTC", "BCĐ", "BCH", "QH", "CP", "CAND", "QĐND", "CATP", "CAT", "CAH", "CSGT", "BHXH", "KBNN", "NHNN", "ĐHQG", "LĐBĐVN", "LĐLĐ",
        "HĐH", "HTX", "BQL", "KCN", "TPHCM", "HCM",
        "EU", "EC", "UN", "LHQ", "G7", "G20", "ASEAN", "APEC", "WTO", "WHO", "IMF", "NATO", "BRICS", "IPU", "AIPA", "UNESCO", "UNICEF",
        "FAO", "OPEC", "WB", "ADB", "IAEA", "ICC", "ICJ", "FIFA", "AFF", "AFC", "IOC", "OCA", "SCO", "OECD", "UNDP", "AU", "GCC",
    };

    public static TitleMatch? At(IReadOnlyList<Token> tokens, int i)
    {
        if (Phrase.Longest(tokens, i, Heads) is not ({ } head, var n))
        {
            return null;
        }
        // 'Giám đốc Công nghệ Tập đoàn FPT', 'Giám đốc sản phẩm VinBigdata': a company's director of one of its
        // functions holds a post of its own, named with the function.
        if (head is "Giám đốc" or "Phó Giám đốc" && Phrase.Longest(tokens, i + n, CompanyFunctions) is ({ } function, var f))
        {
            head = $"{head} {Tokens.Joined(tokens, i + n, i + n + f)}";
            n += f;
        }
        // 'Chủ tịch của Asset Strategies International', 'CEO của ADOR': the post is named without 'của'.
        var of = i + n < tokens.Count && tokens[i + n].Text == "của" ? 1 : 0;
        // A company is the same body whoever heads it and whatever country they are of: 'Ông Tim Cook,
        // Giám đốc điều hành Apple' needs no country for its holder ('Chủ tịch Tập đoàn Nikkei'). The
        // agencies of states known by a short form ('Giám đốc CIA') are read before, with their country.
        return (NamedCompany(tokens, i, head, n + of) ?? ForeignCompany(tokens, i, head, n + of) ?? Brand(tokens, i, head, n + of)) is { } company
            ? company with { NamesItsOwner = true }
            : null;
    }

    private const int MaxForeignCompanyWords = 5;

    /// <summary>
    /// 'Adrian Day, Chủ tịch của Adrian Day Asset Management, …', 'Giám đốc điều hành Bannockburn
    /// Global Forex': a company of another country named in English, a run of capitalised words with
    /// a word of them no Vietnamese syllable, and one word of company names ('Management', 'Global'). Its holder
    /// is named before the title: the run must close the title, with no name after it.
    /// </summary>
    private static TitleMatch? ForeignCompany(IReadOnlyList<Token> tokens, int i, string head, int n)
    {
        var first = i + n;
        var end = CapitalisedRunEnd(tokens, first);
        // 'Chủ tịch HĐQT Vietnam Airlines Đặng Ngọc Hòa': a Vietnamese holder's name may close the English name.
        var holder = VietnameseHolderAfterEnglishName(tokens, first, end);
        end = holder ?? end;
        if (end - first < 2 || end - first > MaxForeignCompanyWords || (holder is null && end < tokens.Count && tokens[end].IsWord && tokens[end].IsCapitalized)
            || !HoldsCompanyWord(tokens, first, end)
            || !(Enumerable.Range(first, end - first).Any(k => PersonNameCheck.LooksForeign(tokens[k].Text) && !CompanyNameWords.Contains(tokens[k].Text))
                // 'Vietnam Airlines': a name of company words alone, none of them ours.
                || Enumerable.Range(first, end - first).All(k => PersonNameCheck.LooksForeign(tokens[k].Text))))
        {
            return null;
        }
        var body = Tokens.Joined(tokens, first, end);
        var spelled = SpelledOut(head);
        return new TitleMatch($"{spelled} {body}", spelled, body, "", i, end, false);
    }

    /// <summary>
    /// Where a Vietnamese name (a surname, then the rest of the run) follows two or more English words
    /// ('Bamboo Capital Nguyễn Hồ Nam'), the token it starts at; null otherwise. The words before it
    /// must all be foreign: 'Vạn Thịnh Phát' is a Vietnamese company's name, whoever follows.
    /// </summary>
    private static int? VietnameseHolderAfterEnglishName(IReadOnlyList<Token> tokens, int first, int end)
    {
        for (var k = first + 2; k < end; k++)
        {
            if (Lexicon.Surnames.Contains(tokens[k].Text))
            {
                return Enumerable.Range(first, k - first).All(w => PersonNameCheck.LooksForeign(tokens[w].Text))
                    && PersonNames.At(tokens, k, afterTitle: true) is { } name && name.End == end ? k : null;
            }
        }
        return null;
    }

    /// <summary>Words that open a company's name, and the short form of one ('CTCP' is 'Công ty cổ phần').</summary>
    private static readonly string[] CompanyWords = ["Tổng công ty", "Công ty", "Tập đoàn", "Ngân hàng", "CTCP"];

    /// <summary>The legal form a company's name may state before the name proper: 'Công ty cổ phần', 'Công ty TNHH MTV', 'Ngân hàng TMCP'.</summary>
    internal static readonly string[] CompanyForms =
    [
        "cổ phần", "CP", "TNHH", "TNHH MTV", "TNHH một thành viên", "trách nhiệm hữu hạn", "trách nhiệm hữu hạn một thành viên", "TMCP", "thương mại cổ phần",
    ];

    private const int MaxCompanyNameWords = 12;

    private const int MaxLowerWordsInName = 4;

    /// <summary>Lower-case words that carry a sentence on after a company's name, never inside one.</summary>
    public static readonly HashSet<string> SentenceWords = new(StringComparer.Ordinal)
    {
        "bị", "được", "đã", "là", "cho", "có", "sẽ", "đang", "vừa", "tại", "ở", "của", "với", "trong", "khi", "thì", "mà", "để", "từ", "đến",
        "về", "theo", "trên", "sau", "trước", "do", "vì", "nhưng", "hay", "hoặc", "cùng", "cũng", "không", "chưa", "người", "ông", "bà", "này",
        "đó", "kiêm", "nay", "nói", "biết", "gồm", "thuộc", "năm", "ngày", "tháng",
    };

    /// <summary>
    /// 'Chủ tịch HĐQT Công ty cổ phần Đầu tư và Phát triển Kim Oanh Đồng Nai', 'Tổng Giám đốc Tập
    /// đoàn Vạn Thịnh Phát', 'Chủ tịch HĐQT CTCP Tập đoàn Thuận An': a company named in full. Its
    /// name is the capitalised words after the company word and its legal form, each with at most
    /// one lower-case syllable ('Đầu tư', 'Giáo dục'), joined by 'và'; it ends before a person's
    /// name that follows it ('Tập đoàn Hòa Phát Trần Đình Long') and before a verb ('bị bắt').
    /// </summary>
    private static TitleMatch? NamedCompany(IReadOnlyList<Token> tokens, int i, string head, int n)
    {
        var start = i + n;
        if (Phrase.Longest(tokens, start, CompanyWords) is not ({ } unit, var u))
        {
            return null;
        }
        var first = start + u + Phrase.Longest(tokens, start + u, CompanyForms).Length;
        var end = first;
        var gluedTail = 0;
        while (end < tokens.Count && end - first < MaxCompanyNameWords && tokens[end].IsWord)
        {
            var token = tokens[end];
            // 'Công ty X Hương Giang-hoạt động …': a hyphen left without spaces glues the sentence's next word to
            // the name's last; the name ends at the hyphen.
            if (token.IsCapitalized && end > first && GluedLowerCaseTail(token.Text) is > 0 and var tail)
            {
                gluedTail = tail;
                end++;
                break;
            }
            if (token.IsCapitalized)
            {
                // The name's first word is the company's whatever it is ('Công ty CP Hoàng Gia'); a later one may open its
                // head's name, which then closes the run of capitalised words ('Kim Oanh Đồng Nai' goes on: a place).
                if (end > first && OpensHolderName(tokens, end))
                {
                    break;
                }
                end++;
                continue;
            }
            // 'Đầu tư và Phát triển', 'Tập đoàn dược Bảo Châu', 'Xây dựng,': a few lower-case words inside the
            // name, where a capitalised word of it follows; a word that carries the sentence on ('bị', 'cho') ends it.
            var lower = end;
            while (lower < tokens.Count && lower - end < MaxLowerWordsInName && tokens[lower].IsWord && !tokens[lower].IsCapitalized && !SentenceWords.Contains(tokens[lower].Key))
            {
                lower++;
            }
            var closes = (lower == tokens.Count || !tokens[lower].IsWord) && end > first && tokens[end - 1].IsCapitalized && lower == end + 1 && tokens[end].Key != "và";
            // After a brand in capitals the name is over: 'Tập đoàn IPPG kỳ vọng …' goes on with the sentence.
            var afterBrand = end > first && tokens[end - 1].Text.Length > 1 && tokens[end - 1].Text.All(c => !char.IsLetter(c) || char.IsUpper(c));
            var goesOn = lower > end && !afterBrand && lower < tokens.Count && tokens[lower].IsCapitalized && tokens[lower].IsWord && !OpensHolderName(tokens, lower)
                && !PersonNames.JoinedHonorific(tokens, lower);
            if (!closes && !goesOn)
            {
                // 'CTCP Đầu tư và dịch vụ điện lực (ESIC)': a name in lower case up to the short form in brackets.
                end = LowerCaseUpToShortForm(tokens, end) ?? end;
                break;
            }
            end = lower;
        }
        // 'Công ty Tập đoàn quản lý bất động sản Windsor' read only to 'Tập': a name cut inside a company word is no name.
        if (end > first && end < tokens.Count && Phrase.Longest(tokens, end - 1, CompanyWords).Length > 1)
        {
            return null;
        }
        // 'Công ty cổ phần nhựa Duy Tân': the name may open with a lower-case word, but holds a capitalised one.
        var capital = Enumerable.Range(first, end - first).FirstOrDefault(k => tokens[k].IsCapitalized, -1);
        if (capital < 0 || NotBrands.Contains(tokens[capital].Text))
        {
            return null;
        }
        var written = Tokens.Joined(tokens, start, end);
        written = written[..^gluedTail];
        // 'Công ty TNHH MTV Đường sắt Hà Nội (Hanoi Metro) Vũ Hồng Trường': the short form in brackets is
        // read with the title, so that the holder's name after it is the title's; the post is named without it.
        if (end + 2 < tokens.Count && tokens[end].Text == "(" && BracketedShortFormEnd(tokens, end + 1) is { } close)
        {
            end = close;
        }
        var body = unit == "CTCP" ? "Công ty cổ phần" + written[unit.Length..] : written;
        var spelled = SpelledOut(head);
        return new TitleMatch($"{spelled} {body}", spelled, body, "", i, end, false);
    }

    /// <summary>The length of a lower-case word glued by a hyphen after a capitalised one ('Giang-hoạt' → 5); 0 when none.</summary>
    private static int GluedLowerCaseTail(string word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]) ? word.Length - hyphen : 0;
    }

    /// <summary>
    /// A person's name starts at k and closes the run of capitalised words: 'Tập đoàn Hòa Phát Trần Đình Long'
    /// names the chairman after the company; 'Kim Oanh Đồng Nai' holds a province and stays the company's.
    /// </summary>
    /// A foreign name does too: 'Tập đoàn Nikkei Tsuyoshi Hasebe'.
    private static bool OpensHolderName(IReadOnlyList<Token> tokens, int k)
    {
        var holder = PersonNames.At(tokens, k, afterTitle: true)
            ?? (PersonNames.Cued(tokens, k, afterTitle: true) is { } cued && PersonNameCheck.LooksForeign(cued.Name) ? cued : null);
        return holder is not null && !HoldsCompanyWord(tokens, k, holder.End) && holder.End == CapitalisedRunEnd(tokens, k)
            && !Enumerable.Range(k + 1, holder.End - k - 1).Any(p => Phrase.Longest(tokens, p, Lexicon.ProvinceNames).Phrase is not null);
    }

    /// <summary>
    /// English words of company names ('Bamboo Capital', 'Harvest Global Investment Pte Ltd', 'MIK Group'):
    /// a run of capitalised words holding one is still the company's name, never its head's.
    /// </summary>
    private static readonly HashSet<string> CompanyNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Capital", "Group", "Holdings", "Holding", "Investment", "Investments", "Pte", "Ltd", "Limited", "Corp", "Corporation", "Inc", "JSC",
        "Company", "Co", "Land", "Bank", "Securities", "Partners", "Ventures", "Fund", "Global", "International", "Industries", "Energy",
        "Logistics", "Technology", "Technologies", "Solutions", "Media", "Entertainment", "Pharma", "Foods", "Motors", "Airlines", "Resort",
        "Real", "Estate", "Trading", "Services", "Asia", "Vietnam", "Management", "Forex", "Strategies", "Asset", "Advisors", "Research",
        "Markets", "Finance", "Financial", "Systems", "Electronics", "Labs", "Studios", "Air", "Airways",
    };

    private static bool HoldsCompanyWord(IReadOnlyList<Token> tokens, int from, int end) =>
        Enumerable.Range(from, Math.Max(0, end - from)).Any(k => CompanyNameWords.Contains(tokens[k].Text.TrimEnd('.')));

    private static int CapitalisedRunEnd(IReadOnlyList<Token> tokens, int k)
    {
        while (k < tokens.Count && tokens[k].IsCapitalized && tokens[k].IsWord)
        {
            k++;
        }
        return k;
    }

    private const int MaxShortFormWords = 3;

    private const int MaxLowerWordsBeforeShortForm = 6;

    /// <summary>
    /// Where lower-case words of a company's name run from k to its short form in brackets ('… dịch vụ
    /// điện lực (ESIC)'), the '(' they end at; null where a word of the sentence or anything else stands first.
    /// </summary>
    private static int? LowerCaseUpToShortForm(IReadOnlyList<Token> tokens, int k)
    {
        var end = k;
        while (end < tokens.Count && end - k < MaxLowerWordsBeforeShortForm && tokens[end].IsWord && !tokens[end].IsCapitalized && !SentenceWords.Contains(tokens[end].Key))
        {
            end++;
        }
        return end > k && end + 1 < tokens.Count && tokens[end].Text == "(" && BracketedShortFormEnd(tokens, end + 1) is not null ? end : null;
    }

    /// <summary>The token after the ')' closing one to three capitalised words ('(Hanoi Metro)', '(SCB)'), or null.</summary>
    private static int? BracketedShortFormEnd(IReadOnlyList<Token> tokens, int k)
    {
        var end = CapitalisedRunEnd(tokens, k);
        return end > k && end - k <= MaxShortFormWords && end < tokens.Count && tokens[end].Text == ")" ? end + 1 : null;
    }

    /// <summary>'Chủ tịch FPT', 'Tổng Giám đốc Tập đoàn FPT': a company known by its brand.</summary>
    private static TitleMatch? Brand(IReadOnlyList<Token> tokens, int i, string head, int n)
    {
        var j = i + n;
        if (Phrase.Longest(tokens, j, UnitWords) is (not null, var u))
        {
            j += u;
            for (var lower = 0; lower < MaxUnitLowerWords && j < tokens.Count && tokens[j].IsWord && !tokens[j].IsCapitalized; lower++)
            {
                j++;
            }
        }
        // Only a company has a chief executive: after one, or after 'Tập đoàn', a foreign name may follow the brand
        // ('CEO Nvidia Jensen Huang'); after a 'Phó Chủ tịch' any body's, it is more of the name ('Phó Chủ tịch Kalganov Vyacheslav').
        var companyOnly = j > i + n || CompanyOnlyHeads.Contains(head);
        if (j >= tokens.Count || !IsBrand(tokens, j, companyOnly))
        {
            return null;
        }
        var end = j + 1;
        // 'Giám đốc CDC Hải Dương': the province the company serves is part of its name.
        if (Phrase.Longest(tokens, end, Lexicon.ProvinceNames) is (not null, var p))
        {
            end += p;
        }
        // 'Tổng Giám đốc Huawei Việt Nam': a brand's arm in one country is named with the country.
        else if (LocalArmLength(tokens, end) is var arm and > 0)
        {
            end += arm;
        }
        var body = Tokens.Joined(tokens, i + n, end);
        var spelled = SpelledOut(head);
        return new TitleMatch($"{spelled} {body}", spelled, body, "", i, end, false);
    }

    /// <summary>
    /// The tokens of a country written right after a brand ('Huawei Việt Nam', 'Samsung Vietnam'), where
    /// nothing capitalised goes on after it: the company's arm there. 0 where no such country stands.
    /// </summary>
    private static int LocalArmLength(IReadOnlyList<Token> tokens, int k)
    {
        var (country, length) = Countries.At(tokens, k);
        if (country is null && k < tokens.Count && tokens[k].Text == "Vietnam")
        {
            length = 1;
        }
        var end = k + length;
        return length > 0 && (end >= tokens.Count || !tokens[end].IsCapitalized || !tokens[end].IsWord) ? length : 0;
    }

    /// <summary>
    /// 'Chủ tịch HĐQT' is 'Chủ tịch Hội đồng quản trị', 'HĐTV' 'Hội đồng thành viên', 'TGĐ' 'Tổng Giám đốc', 'UVBTV'
    /// 'Ủy viên Ban Thường vụ': one post, one name, however the press shortens it.
    /// </summary>
    public static string SpelledOut(string head) =>
        HeadShortForms.Aggregate(head, (spelled, form) => spelled.Replace(form.Short, form.Full, StringComparison.Ordinal));

    /// <summary>Short forms of heads and of their parts, the longer before the shorter they hold ('PTGĐ' before 'TGĐ').</summary>
    private static readonly (string Short, string Full)[] HeadShortForms =
    [
        ("HĐQT", "Hội đồng quản trị"), ("HĐTV", "Hội đồng thành viên"),
        ("PTGĐ", "Phó Tổng Giám đốc"), ("TGĐ", "Tổng Giám đốc"),
        ("UVBTV", "Ủy viên Ban Thường vụ"), ("UV BTV", "Ủy viên Ban Thường vụ"),
    ];

    /// <summary>The heads as a post is written once read (after the short forms it is built from).</summary>
    private static readonly HashSet<string> SpelledOutHeads = Heads.Select(SpelledOut).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// 'Tổng công ty Cảng hàng không Việt Nam (ACV)' … 'chủ tịch HĐQT ACV', 'Công ty X (HoSE: BCG)' … 'Chủ tịch HĐQT
    /// BCG': a brand the article spells out once in front of its bracketed short form or ticker is that body, and the post is named with
    /// the full name and the short form, as the article introduced it.
    /// </summary>
    public static void SpellOutBrands(string text, List<RoleMention> roles)
    {
        for (var k = 0; k < roles.Count; k++)
        {
            var role = roles[k];
            if (!SpelledOutHeads.Contains(role.Title) || role.Organization.Length < 2 || role.Organization.Contains(' ', StringComparison.Ordinal)
                || !role.Role.EndsWith(" " + role.Organization, StringComparison.Ordinal) || FullNameOf(text, role.Organization) is not var (full, brand))
                continue;
            var body = $"{full} ({brand})";
            roles[k] = role with { Role = $"{role.Title} {body}", Organization = body };
        }
    }

    /// <summary>The full name the text writes right before '(brand', and the brand as written there.</summary>
    private static (string Full, string Brand)? FullNameOf(string text, string brand)
    {
        foreach (Match bracket in BracketedShortForm().Matches(text))
        {
            var written = bracket.Groups["brand"].Value;
            if (!string.Equals(written, brand, StringComparison.OrdinalIgnoreCase))
                continue;
            var from = Math.Max(0, bracket.Index - MaxFullNameChars);
            var before = text[from..bracket.Index];
            var starts = BodyStarts().Matches(before);
            if (starts.Count == 0)
                continue;
            // 'Công ty Cổ phần Tập đoàn X (HoSE: BCG)': a company's kind before a group's, the first word of the name after
            // it capitalised, is one name with it.
            var start = starts[^1];
            for (var earlier = starts.Count - 2; earlier >= 0 && OpensSameName(before, starts[earlier], start); earlier--)
                start = starts[earlier];
            var full = before[start.Index..].Trim();
            if (full.IndexOfAny([',', '.', ';', ':', '(', ')']) < 0 && full.Split(' ').Length >= 3)
                return (full, written);
        }
        return null;
    }

    private const int MaxFullNameChars = 90;

    /// <summary>Whether the words from the earlier body's name up to the later body's kind are a few capitalised words of one name.</summary>
    private static bool OpensSameName(string text, Match earlier, Match later)
    {
        var between = text[(earlier.Index + earlier.Length - 1)..later.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return between.Length is > 0 and <= 3 && char.IsUpper(between[0][0]) && between.All(word => word.All(char.IsLetter));
    }

    /// <summary>'(ACV)', and a listed company's ticker after its exchange: '(HoSE: BCG)', '(mã chứng khoán: HPG)'.</summary>
    [GeneratedRegex(@"\(\s*(?:(?:HoSE|HOSE|HSX|HNX|UPCoM|UPCOM|mã(?:\s+chứng\s+khoán)?|mã\s+CK)\s*:\s*)?(?<brand>\p{Lu}[\p{L}0-9]+)(?:\s+\p{Lu}+)?\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedShortForm();

    [GeneratedRegex(@"(?<![\p{L}])(?:Tổng\s+công\s+ty|Công\s+ty|Tập\s+đoàn|Ngân\s+hàng|Hiệp\s+hội|Hội|Liên\s+đoàn|Tổng\s+cục|Trung\s+tâm|Quỹ)\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex BodyStarts();

    /// <summary>Posts only a company has.</summary>
    private static readonly HashSet<string> CompanyOnlyHeads = new(StringComparer.Ordinal)
    {
        "CEO", "Giám đốc điều hành", "Phó Giám đốc điều hành", "Tổng Giám đốc", "Phó Tổng Giám đốc", "Chủ tịch HĐQT", "Chủ tịch Hội đồng quản trị",
    };

    private static bool IsBrand(IReadOnlyList<Token> tokens, int j, bool companyOnly)
    {
        var word = tokens[j].Text;
        if (!tokens[j].IsCapitalized || word.Length < 2 || !word.All(char.IsLetterOrDigit) || NotBrands.Contains(word)
            || Countries.At(tokens, j).Country is not null || Phrase.Longest(tokens, j, Lexicon.ProvinceNames).Phrase is not null)
        {
            return false;
        }
        if (word.Skip(1).Any(c => char.IsUpper(c) || char.IsDigit(c)))
        {
            return true;
        }
        var next = j + 1 < tokens.Count ? tokens[j + 1] : default;
        // 'Chủ tịch HYBE Bang Si Hyuk', 'CEO Nvidia Jensen Huang': a foreign holder may follow the brand as well.
        return PersonNameCheck.LooksForeign(word)
            && (next.Text is null || !next.IsCapitalized || !next.IsWord || PersonNames.At(tokens, j + 1, afterTitle: true) is not null
                || LocalArmLength(tokens, j + 1) > 0
                || (companyOnly && PersonNames.Cued(tokens, j + 1, afterTitle: true) is { } holder && holder.First == j + 1 && PersonNameCheck.LooksForeign(holder.Name)
                    && !HoldsCompanyWord(tokens, j + 1, holder.End)));
    }
}
