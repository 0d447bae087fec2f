using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>What the whole article says that single sentences need: its province, its main commission, who holds what.</summary>
internal sealed partial class ArticleContext
{
    private readonly Dictionary<string, string> _holders = new(StringComparer.Ordinal);

    /// <param name="address">The address of the page the text was read from, if known: a provincial paper's site names its province.</param>
    /// <param name="headline">The article's headline, which may name the body its posts are written without.</param>
    public ArticleContext(string text, string? address = null, string headline = "")
    {
        Text = text;
        Headline = headline;
        Sentences = SplitAtHeadingsInCapitals(text, JoinedAtInitials(text, Tokens.Sentences(text)));
        Province = FindProvince(text, address);
        MainCommission = FindMainCommission(text);
    }

    public string Text { get; }

    public string Headline { get; }

    public List<TextSpan> Sentences { get; }

    /// <summary>
    /// The province a bare 'Tỉnh ủy' or 'UBND tỉnh' means ('điểm cầu Đắk Lắk'); in an article that
    /// names no province, the one its districts, paper and page address point to ('huyện Phước Sơn',
    /// '(QNO) -', 'baoquangnam.vn').
    /// </summary>
    public string? Province { get; }

    /// <summary>The commission a bare 'Trưởng Ban' means: the one the article names most.</summary>
    public string? MainCommission { get; }

    /// <summary>
    /// 'ông R. K. Mehta, Vụ trưởng …': the period after a foreigner's initial ends no sentence. A
    /// sentence that ends in a lone capital, written after a lower-case word, a comma, another
    /// initial or a foreign given name ('George W. Bush'), or in two initials written close ('C.Q.'),
    /// runs on into the next when that opens with
    /// another initial or a word of a foreign name. 'Nguyễn Văn A.' ends its sentence: the letter follows
    /// a Vietnamese name.
    /// </summary>
    private static List<TextSpan> JoinedAtInitials(string text, List<TextSpan> sentences)
    {
        var joined = new List<TextSpan>(sentences.Count);
        foreach (var sentence in sentences)
        {
            if (joined.Count > 0 && EndsWithInitial(text, joined[^1]) && !text.AsSpan(joined[^1].End, sentence.Start - joined[^1].End).Contains('\n')
                && OpensForeignName(text, sentence))
            {
                joined[^1] = new TextSpan(joined[^1].Start, sentence.End);
            }
            else
            {
                joined.Add(sentence);
            }
        }
        return joined;
    }

    private static bool EndsWithInitial(string text, TextSpan sentence)
    {
        var end = sentence.End;
        if (end - sentence.Start < 3 || text[end - 1] != '.' || !IsLatinCapital(text[end - 2]))
            return false;
        // 'C.Q. Brown', 'J.D. Vance': initials written close, the first after a space or opening the sentence.
        if (text[end - 3] == '.' && end - sentence.Start >= 4 && IsLatinCapital(text[end - 4]))
            return end - sentence.Start == 4 || text[end - 5] == ' ';
        if (text[end - 3] != ' ')
            return false;
        // The word before the initial: lower case ('ông', 'Đại sứ'), a comma or dash, or another initial ('R.').
        var before = end - 4;
        if (before < sentence.Start)
            return true;
        if (text[before] is ',' or '-' or '–' or '(')
            return true;
        if (text[before] == '.' && before >= 1 && IsLatinCapital(text[before - 1]) && (before < 2 || text[before - 2] == ' '))
            return true;
        var start = before;
        while (start > sentence.Start && char.IsLetter(text[start - 1]))
            start--;
        // 'George W. Bush': a foreign given name before the initial, where 'Nguyễn Văn A.' has a Vietnamese one.
        return char.IsLetter(text[before]) && (char.IsLower(text[start]) || PersonNameCheck.LooksForeign(text[start..(before + 1)]));
    }

    private static bool OpensForeignName(string text, TextSpan sentence)
    {
        var first = sentence.Start;
        if (sentence.Length >= 2 && IsLatinCapital(text[first]) && text[first + 1] == '.')
            return true;
        var end = first;
        while (end < sentence.End && char.IsLetter(text[end]))
            end++;
        var word = text[first..end];
        return word.Length > 1 && char.IsUpper(word[0]) && PersonNameCheck.LooksForeign(word);
    }

    private static bool IsLatinCapital(char c) => c is >= 'A' and <= 'Z';

    public TextSpan SentenceOf(int offset) =>
        Sentences.FirstOrDefault(s => s.Start <= offset && offset < s.End) is { Length: > 0 } sentence ? sentence : new TextSpan(offset, offset);

    /// <summary>
    /// The post a title attached to a person stands for. A title that needs the article ('Bộ
    /// trưởng', 'Đại sứ', 'Trưởng Ban') takes the person's own post with that head, else for a
    /// 'Trưởng Ban' the body named just before it ('Ban Chỉ đạo … do X làm Trưởng Ban') or the
    /// article's commission, and for 'Đại sứ' the embassy the article names. A title of someone
    /// serving another country takes that country's post ('Tổng Bí thư' of Tập Cận Bình, 'Thứ
    /// trưởng Bộ Công an nước chủ nhà'). Null when nothing in the article says which post it is,
    /// and for people the article only recalls ('phần mộ của Tổng Bí thư Lê Duẩn').
    /// </summary>
    public (string Role, string Title, string Organization, string Qualifier)? Resolve(TitleMatch title, TextSpan span, TextSpan sentence, string person, string? country)
    {
        var post = ResolveFromArticle(title, span, sentence, person, country);
        // 'Bí thư Tỉnh ủy Hà Đông': a unit the lexicon does not know, closed with the article's, is left unread.
        return post is { } resolved && !title.NeedsContextOrganization && LosesWrittenUnit(resolved.Organization, span, sentence, person) ? null : post;
    }

    private (string Role, string Title, string Organization, string Qualifier)? ResolveFromArticle(TitleMatch title, TextSpan span, TextSpan sentence, string person, string? country)
    {
        if (OnlyRecalled(person) || OnlyCutShort(person))
        {
            return null;
        }
        var qualifier = title.Qualifier.Length == 0 && SaysLate(span, sentence, person) ? "former" : title.Qualifier;
        // 'Chủ tịch Tập đoàn Nikkei', 'Giám đốc Bệnh viện Al-Ahly': a company, hospital or publisher
        // named in full is the same body whoever heads it and whatever country they are of.
        if (title.NamesItsOwner || (title.Country is null && !title.NeedsContextOrganization && TitleLexicon.IsNamedBody(title.Organization)))
        {
            // 'Trưởng Ban Quản lý dự án các khu công nghiệp tỉnh' in a list of another province's officials: the bare
            // 'tỉnh' the reading closed with the article's province is the one in scope, as for any provincial post.
            return PlacelessLevel(title.Role) is null && Rescoped(title, span) is { } local
                ? (local.Role, title.Title, local.Organization, qualifier)
                : (title.Role, title.Title, title.Organization, qualifier);
        }
        if (title.Country is null && (country ?? InferredForeignCountry(title, person, span, sentence, qualifier)) is { } foreign && foreign != "Việt Nam")
        {
            RememberCountry(person, foreign);
            return ForeignPost(title, person, foreign) is { } post ? (post, title.Title, foreign, qualifier) : null;
        }
        if (title.Country is null && (LooksForeign(person) || ForeignTitles.NeedsForeignHolder(title)))
        {
            // Someone of another country whose country the article does not give: no post of ours is theirs.
            return null;
        }
        if (!title.NeedsContextOrganization)
        {
            if (LocalUnits.UnnamedLevel(title.Organization) is { } unnamed)
            {
                if (UnitNamed(span, unnamed.Level) is { } unit && title.Role.EndsWith(title.Organization, StringComparison.Ordinal))
                {
                    var organization = LocalUnits.Completed(title.Organization, unnamed.Level, unnamed.LevelWritten, unit);
                    return (title.Role[..^title.Organization.Length] + organization, title.Title, organization, qualifier);
                }
                // 'Phó Chủ tịch UBND quận' of no unit the article names is no post; a bare 'Bí thư Huyện ủy' is
                // kept as read, at least no Central Committee's post.
                if (unnamed.LevelWritten)
                    return null;
            }
            if (CityAfter(title, span) is { } city)
            {
                return ($"{title.Role} {city}", title.Title, $"{title.Organization} {city}", qualifier);
            }
            if (Rescoped(title, span) is { } local)
            {
                return (local.Role, title.Title, local.Organization, qualifier);
            }
            if (BareDepartment(title.Organization) && (OwnCentralBody(person) ?? DepartmentOwner) is { } owner)
            {
                return ($"{title.Role}, {owner}", title.Title, $"{title.Organization}, {owner}", qualifier);
            }
            return (title.Role, title.Title, title.Organization, qualifier);
        }
        if (title.BodyKinds is { } kinds)
        {
            return BodyInReach(title, kinds, span, sentence, person, qualifier) is { } body
                ? (TitleParser.Compose(title.Title, body), title.Title, body, qualifier)
                : null;
        }
        // 'Bộ trưởng X là Phó Trưởng ban Ban Chỉ đạo': the steering committee the article names in full.
        if (title.Organization == "Ban Chỉ đạo")
        {
            return NamedSteeringCommittee is { } committee ? ($"{title.Role} {committee}", title.Title, committee, qualifier) : null;
        }
        // 'Thủ tướng X - phó chủ tịch hội đồng': the one council the article names in full.
        if (title.Organization == "Hội đồng")
        {
            return NamedCouncil is { } council ? ($"{title.Role} {council}", title.Title, council, qualifier) : null;
        }
        // 'Thứ trưởng Bộ Thương nghiệp': a ministry the lexicon does not know is not the one the article gives the holder.
        var writtenMinistry = MinistryTitles.Contains(title.Title) ? WrittenMinistry(span, sentence, person) : null;
        if (RoleOf(person, title.Title) is { } own)
        {
            return writtenMinistry is null || MinistryOf(own).StartsWith(writtenMinistry, StringComparison.Ordinal) ? (own, title.Title, "", qualifier) : null;
        }
        if (title.Title == "Đại sứ")
        {
            return EmbassyCountry is { } host ? ($"Đại sứ Việt Nam tại {host}", title.Title, "", qualifier) : null;
        }
        if (MinistryTitles.Contains(title.Title))
        {
            return MinistryNear(span, sentence, title.Title) is { } ministry
                && (writtenMinistry is null || ministry.StartsWith(writtenMinistry, StringComparison.Ordinal))
                ? ($"{title.Title} Bộ {ministry}", title.Title, $"Bộ {ministry}", qualifier) : null;
        }
        return CommissionOf(title, span, sentence) is { } commission
            ? (TitleParser.Compose(title.Title, commission), title.Title, commission, qualifier)
            : null;
    }

    /// <summary>
    /// The unit of the level a post written without its unit's name stands for: the one its own entry
    /// names after it ('Bí thư Huyện ủy, Chủ tịch HĐND huyện Tân Yên'), else the one the article names
    /// (<see cref="LocalUnits"/>).
    /// </summary>
    private string? UnitNamed(TextSpan span, string level)
    {
        var (entryStart, entryStop) = EntryAfter(span);
        if (LocalUnits.Named(Text, entryStart, entryStop - entryStart).FirstOrDefault(u => u.Level == level).Name is { } inEntry)
            return inEntry;
        if (!_unitsByLevel.TryGetValue(level, out var one))
            _unitsByLevel[level] = one = LocalUnits.TheOne(LocalUnits.Named(Text).Where(u => u.Level == level).Select(u => u.Name));
        return one;
    }

    private readonly Dictionary<string, string?> _unitsByLevel = new(StringComparer.Ordinal);

    /// <summary>
    /// 'Tổng Bí thư Tô Lâm … tới Tổng Bí thư, Chủ tịch nước Tập Cận Bình': a post one person holds at a
    /// time, given to a second person who is not said to have left it, is the same post of the foreign
    /// country the article is about (a Sino-Vietnamese name may look like one of ours).
    /// </summary>
    /// <summary>
    /// A country the text does not write with the post but lets one infer (the holder's name, the
    /// sentence, a sole-holder post given twice). Never for someone the article gives a post only
    /// our state or party has, nor for a known holder of one of our highest posts: he is one of ours
    /// however much the article speaks of another country.
    /// </summary>
    private string? InferredForeignCountry(TitleMatch title, string person, TextSpan span, TextSpan sentence, string qualifier) =>
        HoldsOnlyOurPost(person) || OurKnownHolders.Contains(person) || PlacedInOurProvince(title.Organization) ? null
            : ForeignCountryOf(person, span, sentence) ?? SecondHolderCountry(title, person, qualifier) ?? SameHeadCountryBefore(title, person, span, sentence);

    /// <summary>
    /// 'con trai cố Thủ tướng Singapore A, em trai cựu Thủ tướng B': a post one person holds at a time,
    /// written bare after the sentence gave that same post with a foreign country, is that country's,
    /// for a holder whose name is none of our usual surnames (a Sino-Vietnamese name may look like one of ours).
    /// </summary>
    private string? SameHeadCountryBefore(TitleMatch title, string person, TextSpan span, TextSpan sentence)
    {
        if (!SoleHolderPosts.Contains(title.Role) || CommonSurnames.Contains(person.Split(' ')[0]) || span.Start <= sentence.Start)
            return null;
        var tokens = Tokens.Of(Text, new TextSpan(sentence.Start, span.Start));
        string? given = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsCapitalized && Phrase.Length(tokens, i, title.Role) is { } n && Countries.At(tokens, i + n).Country is { } country
                && country != "Việt Nam" && country.Length > (given?.Length ?? 0))
                given = country;
        }
        return given;
    }

    /// <summary>
    /// 'Phó Chủ tịch Hội Chữ thập đỏ tỉnh Bình Thuận': a body of one of our provinces is ours, whoever
    /// holds its post; a country the sentence names ('Nga', also a given name) is not the holder's.
    /// </summary>
    private static bool PlacedInOurProvince(string organization)
    {
        // Compared in place: joining ' tỉnh ' to every province's name made two strings a province at every post resolved.
        foreach (var province in Lexicon.ProvinceNames)
        {
            if (organization.EndsWith(province, StringComparison.Ordinal))
            {
                var before = organization.AsSpan(0, organization.Length - province.Length);
                if (before.EndsWith(" tỉnh ", StringComparison.Ordinal) || before.EndsWith(" thành phố ", StringComparison.Ordinal))
                    return true;
            }
        }
        return false;
    }

    private string? SecondHolderCountry(TitleMatch title, string person, string qualifier) =>
        qualifier.Length == 0 && SoleHolderPosts.Contains(title.Role) && !CommonSurnames.Contains(person.Split(' ')[0])
            && HolderOf(title.Role) is { } first && first != person
            && !person.EndsWith(" " + first, StringComparison.Ordinal) && !first.EndsWith(" " + person, StringComparison.Ordinal)
            ? DominantForeignCountry
            : null;

    /// <summary>The surnames most Vietnamese bear, seldom those of a Chinese official: such a name is one of ours.</summary>
    private static readonly HashSet<string> CommonSurnames = new(StringComparer.Ordinal)
    {
        "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
    };

    /// <summary>
    /// 'Tổng Bí thư, Chủ tịch nước Tô Lâm' in an article whose guests speak for Palestine: the holders the
    /// table of our highest posts names (those it gives no country) are ours.
    /// </summary>
    private static readonly HashSet<string> OurKnownHolders = new(
        Chronicle.Text.Dates.HeldPosts.Table.Where(p => p.Countries is null).Select(p => p.Person), StringComparer.Ordinal);

    /// <summary>'Thường trực Ban Bí thư Lương Cường … chuyến đi đến Bắc Kinh': a post only our state or party has.</summary>
    private bool HoldsOnlyOurPost(string person) =>
        _roles.GetValueOrDefault(person)?.Any(r => OnlyOurPosts.Contains(r) || OurLocalBodies.Any(b => r.Contains(b, StringComparison.Ordinal))) == true;

    private static readonly HashSet<string> OnlyOurPosts = new(StringComparer.Ordinal)
    {
        "Thường trực Ban Bí thư", "Chủ nhiệm Ủy ban Kiểm tra Trung ương", "Trưởng Ban Tuyên giáo Trung ương", "Trưởng Ban Dân vận Trung ương",
        "Trưởng Ban Nội chính Trung ương", "Trưởng Ban Kinh tế Trung ương", "Bí thư Quân ủy Trung ương",
        "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    };

    private static readonly string[] OurLocalBodies = ["Tỉnh ủy", "Thành ủy", "Ủy ban nhân dân", "Hội đồng nhân dân", "Quân đội nhân dân Việt Nam"];

    private static readonly HashSet<string> SoleHolderPosts = new(StringComparer.Ordinal) { "Tổng Bí thư", "Chủ tịch nước", "Thủ tướng", "Chủ tịch Quốc hội" };

    /// <summary>
    /// A provincial title written without its province ('Phó Chủ tịch UBND tỉnh', 'Bí thư Tỉnh ủy',
    /// 'Giám đốc Sở Y tế') belongs to the province the text around it is about, which need not be
    /// the article's: a round-up of several provinces gives each paragraph its own. The title took
    /// the article's province, or none where the article has none of that level; this is the one in
    /// scope instead, when that is another (see <see cref="ScopeProvince"/>).
    /// </summary>
    private (string Role, string Organization)? Rescoped(TitleMatch title, TextSpan span)
    {
        var province = Province is { } named && !Lexicon.IsHoChiMinhCity(named) ? named : null;
        var fromArticle = province is not null && title.Role.EndsWith(" " + province, StringComparison.Ordinal)
            && !Text.AsSpan(span.Start, span.Length).Contains(province, StringComparison.Ordinal);
        var placeless = PlacelessLevel(title.Role);
        // A bare 'Bí thư Thành ủy' in an article on a province is one of its towns', which no list names.
        // Unless its own entry names the city: 'nguyên Bí thư Thành ủy, Bí thư Ban cán sự đảng, Chủ tịch UBND TP.HCM'.
        var cityInEntry = placeless == CityLevel ? AheadInEntry(span, city: true, hoChiMinhCity: true) : null;
        if (placeless == CityLevel && Province is not null && !RoundUp && cityInEntry is null)
            placeless = null;
        // 'Bí thư Thành ủy' in an article on 'TP.HCM' took the city as the article wrote it: the post names it in full.
        if (Province is { } city && Lexicon.IsHoChiMinhCity(city) && title.Role.EndsWith(" " + city, StringComparison.Ordinal)
            && Lexicon.CanonicalPlace(city) is var canonical && canonical != city)
            return (title.Role[..^city.Length] + canonical, title.Organization.Replace(city, canonical, StringComparison.Ordinal));
        if (!fromArticle && placeless is null)
            return null;
        if (fromArticle)
        {
            return ScopeProvince(span, Lexicon.IsCentralCity(province!), hoChiMinhCity: false) is { } other && other != province
                ? (title.Role[..^province!.Length] + other, title.Organization.Replace(province, other, StringComparison.Ordinal))
                : null;
        }
        // The article is on a city, or names no province near the title: the province it names most
        // stands for a bare 'tỉnh', as the article's own would.
        var cityLevel = placeless == CityLevel;
        if ((ScopeProvince(span, cityLevel, hoChiMinhCity: true) ?? (cityLevel ? null : MostNamedProvince)) is not { } local)
            return null;
        // Hồ Chí Minh City is written 'Thành ủy TP. Hồ Chí Minh' and 'UBND thành phố Hồ Chí Minh'.
        var written = !Lexicon.IsHoChiMinhCity(local) ? local
            : title.Role.EndsWith(" thành phố", StringComparison.Ordinal) ? "Hồ Chí Minh" : "TP. Hồ Chí Minh";
        return ($"{title.Role} {written}", $"{title.Organization} {written}".Trim());
    }

    /// <summary>
    /// 'Vụ trưởng Vụ Ngân sách nhà nước', 'Bí thư Chi bộ Vụ Tuyên truyền', 'Cục trưởng Cục Tổ chức cán
    /// bộ': a department of a central body written without that body, nor a place of its own.
    /// </summary>
    private static bool BareDepartment(string organization) =>
        DepartmentName().IsMatch(organization) && organization.IndexOfAny([',', '(', '-', '–']) < 0
        && !organization.Contains(" tỉnh ", StringComparison.Ordinal) && !organization.Contains(" thành phố ", StringComparison.Ordinal)
        && !organization.Contains(" TP", StringComparison.Ordinal) && !Lexicon.ProvinceNames.Any(p => organization.EndsWith(" " + p, StringComparison.Ordinal));

    [GeneratedRegex(@"^(?:(?:Chi bộ|Đảng ủy) )?(?:Vụ|Cục) \p{Lu}")]
    private static partial Regex DepartmentName();

    /// <summary>
    /// The central body a bare department belongs to: the one the article names most (a ministry, a
    /// Party commission, the Supreme Procuracy or Court, the Government's office), named at least
    /// twice and more often than any other. An article on a ministry's people names its ministry
    /// throughout; the Defence ministry is left out, as its departments belong to its general staff
    /// and departments, not to the ministry itself.
    /// </summary>
    private string? DepartmentOwner
    {
        get
        {
            if (_departmentOwner is null)
            {
                var counts = MinistryMentions.Where(m => m.Ministry != "Quốc phòng").GroupBy(m => "Bộ " + m.Ministry)
                    .Select(g => (Body: g.Key, Count: g.Count())).ToList();
                foreach (var (body, forms) in CentralBodies)
                {
                    var count = forms.Sum(f => Occurrences(f).Count());
                    if (count > 0)
                        counts.Add((body, count));
                }
                _departmentOwner = NamedMostOften(counts, minimum: 2) ?? "";
            }
            return _departmentOwner.Length > 0 ? _departmentOwner : null;
        }
    }

    private string? _departmentOwner;

    /// <summary>
    /// 'Phó Trưởng Ban Nội chính Trung ương, Vụ trưởng Vụ …', 'Kiểm sát viên VKSND tối cao, Vụ trưởng
    /// Vụ …': the one central body the person's own other posts name owns the department they head,
    /// whatever body the article speaks of most.
    /// </summary>
    private string? OwnCentralBody(string person)
    {
        if (_roles.GetValueOrDefault(person) is not { } roles)
            return null;
        var bodies = roles.Where(r => !DepartmentName().IsMatch(RoleBody(r)))
            .Select(r => CentralBodies.FirstOrDefault(b => r.EndsWith(" " + b.Body, StringComparison.OrdinalIgnoreCase)).Body
                ?? (MinistryOfRole().Match(r) is { Success: true } m && m.Groups["ministry"].Value != "Quốc phòng" ? "Bộ " + m.Groups["ministry"].Value : null))
            .Where(b => b is not null).Distinct(StringComparer.Ordinal).ToList();
        return bodies is [var only] ? only : null;
    }

    /// <summary>What follows the head of a role: 'Vụ Pháp chế' of 'Phó Vụ trưởng Vụ Pháp chế'.</summary>
    private static string RoleBody(string role)
    {
        var at = role.IndexOf(" Vụ ", StringComparison.Ordinal) is var v and >= 0 ? v : role.IndexOf(" Cục ", StringComparison.Ordinal);
        return at >= 0 ? role[(at + 1)..] : role;
    }

    [GeneratedRegex(@"^(?:Phó )?(?:Bộ trưởng|Thứ trưởng)(?: Thường trực)? Bộ (?<ministry>.+)$")]
    private static partial Regex MinistryOfRole();

    /// <summary>
    /// Central bodies other than ministries that have departments ('Vụ', 'Cục'), with the ways the press
    /// writes them. The Central Inspection Commission is left out: it is named throughout the
    /// disciplinary reports on other bodies' departments.
    /// </summary>
    private static readonly (string Body, string[] Forms)[] CentralBodies =
    [
        ("Ban Tuyên giáo Trung ương", ["Ban Tuyên giáo Trung ương", "Ban Tuyên giáo T.Ư", "Ban Tuyên giáo TƯ"]),
        ("Ban Tổ chức Trung ương", ["Ban Tổ chức Trung ương", "Ban Tổ chức T.Ư", "Ban Tổ chức TƯ"]),
        ("Ban Nội chính Trung ương", ["Ban Nội chính Trung ương", "Ban Nội chính T.Ư", "Ban Nội chính TƯ"]),
        ("Ban Kinh tế Trung ương", ["Ban Kinh tế Trung ương", "Ban Kinh tế T.Ư", "Ban Kinh tế TƯ"]),
        ("Ban Đối ngoại Trung ương", ["Ban Đối ngoại Trung ương", "Ban Đối ngoại T.Ư", "Ban Đối ngoại TƯ"]),
        ("Ban Dân vận Trung ương", ["Ban Dân vận Trung ương", "Ban Dân vận T.Ư", "Ban Dân vận TƯ"]),
        ("Viện Kiểm sát nhân dân tối cao", ["Viện Kiểm sát nhân dân tối cao", "Viện Kiểm sát Nhân dân Tối cao", "Viện KSND tối cao", "VKSND tối cao", "VKSND Tối cao", "Viện kiểm sát nhân dân tối cao"]),
        ("Tòa án nhân dân tối cao", ["Tòa án nhân dân tối cao", "Tòa án Nhân dân Tối cao", "TAND tối cao", "TAND Tối cao"]),
        ("Văn phòng Chính phủ", ["Văn phòng Chính phủ"]),
        ("Văn phòng Trung ương Đảng", ["Văn phòng Trung ương Đảng"]),
        ("Văn phòng Quốc hội", ["Văn phòng Quốc hội"]),
        ("Thanh tra Chính phủ", ["Thanh tra Chính phủ"]),
        ("Kiểm toán Nhà nước", ["Kiểm toán Nhà nước"]),
        ("Ngân hàng Nhà nước", ["Ngân hàng Nhà nước"]),
    ];

    private const bool CityLevel = true;

    /// <summary>'… tỉnh', '… Tỉnh ủy': a province's body left without its name (false); '… thành phố', '… Thành ủy': a city's (true).</summary>
    private static bool? PlacelessLevel(string role) =>
        role.EndsWith(" tỉnh", StringComparison.Ordinal) || role.EndsWith(" Tỉnh ủy", StringComparison.Ordinal) || role.EndsWith(" Tỉnh uỷ", StringComparison.Ordinal) ? !CityLevel
        : role.EndsWith(" thành phố", StringComparison.Ordinal) || role.EndsWith(" Thành ủy", StringComparison.Ordinal) || role.EndsWith(" Thành uỷ", StringComparison.Ordinal) ? CityLevel
        : null;

    /// <summary>
    /// The province of the given level ('tỉnh' or a centrally run city) a bare title at the span
    /// means: the one its own entry names after it ('…, Chủ tịch UBND tỉnh Long An;'); else the
    /// nearest one named before it in its paragraph or list item ('Tại Quảng Ngãi, Chủ tịch UBND
    /// tỉnh …'); else, in a round-up, the one its section opens with (a heading line, or a paragraph
    /// led by the province); else none, and the article's stands.
    /// </summary>
    private string? ScopeProvince(TextSpan span, bool city, bool hoChiMinhCity)
    {
        // 'tỉnh Cần Thơ' in a career of the 1990s: a city written as a province was one then.
        bool Fits(ProvinceMention m) => Lexicon.IsHoChiMinhCity(m.Province) ? hoChiMinhCity && city
            : m.Cue is "tỉnh" or "Tỉnh" ? !city
            : Lexicon.IsCentralCity(m.Province) == city;
        if (AheadInEntry(span, city, hoChiMinhCity) is { } ahead)
            return ahead;
        var paragraph = ParagraphStart(span.Start);
        var before = ScopeMentions.LastOrDefault(m => m.At >= paragraph && m.At + m.Length <= span.Start && Fits(m));
        if (before.Province is not null)
            return before.Province;
        return RoundUp ? SectionOpeners.LastOrDefault(o => o.At < paragraph && Fits(o.Mention)).Mention.Province : null;
    }

    /// <summary>The province or city of that level the title's own entry names after it, as a body's owner.</summary>
    private string? AheadInEntry(TextSpan span, bool city, bool hoChiMinhCity)
    {
        bool Fits(ProvinceMention m) => Lexicon.IsHoChiMinhCity(m.Province) ? hoChiMinhCity && city
            : m.Cue is "tỉnh" or "Tỉnh" ? !city
            : Lexicon.IsCentralCity(m.Province) == city;
        var (entryStart, entryStop) = EntryAfter(span);
        return ScopeMentions.FirstOrDefault(m => m.At >= entryStart && m.At + m.Length <= entryStop && m.OwnerCued && Fits(m)).Province;
    }

    private string? _mostNamedProvince;
    private bool _mostNamedProvinceFound;

    /// <summary>The province the article names most, a centrally run city counting only where written 'tỉnh X'; the first named wins a tie.</summary>
    private string? MostNamedProvince
    {
        get
        {
            if (!_mostNamedProvinceFound)
            {
                _mostNamedProvince = ScopeMentions.Where(m => !Lexicon.IsCentralCity(m.Province) || m.Cue is "tỉnh" or "Tỉnh")
                    .GroupBy(m => m.Province, StringComparer.Ordinal)
                    .OrderByDescending(g => g.Count()).ThenBy(g => g.First().At)
                    .Select(g => g.Key).FirstOrDefault();
                _mostNamedProvinceFound = true;
            }
            return _mostNamedProvince;
        }
    }

    private int ParagraphStart(int offset) => offset == 0 ? 0 : Text.LastIndexOf('\n', offset - 1) + 1;

    /// <summary>The rest of the title's list entry: up to ';', the line's or sentence's end, or a verb that goes on with the sentence.</summary>
    private (int Start, int Stop) EntryAfter(TextSpan span)
    {
        var entryEnd = Text.IndexOfAny(EntryEnds, span.End);
        // 'TP.HCM': a period written against the next letter shortens a word and ends nothing.
        while (entryEnd >= 0 && Text[entryEnd] == '.' && entryEnd + 1 < Text.Length && char.IsLetter(Text[entryEnd + 1]))
            entryEnd = Text.IndexOfAny(EntryEnds, entryEnd + 1);
        entryEnd = Math.Min(entryEnd < 0 ? Text.Length : entryEnd, span.End + MaxEntryReach);
        var entry = Text.AsSpan(span.End, entryEnd - span.End);
        // The titles end where the sentence goes on: '… Bí thư Thành ủy, … thành phố đã trao nhà cho tỉnh Nghệ An'.
        foreach (var verb in ClauseWords)
        {
            var at = entry.IndexOf(verb, StringComparison.Ordinal);
            if (at >= 0)
                entry = entry[..at];
        }
        return (span.End, span.End + entry.Length);
    }

    private static readonly char[] EntryEnds = [';', '\n', '.'];

    private const int MaxEntryReach = 160;

    private static readonly string[] ClauseWords = [" đã ", " được ", " sẽ ", " đang ", " vừa ", " bị ", " cho ", " tại "];

    private List<ProvinceMention>? _scopeMentions;

    /// <summary>
    /// Where the article names a province in a way that can scope a title, in text order: after a
    /// word that makes it a body's or a place's owner ('tỉnh Hà Giang', 'Tỉnh ủy Hà Giang', 'UBND
    /// Hà Giang', 'tại Hà Giang'), or standing alone ('Quảng Bình đã cấm biển'). A province's name
    /// inside a run of capitalised words is something else's: 'Thái Bình Dương', a person's 'Hà Nam'.
    /// </summary>
    private List<ProvinceMention> ScopeMentions => _scopeMentions ??= FindScopeMentions();

    private List<ProvinceMention> FindScopeMentions()
    {
        var found = new List<ProvinceMention>();
        foreach (var province in Lexicon.ProvinceNamesLongestFirst)
        {
            foreach (var at in Occurrences(province))
            {
                var end = at + province.Length;
                if (found.Exists(f => f.At < end && at < f.At + f.Length) || InsideLongerPlaceName(at, province))
                    continue; // 'Huế' inside 'Thừa Thiên Huế', found first; 'Điện Biên' inside 'Điện Biên Phủ'.
                var before = WordBefore(at);
                if (OwnerCues.Contains(before) || PlaceCues.Contains(before) || (!IsCapitalised(before) && !IsCapitalised(WordAfter(end))))
                    found.Add(new ProvinceMention(at, province.Length, Lexicon.StandardSpelling(province), before));
            }
        }
        found.Sort((a, b) => a.At.CompareTo(b.At));
        return found;
    }

    /// <param name="Cue">The word before the name: 'tỉnh', 'Tỉnh ủy''s 'ủy', 'tại', or another.</param>
    private readonly record struct ProvinceMention(int At, int Length, string Province, string Cue)
    {
        public bool OwnerCued => OwnerCues.Contains(Cue);
    }

    /// <summary>Words after which a province owns what is named: 'tỉnh', 'Tỉnh ủy', 'thành phố', 'TP', 'UBND', 'HĐND'.</summary>
    private static readonly HashSet<string> OwnerCues = new(StringComparer.Ordinal) { "tỉnh", "Tỉnh", "ủy", "uỷ", "phố", "TP", "TP.", "UBND", "HĐND" };

    /// <summary>Words after which a province is where something happens: 'Tại Quảng Ngãi,', 'Ở Bình Định', 'điểm cầu Gia Lai'.</summary>
    private static readonly HashSet<string> PlaceCues = new(StringComparer.Ordinal) { "tại", "Tại", "ở", "Ở", "cầu", "về", "Về" };

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>The word right before the offset, across spaces only; "" after punctuation or a line break.</summary>
    private string WordBefore(int at)
    {
        var end = at;
        while (end > 0 && Text[end - 1] == ' ')
            end--;
        var start = end;
        while (start > 0 && (char.IsLetterOrDigit(Text[start - 1]) || Text[start - 1] == '.'))
            start--;
        return Text[start..end].TrimStart('.');
    }

    /// <summary>The word right after the offset, across spaces only; "" before punctuation or a line break.</summary>
    private string WordAfter(int at)
    {
        var start = at;
        while (start < Text.Length && Text[start] == ' ')
            start++;
        var end = start;
        while (end < Text.Length && char.IsLetterOrDigit(Text[end]))
            end++;
        return Text[start..end];
    }

    private List<(int At, ProvinceMention Mention)>? _sectionOpeners;

    /// <summary>
    /// Lines that open a section on a province: a short heading naming one ('Quảng Ngãi', 'Tỉnh
    /// Bình Định:'), or a paragraph led by one ('Tại Quảng Trị, sáng 18/9, …', 'Sáng 5/7, HĐND
    /// tỉnh Hà Giang …').
    /// </summary>
    private List<(int At, ProvinceMention Mention)> SectionOpeners => _sectionOpeners ??= FindSectionOpeners();

    private List<(int At, ProvinceMention Mention)> FindSectionOpeners()
    {
        var openers = new List<(int At, ProvinceMention Mention)>();
        var mentions = ScopeMentions;
        var m = 0;
        for (var start = 0; start < Text.Length;)
        {
            var end = Text.IndexOf('\n', start);
            end = end < 0 ? Text.Length : end;
            while (m < mentions.Count && mentions[m].At < start)
                m++;
            if (m < mentions.Count && mentions[m].At < end)
            {
                var first = mentions[m];
                var line = Text.AsSpan(start, end - start).TrimEnd();
                var heading = line.Length <= MaxHeadingLength && line.Length > 0 && line[^1] is not ('.' or ',' or ';')
                    && mentions.Skip(m).TakeWhile(x => x.At < end).All(x => x.Province == first.Province);
                if (heading || first.At - start <= MaxLeadReach)
                    openers.Add((start, first));
            }
            start = end + 1;
        }
        return openers;
    }

    private const int MaxHeadingLength = 80;

    /// <summary>How far into its paragraph a province may stand and still lead it: past a time and a 'Trong khi đó,'.</summary>
    private const int MaxLeadReach = 40;

    private bool? _roundUp;

    /// <summary>
    /// The article goes through provinces one by one: at least three open sections of their own. A
    /// report on one province that visits another opens at most a section or two elsewhere.
    /// </summary>
    private bool RoundUp => _roundUp ??= SectionOpeners.Select(o => o.Mention.Province).Distinct(StringComparer.Ordinal).Count() >= MinRoundUpProvinces;

    private const int MinRoundUpProvinces = 3;


    /// <summary>Ways the press shortens the name of Hồ Chí Minh City.</summary>
    private static readonly string[] CityShortForms = ["TP HCM", "TP.HCM", "TP. HCM", "TPHCM", "TP.Hồ Chí Minh", "TP Hồ Chí Minh", "TP. Hồ Chí Minh"];

    /// <summary>
    /// 'Phó Bí thư Thường trực Thành ủy TP HCM': a committee left without its city, which the text
    /// names right after it in a short form.
    /// </summary>
    private string? CityAfter(TitleMatch title, TextSpan span)
    {
        if (!title.Role.EndsWith("Thành ủy", StringComparison.Ordinal) && !title.Role.EndsWith("Thành uỷ", StringComparison.Ordinal))
        {
            return null;
        }
        var after = Text.AsSpan(span.End).TrimStart();
        foreach (var form in CityShortForms)
        {
            if (after.StartsWith(form, StringComparison.Ordinal) && (after.Length == form.Length || !char.IsLetter(after[form.Length])))
                return "TP Hồ Chí Minh";
        }
        return null;
    }

    /// <summary>The foreign post a title stands for; a bare 'Bộ trưởng' only when the article gives that person's ministry.</summary>
    private string? ForeignPost(TitleMatch title, string person, string country)
    {
        // 'Chủ tịch Hun Sen' in an article on Cambodia: a kingdom has no chairman of state, so a bare
        // 'Chủ tịch' there heads some body the sentence does not name, not the country.
        if (ForeignTitles.ChairsNoKingdom(title.Role, country))
        {
            return null;
        }
        if (!title.NeedsContextOrganization)
        {
            return ForeignTitles.PostFor(title.Role, country);
        }
        if (RoleOf(person, title.Title) is { } own)
        {
            return own.Contains(country, StringComparison.Ordinal) ? own : ForeignTitles.PostFor(own, country);
        }
        return title.Title == "Đại sứ" ? $"Đại sứ {country} tại Việt Nam" : null;
    }

    /// <summary>
    /// The country of someone whose name is plainly not Vietnamese and whose title names none: the
    /// host in 'Thứ trưởng Bộ Công an nước chủ nhà', else the one foreign country the sentence names.
    /// </summary>
    private string? ForeignCountryOf(string person, TextSpan span, TextSpan sentence)
    {
        // 'Giang Trạch Dân' reads like Vietnamese but opens with no surname of ours: the sentence may say whose he is.
        if (!LooksForeign(person) && !SinoVietnameseRendering(person))
        {
            return null;
        }
        var after = Text.AsSpan(span.End).TrimStart();
        if (after.StartsWith("nước chủ nhà", StringComparison.Ordinal) || after.StartsWith("nước bạn", StringComparison.Ordinal))
        {
            return HostCountry;
        }
        if (!_sentenceCountry.TryGetValue(sentence.Start, out var only))
        {
            var named = Countries.Names.Where(c => c != "Việt Nam" && Contains(sentence, c)).ToList();
            // 'Ba Lan' also holds 'Lan': keep only names no other named country contains.
            named = named.Where(c => !named.Any(o => o != c && o.Contains(c, StringComparison.Ordinal))).ToList();
            // 'Thủ tướng tiếp Chủ tịch Thượng viện Ignazio La Russa': a sentence naming no country
            // speaks of the country the article is about, where it is about one.
            // An empty name stands for a sentence naming no country at all.
            _sentenceCountry[sentence.Start] = only = named.Count == 1 ? named[0] : named.Count == 0 ? "" : null;
        }
        // A name in Latin script only: a Sino-Vietnamese rendering may be of any neighbour's official.
        // A Sino-Vietnamese rendering in an article about China is a Chinese official's name.
        return only is { Length: 0 }
            ? (LooksForeign(person) || DominantForeignCountry is "Trung Quốc" ? DominantForeignCountry : null)
            : only;
    }

    private readonly Dictionary<string, bool> _foreign = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _rendered = new(StringComparer.Ordinal);

    /// <summary>Asked at every post of a person: answered once per person.</summary>
    private bool LooksForeign(string person)
    {
        if (!_foreign.TryGetValue(person, out var foreign))
            _foreign[person] = foreign = PersonNameCheck.LooksForeign(person);
        return foreign;
    }

    private bool SinoVietnameseRendering(string person)
    {
        if (!_rendered.TryGetValue(person, out var rendered))
        {
            var tokens = Tokens.Of(person, new TextSpan(0, person.Length));
            _rendered[person] = rendered = tokens.Count >= 2 && !PersonNameCheck.SurnameLed(tokens, 0, tokens.Count);
        }
        return rendered;
    }

    private readonly Dictionary<int, string?> _sentenceCountry = [];

    private bool Contains(TextSpan sentence, string phrase)
    {
        for (var at = Text.IndexOf(phrase, sentence.Start, sentence.Length, StringComparison.Ordinal); at >= 0;
             at = at + phrase.Length < sentence.End ? Text.IndexOf(phrase, at + 1, sentence.End - at - 1, StringComparison.Ordinal) : -1)
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(Text[at - 1])) && (end == Text.Length || !char.IsLetterOrDigit(Text[end])) && Countries.CanOwnPostAt(Text, at, end))
                return true;
        }
        return false;
    }

    private string? _hostCountry;
    private bool _hostCountryFound;

    /// <summary>The foreign country the article names most: the host of a visit ('nước chủ nhà', 'nước bạn').</summary>
    /// <summary>
    /// The foreign country the article names most, where it names it at least twice and more often
    /// than all the others together: the country a visit or a report is about.
    /// </summary>
    private string? DominantForeignCountry
    {
        get
        {
            if (!_dominantFound)
            {
                // 'Nguyễn Đức Anh', 'Lê Thị Nga': a country's name right after a capitalised word is part of a person's.
                var counts = Countries.Names.Where(c => c != "Việt Nam")
                    .Select(c => (Country: c, Count: Occurrences(c).Count(at => !AfterCapitalisedWord(at))))
                    .Where(c => c.Count > 0)
                    .ToList();
                // 'Ba Lan' also holds 'Lan': a name inside another named one is not counted apart.
                counts = counts.Where(c => !counts.Any(o => o.Country != c.Country && o.Country.Contains(c.Country, StringComparison.Ordinal))).ToList();
                var top = counts.OrderByDescending(c => c.Count).FirstOrDefault();
                _dominant = top.Country is not null && top.Count >= 2 && top.Count > counts.Sum(c => c.Count) - top.Count ? top.Country : null;
                _dominantFound = true;
            }
            return _dominant;
        }
    }

    private bool AfterCapitalisedWord(int at)
    {
        var before = Text.AsSpan(0, at).TrimEnd(' ');
        var space = before.LastIndexOfAny(' ', '\n');
        var word = before[(space + 1)..];
        return word.Length > 0 && char.IsUpper(word[0]) && char.IsLetter(word[^1]);
    }

    private string? _dominant;
    private bool _dominantFound;

    private string? HostCountry
    {
        get
        {
            if (!_hostCountryFound)
            {
                _hostCountry = Countries.Names.Where(c => c != "Việt Nam")
                    .Select(c => (Country: c, Count: Occurrences(c).Count()))
                    .Where(c => c.Count > 0)
                    .OrderByDescending(c => c.Count)
                    .Select(c => c.Country)
                    .FirstOrDefault();
                _hostCountryFound = true;
            }
            return _hostCountry;
        }
    }

    private string? _embassyCountry;
    private bool _embassyCountryFound;

    /// <summary>Where 'Đại sứ quán Việt Nam tại Italy' or 'Đại sứ Việt Nam tại Italy' places our embassy.</summary>
    private string? EmbassyCountry
    {
        get
        {
            if (!_embassyCountryFound)
            {
                _embassyCountry = Occurrences("Việt Nam tại")
                    .Where(at => at >= 4 && (Text.AsSpan(0, at).TrimEnd().EndsWith("quán", StringComparison.Ordinal) || Text.AsSpan(0, at).TrimEnd().EndsWith("Đại sứ", StringComparison.Ordinal)))
                    .Select(at => CountryAt(at + "Việt Nam tại ".Length))
                    .FirstOrDefault(c => c is not null);
                _embassyCountryFound = true;
            }
            return _embassyCountry;
        }
    }

    /// <summary>The longest country name written at the offset, if any.</summary>
    private string? CountryAt(int offset) =>
        offset > Text.Length ? null
            : Countries.WrittenAt(Text, offset).FirstOrDefault(c => c != "Việt Nam");

    /// <summary>Words just before a title that say its holder has died or is remembered: 'cố Tổng Bí thư', 'Lễ tang Tổng Bí thư'.</summary>
    private static readonly string[] LateCues = ["cố", "Quốc tang", "quốc tang", "Lễ tang", "lễ tang", "viếng", "tưởng nhớ", "tưởng niệm", "phần mộ của", "Phần mộ của"];

    /// <summary>Words after a name that say its holder has died.</summary>
    private static readonly string[] DeathWords = ["từ trần", "qua đời", "tạ thế"];

    private bool SaysLate(TextSpan span, TextSpan sentence, string person)
    {
        var before = Text.AsSpan(sentence.Start, Math.Max(0, span.Start - sentence.Start)).TrimEnd();
        foreach (var cue in LateCues)
        {
            if (before.EndsWith(cue, StringComparison.Ordinal) && (before.Length == cue.Length || !char.IsLetter(before[^(cue.Length + 1)])))
                return true;
        }
        var after = Text.AsSpan(span.End).TrimStart();
        if (!after.StartsWith(person, StringComparison.Ordinal))
            return false;
        var rest = after[person.Length..].TrimStart();
        foreach (var word in DeathWords)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>Words that recall someone of the past: the person is not named for a post they hold.</summary>
    private static readonly string[] RecallCues =
    [
        "phần mộ của", "Phần mộ của", "lăng mộ", "Lăng mộ", "đền thờ", "Đền thờ", "tượng đài", "Tượng đài", "khu lưu niệm", "Khu lưu niệm",
        "nhà lưu niệm", "Nhà lưu niệm", "nhà tưởng niệm", "Nhà tưởng niệm", "tiền nhiệm",
    ];

    private const int RecallWindow = 80;

    private readonly Dictionary<string, bool> _cutShort = new(StringComparer.Ordinal);

    /// <summary>
    /// 'đối với ông Nguyễn Thanh ...': a teaser cut in the middle of a name. The name read is only
    /// the start of one: wherever else it stands it runs on into a longer name.
    /// </summary>
    private bool OnlyCutShort(string person)
    {
        if (_cutShort.TryGetValue(person, out var known))
            return known;
        bool cut = false, whole = false, longer = false;
        foreach (var at in Occurrences(person))
        {
            var after = Text.AsSpan(at + person.Length).TrimStart();
            if (after.StartsWith("...", StringComparison.Ordinal) || after.StartsWith("…", StringComparison.Ordinal))
                cut = true;
            else if (after.Length == 0 || !char.IsUpper(after[0]) || Text[at + person.Length] == '\n')
                whole = true;
            else
                longer = true;
        }
        // 'Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn...' ends a list, not a name: only a name the article gives longer is cut.
        _cutShort[person] = cut && longer && !whole;
        return _cutShort[person];
    }

    private readonly Dictionary<string, bool> _onlyRecalled = new(StringComparer.Ordinal);

    /// <summary>Every mention of the person stands shortly after words of remembrance ('thắp hương trước phần mộ cố Chủ tịch X').</summary>
    private bool OnlyRecalled(string person)
    {
        if (_onlyRecalled.TryGetValue(person, out var known))
            return known;
        var mentions = Occurrences(person).ToList();
        var recalled = mentions.Count > 0 && mentions.All(at =>
        {
            var sentence = SentenceOf(at);
            var from = Math.Max(sentence.Start, at - RecallWindow);
            var before = Text.AsSpan(from, at - from);
            foreach (var cue in RecallCues)
            {
                if (before.Contains(cue, StringComparison.Ordinal))
                    return true;
            }
            return false;
        });
        _onlyRecalled[person] = recalled;
        return recalled;
    }

    /// <summary>Heads of a ministry that the press writes bare before a name: 'Bộ trưởng Đặng Quốc Khánh', 'Thứ trưởng Lương Tam Quang'.</summary>
    private static readonly HashSet<string> MinistryTitles = new(StringComparer.Ordinal) { "Bộ trưởng", "Thứ trưởng", "Thứ trưởng Thường trực" };

    /// <summary>
    /// The ministry a bare 'Bộ trưởng' or 'Thứ trưởng' heads when the article gives its holder no
    /// ministry of their own: the one ministry its sentence names as a body ('Thay mặt lãnh đạo Bộ
    /// Công an, Thứ trưởng X …', '… Bộ trưởng Y và đoàn công tác Bộ Giáo dục và Đào tạo'), else the
    /// one its paragraph names before it, else the one the whole article names. Where two are named
    /// the post stays unread. A ministry inside someone's title ('Bộ trưởng Bộ Tài chính Z') is that
    /// person's, and a foreign one ('Bộ Ngoại giao Nga') no minister's of ours.
    /// </summary>
    private string? MinistryNear(TextSpan span, TextSpan sentence, string head)
    {
        if (MinistryRightBefore(span, sentence) is { } apposed)
            return apposed;
        var paragraph = ParagraphStart(span.Start);
        foreach (var scope in new[] { sentence, new TextSpan(paragraph, span.Start), new TextSpan(0, Text.Length) })
        {
            var named = MinistryMentions.Where(m => !m.OfTitle && m.At >= scope.Start && m.At < scope.End).Select(m => m.Ministry).Distinct(StringComparer.Ordinal).Take(2).ToList();
            if (named.Count == 1)
                return named[0];
            if (named.Count > 1)
                return null;
        }
        // 'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch X … Thứ trưởng Y': an article that names no ministry
        // as a body but one only in its officials' titles is about that ministry's people. A bare
        // 'Bộ trưởng' beside another ministry's minister is someone else's: a ministry has one.
        if (head == "Bộ trưởng")
            return null;
        var inTitles = MinistryMentions.Select(m => m.Ministry).Distinct(StringComparer.Ordinal).Take(2).ToList();
        return inTitles.Count == 1 ? inTitles[0] : null;
    }

    /// <summary>
    /// 'lãnh đạo Bộ Công Thương - Thứ trưởng X', 'thay mặt Bộ Công an, Thứ trưởng Y': a ministry written right
    /// before the bare post, only a dash or a comma between, is the post's, whatever other ministry the
    /// sentence names later ('… theo kết quả của Tổng cục …, Bộ Khoa học và Công nghệ').
    /// </summary>
    private string? MinistryRightBefore(TextSpan span, TextSpan sentence)
    {
        var before = MinistryMentions.LastOrDefault(m => !m.OfTitle && m.At >= sentence.Start && m.At < span.Start);
        if (before.Ministry is null)
            return null;
        var tokens = Tokens.Of(Text, new TextSpan(before.At, span.Start));
        return tokens.Count > 2 && tokens[^1].Text is "," or "-" or "–" && Lexicon.MinistryAt(tokens, 1).Length == tokens.Count - 2
            ? before.Ministry
            : null;
    }

    private List<(int At, string Ministry, bool OfTitle)>? _ministryMentions;

    /// <summary>
    /// Where the article names a ministry of ours: as a body ('Bộ Công an', 'Bộ GD-ĐT'), or as the
    /// ministry of a title ('Bộ trưởng Bộ Tài chính'); found once.
    /// </summary>
    private List<(int At, string Ministry, bool OfTitle)> MinistryMentions => _ministryMentions ??= FindMinistryMentions();

    private List<(int At, string Ministry, bool OfTitle)> FindMinistryMentions()
    {
        var found = new List<(int At, string Ministry, bool OfTitle)>();
        foreach (var at in Occurrences("Bộ"))
        {
            var sentence = SentenceOf(at);
            var tokens = Tokens.Of(Text, new TextSpan(at, sentence.End));
            if (tokens.Count < 2 || Lexicon.MinistryAt(tokens, 1) is not ({ } ministry, var length))
                continue;
            if (Countries.At(tokens, 1 + length).Country is not null)
                continue;
            // 'Bộ trưởng Bộ Tài chính', 'Thứ trưởng Bộ Công an': the ministry of a title, not a body acting.
            found.Add((at, ministry, WordBefore(at) is "trưởng" or "trực"));
        }
        return found;
    }

    /// <summary>A title naming nobody in its sentence, and the person the article gave that post.</summary>
    public (string Role, string Holder)? ResolveBare(TitleMatch title, TextSpan sentence, TextSpan span)
    {
        // 'kiện toàn chức danh Chủ tịch UBND tỉnh', 'các đồng chí Phó Trưởng Ban', 'hội nghị Bộ trưởng
        // Quốc phòng các nước ASEAN' speak of a post or of many holders, not of one person.
        var before = Text.AsSpan(0, span.Start).TrimEnd();
        var after = Text.AsSpan(span.End).TrimStart();
        if (before.EndsWith("chức danh", StringComparison.Ordinal) || before.EndsWith("các", StringComparison.Ordinal)
            || before.EndsWith("các đồng chí", StringComparison.Ordinal) || before.EndsWith("hội nghị", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("các ", StringComparison.Ordinal) || after.StartsWith("quán", StringComparison.Ordinal))
        {
            return null;
        }
        if (!title.NeedsContextOrganization)
        {
            return HolderOf(title.Role) is { } holder ? (title.Role, holder) : null;
        }
        if (CommissionOf(title, span, sentence) is { } commission && HolderOf(TitleParser.Compose(title.Title, commission)) is { } head)
        {
            return (TitleParser.Compose(title.Title, commission), head);
        }
        var held = _holders.Where(h => h.Key.StartsWith(title.Title + " ", StringComparison.Ordinal)).ToList();
        return held.Count == 1 ? (held[0].Key, held[0].Value) : null;
    }

    /// <summary>The council the article names in full, when it names exactly one.</summary>
    private string? NamedCouncil
    {
        get
        {
            _namedCouncil ??= TitleLexicon.Councils.Where(c => Text.Contains(c, StringComparison.OrdinalIgnoreCase)).ToList() is [var only] ? only : "";
            return _namedCouncil.Length > 0 ? _namedCouncil : null;
        }
    }

    private string? _namedCouncil;

    /// <summary>
    /// The steering committee the article names in full: the one the lexicon knows, else the name
    /// written after 'Ban Chỉ đạo' most often (up to punctuation or a verb, case aside); none on a tie.
    /// </summary>
    private string? NamedSteeringCommittee
    {
        get
        {
            _namedSteeringCommittee ??= FindSteeringCommittee() ?? "";
            return _namedSteeringCommittee.Length > 0 ? _namedSteeringCommittee : null;
        }
    }

    private string? _namedSteeringCommittee;

    private string? FindSteeringCommittee()
    {
        var known = TitleLexicon.SteeringCommittees
            .Where(f => Text.Contains(f.Written, StringComparison.OrdinalIgnoreCase))
            .Select(f => f.Canonical)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (known.Count > 0)
        {
            return known is [var only] ? only : null;
        }
        var named = SteeringCommitteeName().Matches(Text)
            .Select(m => m.Groups["name"].Value.Trim())
            .Where(name => name.Contains(' ', StringComparison.Ordinal))
            .GroupBy(name => name.ToLowerInvariant(), StringComparer.Ordinal)
            .Select(g => (Name: g.GroupBy(n => n, StringComparer.Ordinal).OrderByDescending(n => n.Count()).First().Key, Count: g.Count()));
        return NamedMostOften(named, minimum: 1) is { } name ? $"Ban Chỉ đạo {name}" : null;
    }

    /// <summary>The name counted most often, at least <paramref name="minimum"/> times and more than any other; null on a tie.</summary>
    private static string? NamedMostOften(IEnumerable<(string Name, int Count)> counts, int minimum)
    {
        var ranked = counts.OrderByDescending(c => c.Count).ToList();
        return ranked is [var first, ..] && first.Count >= minimum && (ranked.Count == 1 || ranked[1].Count < first.Count) ? first.Name : null;
    }

    /// <summary>'Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm': its name runs to punctuation or the sentence's verb.</summary>
    [GeneratedRegex(@"\bBan Chỉ đạo (?<name>(?:(?!(?:do|là|có|đã|sẽ|được|đang|vừa|và|với|tại|gồm|họp)\b)[^\s.,;:()\[\]""“”\-–]+ ?){1,14})")]
    private static partial Regex SteeringCommitteeName();

    private string? CommissionOf(TitleMatch title, TextSpan span, TextSpan sentence)
    {
        if (!title.Title.EndsWith("Trưởng Ban", StringComparison.Ordinal))
        {
            return null;
        }
        var before = Text[sentence.Start..Math.Clamp(span.Start, sentence.Start, sentence.End)];
        var made = HeadedBy().Match(before);
        if (made.Success)
        {
            // The body is the last 'Ban X' before 'do … làm': 'Ban Chỉ đạo … do đồng chí Y làm Trưởng Ban'.
            var head = before[..made.Index];
            var ban = BodyStart().Matches(head).LastOrDefault();
            if (ban is not null)
                return head[ban.Index..].TrimEnd(' ', ',');
        }
        return MainCommission;
    }

    /// <summary>' do đồng chí X làm' just before the title.</summary>
    [GeneratedRegex(@"\s+do\s+[^.;]*?\blàm\s*$", RegexOptions.RightToLeft)]
    private static partial Regex HeadedBy();

    [GeneratedRegex(@"\bBan\s+\p{Lu}")]
    private static partial Regex BodyStart();

    public void RememberHolder(string role, string person) => _holders.TryAdd(role, person);

    public string? HolderOf(string role) => _holders.GetValueOrDefault(role);

    private readonly Dictionary<string, List<string>> _roles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _countries = new(StringComparer.Ordinal);
    /// <summary>The people named in full, each once: the name as written and its words.</summary>
    private readonly List<(string Name, string[] Words)> _people = [];
    private readonly HashSet<string> _knownPeople = new(StringComparer.Ordinal);

    /// <summary>A post the article gives the person in full.</summary>
    public void RememberRole(string person, string role)
    {
        if (!_roles.TryGetValue(person, out var roles))
            _roles[person] = roles = [];
        if (!roles.Contains(role))
            roles.Add(role);
    }

    private string? RoleOf(string person, string head) =>
        _roles.GetValueOrDefault(person)?.FirstOrDefault(r => r.StartsWith(head + " ", StringComparison.Ordinal));

    public void RememberCountry(string person, string country) => _countries.TryAdd(person, country);

    public string? CountryOf(string person) => _countries.GetValueOrDefault(person);

    /// <summary>Makes room for <paramref name="count"/> people named in full (an upper bound: a name may repeat).</summary>
    public void ExpectPeople(int count)
    {
        _knownPeople.EnsureCapacity(count);
        _people.EnsureCapacity(count);
    }

    public void RememberPerson(string name)
    {
        // A set answers 'met already?' at once; comparing with every person met made an article's cost grow with the square of its names.
        if (_knownPeople.Add(name))
            _people.Add((name, name.Split(' ')));
    }

    /// <summary>Whether the article names anyone in full: without that, no short form can refer to anyone.</summary>
    public bool KnowsAnyPerson => _people.Count > 0;

    /// <summary>The one person named in full whose name holds these words in a row ('Yamada', 'Y Thông', 'Khái').</summary>
    public string? PersonByWords(IReadOnlyList<string> words)
    {
        // Counted in one pass (every person is remembered once, so the names found are distinct).
        var (found, onlyFound) = (0, (string?)null);
        var (byGivenName, onlyByGivenName) = (0, (string?)null);
        foreach (var (name, person) in _people)
        {
            if (person.Length <= words.Count || !Contains(person, words))
                continue;
            (found, onlyFound) = (found + 1, name);
            // A single word is most often the given name, which Vietnamese puts last ('ông Minh').
            if (words.Count == 1 && person[^1] == words[0])
                (byGivenName, onlyByGivenName) = (byGivenName + 1, name);
        }
        return byGivenName > 0 ? (byGivenName == 1 ? onlyByGivenName : null) : (found == 1 ? onlyFound : null);
    }

    /// <summary>After a title, one or two words naming someone the article names in full: 'Bộ trưởng Thắng'.</summary>
    public NameMatch? PersonByPart(IReadOnlyList<Token> tokens, int i)
    {
        for (var length = 2; length >= 1; length--)
        {
            if (i + length > tokens.Count || !CapitalizedWords(tokens, i, length))
                continue;
            if (i + length < tokens.Count && tokens[i + length].IsCapitalized && tokens[i + length].IsWord)
                continue;
            if (length == 1 && OpensRankOrTitle(tokens, i))
                continue;
            if (PersonByWords(length == 1 ? [tokens[i].Text] : [tokens[i].Text, tokens[i + 1].Text]) is { } person)
                return new NameMatch(person, i, i + length);
        }
        return null;
    }

    /// <summary>
    /// 'Bộ trưởng Quốc phòng Đại tướng Phan Văn Giang': the capitalised first word of a rank or title after a title
    /// ('Đại tướng', 'Thượng tá', 'Đại sứ', 'Bác sĩ') is no short name, even where someone named in full bears that word.
    /// </summary>
    private static bool OpensRankOrTitle(IReadOnlyList<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].IsWord && !tokens[i + 1].IsCapitalized && RankOrTitleEndings.Contains(tokens[i + 1].Key);

    private static readonly HashSet<string> RankOrTitleEndings = new(StringComparer.Ordinal) { "tướng", "tá", "úy", "uý", "sứ", "sĩ", "đốc", "biểu" };

    private static bool CapitalizedWords(IReadOnlyList<Token> tokens, int i, int length)
    {
        for (var k = i; k < i + length; k++)
        {
            if (!tokens[k].IsCapitalized || !tokens[k].IsWord)
                return false;
        }
        return true;
    }

    private static bool Contains(string[] name, IReadOnlyList<string> words)
    {
        for (var start = 0; start + words.Count <= name.Length; start++)
        {
            var k = 0;
            while (k < words.Count && words[k] == name[start + k])
                k++;
            if (k == words.Count)
                return true;
        }
        return false;
    }

    private List<EntityMention>? _organizations;

    /// <summary>Every mention of a known organisation; found once per article, asked for by several readers.</summary>
    public IReadOnlyList<EntityMention> Organizations() => _organizations ??= [.. FindOrganizations()];

    private IEnumerable<EntityMention> FindOrganizations()
    {
        foreach (var (canonical, forms) in OrganizationsLongestFormFirst)
        {
            foreach (var form in forms)
            {
                foreach (var start in Occurrences(form))
                {
                    var span = new TextSpan(start, start + form.Length);
                    yield return new EntityMention(EntityTypes.Organization, canonical, span, SentenceOf(start));
                }
            }
        }
    }

    /// <summary>The organisations' forms, longest first (equals in the lexicon's order), ordered once rather than per article.</summary>
    private static readonly (string Canonical, string[] Forms)[] OrganizationsLongestFormFirst =
        [.. Lexicon.Organizations.Select(o => (o.Canonical, o.Forms.OrderByDescending(f => f.Length).ToArray()))];

    public IEnumerable<EntityMention> Places()
    {
        foreach (var place in Lexicon.Places)
        {
            foreach (var start in Occurrences(place))
            {
                var span = new TextSpan(start, start + place.Length);
                yield return new EntityMention(EntityTypes.Place, place.Replace("TP ", "TP. ", StringComparison.Ordinal), span, SentenceOf(start));
            }
        }
    }

    /// <summary>Whole-word occurrences of a phrase.</summary>
    /// <remarks>
    /// Asked for every name of the lexicons, most of them not in the article: those cost no iterator, and most of them
    /// no search of the text either, as they hold a pair of letters the text does not.
    /// </remarks>
    public IEnumerable<int> Occurrences(string phrase)
    {
        if (!Pairs.MayHold(phrase))
            return [];
        var first = Text.IndexOf(phrase, StringComparison.Ordinal);
        return first < 0 ? [] : OccurrencesFrom(phrase, first);
    }

    /// <summary>The pairs of characters the text holds, to tell at once most names it does not hold.</summary>
    private CharacterPairs Pairs => _pairs ??= new CharacterPairs(Text);

    private CharacterPairs? _pairs;

    private IEnumerable<int> OccurrencesFrom(string phrase, int first)
    {
        for (var start = first; start >= 0; start = Text.IndexOf(phrase, start + 1, StringComparison.Ordinal))
        {
            var end = start + phrase.Length;
            if ((start == 0 || !char.IsLetterOrDigit(Text[start - 1])) && (end == Text.Length || !char.IsLetterOrDigit(Text[end])))
            {
                yield return start;
            }
        }
    }

    /// <summary>
    /// The province the article is about: the one it names most, a name after a cue ('tỉnh Đắk
    /// Lắk', 'Tỉnh ủy Gia Lai', 'điểm cầu …') counting double; the first named wins a tie. A
    /// neighbour mentioned once ('phối hợp với tỉnh Khánh Hòa') does not take over. An article
    /// that names provinces only once each and never after a cue is about the one its districts,
    /// paper and page address point to, when they point to one (<see cref="PlaceLexicon.ProvinceOf"/>).
    /// </summary>
    private string? FindProvince(string text, string? address)
    {
        var cued = new List<string>();
        for (var match = ProvinceCue().Match(text); match.Success; match = match.NextMatch())
        {
            var rest = text.AsSpan(match.Index + match.Length);
            if (rest.IsEmpty || !ProvincesLongestFirstByFirstLetter.TryGetValue(rest[0], out var provinces))
                continue;
            foreach (var province in provinces)
            {
                if (rest.StartsWith(province, StringComparison.Ordinal))
                {
                    cued.Add(province);
                    break;
                }
            }
        }
        // Most provinces are not named at all: only those found cost a list.
        var found = new List<(string Province, List<int> At)>();
        foreach (var province in Lexicon.ProvinceNames)
        {
            List<int>? at = null;
            foreach (var start in Occurrences(province))
            {
                if (!InsideLongerPlaceName(start, province))
                    (at ??= []).Add(start);
            }
            if (at is not null)
                found.Add((province, at));
        }
        // The most named (a cued naming counting twice), then the first named; the first found wins a full tie. Picked in
        // one pass, as the first of a stable sort on those two keys would be, with no sorted copy made at every article.
        string? most = null;
        var (mostCount, mostFirst, eachOnce) = (0, 0, true);
        foreach (var (province, at) in found)
        {
            eachOnce &= at.Count == 1;
            var count = at.Count + CountOf(cued, province);
            if (most is null || count > mostCount || (count == mostCount && at[0] < mostFirst))
                (most, mostCount, mostFirst) = (province, count, at[0]);
        }
        // 'thị trường các thành phố lớn như Hà Nội, Hải Phòng' in a paper of Quảng Nam on 'huyện Phước
        // Sơn': provinces named once each in passing, none as 'tỉnh X' or 'Tỉnh ủy X', say less than
        // the article's own districts and paper do.
        if (cued.Count == 0 && eachOnce && PlaceLexicon.ProvinceOf(text, address) is { } local)
            return local;
        return most;
    }

    /// <summary>How many times <paramref name="province"/> stands in <paramref name="cued"/>.</summary>
    private static int CountOf(List<string> cued, string province)
    {
        var count = 0;
        foreach (var name in cued)
        {
            if (name == province)
                count++;
        }
        return count;
    }

    /// <summary>
    /// <see cref="Lexicon.ProvinceNamesLongestFirst"/> by their first letter, in that order: only a name starting with
    /// the letter after a cue can be written there, and the first of them the text starts with is still the longest.
    /// </summary>
    private static readonly Dictionary<char, string[]> ProvincesLongestFirstByFirstLetter = Lexicon.ProvinceNamesLongestFirst
        .GroupBy(p => p[0])
        .ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>
    /// 'Chiến thắng Điện Biên Phủ', 'châu Á - Thái Bình Dương': a battle and an ocean that hold a
    /// province's name ('Điện Biên', 'Thái Bình', 'Bình Dương') and say nothing of where the article stands.
    /// </summary>
    private bool InsideLongerPlaceName(int at, string province)
    {
        foreach (var name in PlaceNamesHoldingAProvince)
        {
            var start = at - name.IndexOf(province, StringComparison.Ordinal);
            if (start >= 0 && start <= at && start + name.Length <= Text.Length && string.CompareOrdinal(Text, start, name, 0, name.Length) == 0)
                return true;
        }
        return false;
    }

    private static readonly string[] PlaceNamesHoldingAProvince = ["Điện Biên Phủ", "Thái Bình Dương"];

    private string? FindMainCommission(string text) =>
        Lexicon.Organizations
            .Where(o => o.Canonical.StartsWith("Ban ", StringComparison.Ordinal) && o.Canonical is not ("Ban Bí thư" or "Ban Chấp hành Trung ương"))
            .Select(o => (o.Canonical, Count: o.Forms.Sum(f => Occurrences(f).Count())))
            .Where(o => o.Count > 0)
            .OrderByDescending(o => o.Count)
            .Select(o => o.Canonical)
            .FirstOrDefault();

    [GeneratedRegex(@"(?:điểm cầu|[tT]ỉnh|[tT]hành phố|TP\.|[tT]ỉnh ủy|[tT]hành ủy|[tT]ỉnh uỷ|[tT]hành uỷ)\s+")]
    private static partial Regex ProvinceCue();
}
