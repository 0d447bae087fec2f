using System.Text.RegularExpressions;
using Chronicle.Text;

namespace Chronicle.RealText.Tests;

/// <summary>
/// Comparison keys written from the gold's own conventions (dev-real README), independent of the
/// extractor's canonical names: two spellings of one post get one key, and different posts never do.
/// </summary>
public static partial class GoldKeys
{
    /// <summary>Case and tone-mark placement aside, diacritics kept (they tell names apart).</summary>
    public static string Person(string name) => Collapse(VietnameseText.MatchKey(VietnameseText.Normalize(name)));

    /// <summary>The canonical title: abbreviations spelled out, agreed equivalent spellings made one.</summary>
    public static string Role(string role)
    {
        // 'Phó Cục trưởng Cục Kiểm lâm (Bộ Nông nghiệp …)', 'Bí thư Chi bộ Vụ Ngân sách nhà nước, Bộ Tài chính':
        // the body a department belongs to, after it (with a comma, a dash, in brackets or with none), names
        // where the department stands, not another post; written or not, it is left out (as the province
        // after a district). Told by its capital before lower case drops it.
        // So for a school after which its university is named ('Trường Đại học Công nghệ, Đại học Quốc gia Hà Nội'):
        // the gold writes it or not. Two schools of one name in two universities would meet; no article seen names both.
        var written = VietnameseText.Normalize(role);
        // 'Chủ tịch Hội Truyền thông số Việt Nam (VDCA)': the body's short form in brackets repeats its name.
        written = BracketedShortForm().Replace(written, "");
        // 'Giám đốc Trung tâm Cấp cứu A9, Bệnh viện Bạch Mai': the hospital, institute or school a centre, faculty or
        // room belongs to, after a comma, names where it stands, as a ministry after its department does.
        written = InstituteAfterUnit().Replace(written, "${post}");
        // 'Phó Hiệu trưởng Trường Mầm non Quang Vinh, huyện Đức Thọ', '… Nguyễn Tất Thành, Hà Nội': the place after a
        // school's name tells where it stands. Two schools of one name in two places would meet; no article seen names both.
        written = PlaceAfterSchool().Replace(written, "${post}");
        // 'Phó Tổng Giám đốc Công ty AIC' is the 'Phó Tổng Giám đốc AIC': a brand in capitals with or without its kind.
        written = CompanyBeforeBrand().Replace(written, "${head} ${brand}");
        // 'Cục trưởng Cục Cảnh sát điều tra tội phạm về ma túy (C04), Bộ Công an': a department's code in brackets, once
        // the ministry after it is dropped, closes the post and repeats its name as a short form does.
        var key = VietnameseText.MatchKey(UniversityAfterSchool().Replace(
            BracketedShortForm().Replace(OwnerAfterDepartment().Replace(written, "${post}"), ""), "${post}"));
        key = Punctuation().Replace(key, " ");
        key = " " + Collapse(key) + " ";
        key = Abbreviation().Replace(key, m => " " + Expansions[m.Groups[1].Value] + " ");
        // The expansions leave doubled spaces, which the equivalent spellings ('thành phố hcm') must not meet.
        key = " " + Collapse(key) + " ";
        foreach (var (from, to) in Equivalents)
            key = key.Replace(" " + from + " ", " " + to + " ", StringComparison.Ordinal);
        key = Collapse(key);
        // The Party term a membership belongs to, and the term of office a post is held for ('nhiệm kỳ
        // 2010-2015'), are scored with the date, not the post.
        key = Term().Replace(key, "");
        key = key.Replace("ban chấp hành trung ương đảng", "trung ương đảng", StringComparison.Ordinal);
        // 'Ủy viên Đảng đoàn Ban Chấp hành Trung ương Hội Nông dân Việt Nam' is the 'Ủy viên Đảng đoàn Hội Nông dân Việt Nam':
        // an association has one Party group, the one in its central committee, written with that committee or without it.
        key = key.Replace("đảng đoàn ban chấp hành trung ương ", "đảng đoàn ", StringComparison.Ordinal);
        // 'Thứ trưởng thứ nhất Bộ Ngoại giao Ukraine' = 'Thứ trưởng Ngoại giao thứ nhất Ukraine': the first deputy,
        // wherever the press writes 'thứ nhất'; it stays apart from the other deputies.
        var first = FirstDeputy().IsMatch(key);
        if (first)
            key = FirstDeputy().Replace(key, "");
        key = MinistryWord().Replace(key, "${head} ");
        if (first)
            key = "thứ trưởng thứ nhất" + key["thứ trưởng".Length..];
        // 'Ngoại trưởng X' is the press's short title of 'Bộ trưởng Ngoại giao X'; a US governor is written
        // with or without 'bang'.
        if (key.StartsWith("ngoại trưởng ", StringComparison.Ordinal))
            key = "bộ trưởng ngoại giao " + key["ngoại trưởng ".Length..];
        key = key.Replace("thống đốc bang ", "thống đốc ", StringComparison.Ordinal);
        key = key.Replace("đại sứ đặc mệnh toàn quyền", "đại sứ", StringComparison.Ordinal);
        // 'Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc': the minister's rank written before the head of a body of
        // ministerial rank is the style of the one post 'Chủ nhiệm Ủy ban Dân tộc'.
        if (key.StartsWith("bộ trưởng chủ nhiệm ", StringComparison.Ordinal))
            key = key["bộ trưởng ".Length..];
        // 'Phó Trưởng ban Ban Chỉ đạo X' is the 'Phó Trưởng Ban Chỉ đạo X': the head's 'ban' and the body's written twice.
        key = key.Replace("trưởng ban ban ", "trưởng ban ", StringComparison.Ordinal);
        // 'Bí thư Huyện ủy Kim Thành (tỉnh Hải Dương)': the province after a district tells the place apart, it is
        // not the post; written or not, in brackets or not, it is left out.
        key = ProvinceAfterDistrict().Replace(key, "${post}");
        // 'Chủ tịch UBND phường Dữu Lâu, thành phố Việt Trì': so for the district or town after a commune or ward.
        key = DistrictAfterCommune().Replace(key, "${post}");
        // 'Tỉnh ủy viên X' is the short form of 'Ủy viên Ban Chấp hành Đảng bộ tỉnh X' (and so for a city or district);
        // 'Tỉnh ủy viên Tỉnh ủy X' names the committee after it once more, the same post.
        key = CommitteeMemberShortForm().Replace(key, m => $"ủy viên ban chấp hành đảng bộ {Level(m.Groups["level"].Value)} ");
        // A national body is written with or without 'Việt Nam' at its end ('Ngân hàng Nhà nước (Việt Nam)').
        if (key.EndsWith(" việt nam", StringComparison.Ordinal))
            key = key[..^" việt nam".Length];
        // A foreign head of state is written 'Chủ tịch nước Trung Quốc' or 'Chủ tịch Trung Quốc'; the gold uses both.
        key = ForeignHeadOfState().Replace(key, "${head} ");
        if (key.EndsWith(" chính phủ", StringComparison.Ordinal) && key.Contains("thủ tướng", StringComparison.Ordinal))
            key = key[..^" chính phủ".Length];
        if (key.EndsWith(" trung ương đảng", StringComparison.Ordinal) && key.StartsWith("trưởng ban", StringComparison.Ordinal))
            key = key[..^" đảng".Length];
        // Our Party's leader is 'Tổng Bí thư', with or without the Party's name; a foreign party's keeps it.
        if (key == "tổng bí thư đảng cộng sản")
            key = "tổng bí thư";
        // 'Phát ngôn viên X' and 'Người phát ngôn X' are one post.
        if (key.StartsWith("phát ngôn viên ", StringComparison.Ordinal))
            key = "người phát ngôn " + key["phát ngôn viên ".Length..];
        // 'Sở GD-ĐT Quảng Ninh' is the 'Sở Giáo dục và Đào tạo tỉnh Quảng Ninh': a province is named with or without
        // 'tỉnh', and so is one of the five cities ruled from the centre with or without 'thành phố'. Another city
        // keeps the word: 'thành phố Thái Nguyên' is not the province of that name.
        key = ProvinceWord().Replace(key, "");
        // 'Sở Kế hoạch Đầu tư' is the 'Sở Kế hoạch và Đầu tư': the press joins a department's fields with 'và',
        // a dash, a comma or nothing. No two posts differ by that word alone.
        key = (" " + key + " ").Replace(" và ", " ", StringComparison.Ordinal);
        // 'Giám đốc Công ty cổ phần Bảo hiểm X' is the 'Giám đốc Công ty Bảo hiểm X': a joint-stock company is named with
        // or without its legal form.
        key = key.Replace(" công ty cổ phần ", " công ty ", StringComparison.Ordinal);
        return Collapse(key);
    }

    private static readonly Dictionary<string, string> Expansions = new(StringComparer.Ordinal)
    {
        ["ubnd"] = VietnameseText.MatchKey("ủy ban nhân dân"),
        ["hđnd"] = "hội đồng nhân dân",
        ["ubmttq"] = VietnameseText.MatchKey("ủy ban mặt trận tổ quốc"),
        ["t ư"] = "trung ương",
        ["tư"] = "trung ương",
        ["tw"] = "trung ương",
        ["tp"] = "thành phố",
        ["tand"] = "tòa án nhân dân",
        ["vksnd"] = "viện kiểm sát nhân dân",
        ["qh"] = "quốc hội",
        // Short forms of companies and of the procuracy the press prints as often as the full names.
        ["hđqt"] = "hội đồng quản trị",
        ["ctcp"] = "công ty cổ phần",
        ["ksnd"] = "kiểm sát nhân dân",
        ["mttq"] = VietnameseText.MatchKey("mặt trận tổ quốc"),
        // A limited company's members' council, as 'HĐQT' is a joint-stock company's board.
        ["hđtv"] = "hội đồng thành viên",
    };

    /// <summary>A country's common and formal names, and other spellings of one body.</summary>
    private static readonly (string From, string To)[] Equivalents =
    [
        ("hoa kỳ", "mỹ"),
        ("hợp chúng quốc hoa kỳ", "mỹ"),
        ("vương quốc anh", "anh"),
        ("liên bang nga", "nga"),
        ("cộng hòa nhân dân trung hoa", "trung quốc"),
        ("cộng hòa dân chủ nhân dân lào", "lào"),
        ("vương quốc campuchia", "campuchia"),
        ("cộng hòa pháp", "pháp"),
        ("cộng hòa liên bang đức", "đức"),
        ("cộng hòa ấn độ", "ấn độ"),
        ("cộng hòa hàn quốc", "hàn quốc"),
        ("cộng hòa singapore", "singapore"),
        ("cộng hòa indonesia", "indonesia"),
        ("vương quốc thái lan", "thái lan"),
        ("cộng hòa cuba", "cuba"),
        // The Oriental Republic of Uruguay, by its formal name or the common one.
        ("đông uruguay", "uruguay"),
        ("liên hiệp quốc", "liên hợp quốc"),
        ("thành phố hcm", "thành phố hồ chí minh"),
        // The European Commission, written with or without the Union's name.
        (VietnameseText.MatchKey("ủy ban liên minh châu âu"), VietnameseText.MatchKey("ủy ban châu âu")),
        ("tphcm", "thành phố hồ chí minh"),
        // Ministries and departments as the press of the 2010s shortened them ('Sở GD-ĐT', 'Bộ NN&PTNT', 'Bộ VHTT&DL').
        ("gd đt", Key("giáo dục và đào tạo")),
        ("gdđt", Key("giáo dục và đào tạo")),
        ("nn ptnt", Key("nông nghiệp và phát triển nông thôn")),
        ("lđ tb xh", Key("lao động thương binh và xã hội")),
        ("lđ tbxh", Key("lao động thương binh và xã hội")),
        ("lđtbxh", Key("lao động thương binh và xã hội")),
        ("vh tt dl", Key("văn hóa thể thao và du lịch")),
        ("vhtt dl", Key("văn hóa thể thao và du lịch")),
        ("vhttdl", Key("văn hóa thể thao và du lịch")),
        ("tn mt", Key("tài nguyên và môi trường")),
        ("kh đt", Key("kế hoạch và đầu tư")),
        ("kh cn", Key("khoa học và công nghệ")),
        ("tt tt", Key("thông tin và truyền thông")),
        ("gtvt", Key("giao thông vận tải")),
        ("ub", Key("ủy ban")),
    ];

    private static string Key(string words) => VietnameseText.MatchKey(words);

    private static string Level(string shortForm) => shortForm switch
    {
        "tỉnh" => "tỉnh",
        "thành" => "thành phố",
        _ => "huyện",
    };

    private static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"^(?<head>(?:phó )?chủ tịch) nước (?!cộng hòa xã hội)(?=\S)")]
    private static partial Regex ForeignHeadOfState();

    [GeneratedRegex(@"[,.;:()\[\]\-–—/""“”'&]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"(?<= )(ubnd|hđnd|ubmttq|t ư|tư|tw|tp|tand|vksnd|qh|hđqt|ctcp|ksnd|mttq|hđtv)(?= )")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@" khóa [ivxlc]+$| khoá [ivxlc]+$| nhiệm kỳ \d{4} \d{4}$")]
    private static partial Regex Term();

    /// <summary>'Bộ trưởng Bộ X' = 'Bộ trưởng X', and so for the deputies.</summary>
    [GeneratedRegex(@"^(?<head>(?:quyền )?(?:phó )?(?:bộ trưởng|thứ trưởng)(?: thường trực)?) bộ ")]
    private static partial Regex MinistryWord();

    [GeneratedRegex(@"^(?<post>.*\b(?:huyện|quận|thị xã|huyện ủy|quận ủy|thị ủy) \S.*?) (?:tỉnh|thành phố) \S.*$")]
    private static partial Regex ProvinceAfterDistrict();

    /// <summary>'xã hội' (society) is no commune: 'Sở Lao động - Thương binh và Xã hội Hà Nội' keeps its city.</summary>
    [GeneratedRegex(@"^(?<post>.*\b(?:xã(?! hội)|phường|thị trấn) \S.*?) (?:huyện|quận|thị xã|thành phố) \S.*$")]
    private static partial Regex DistrictAfterCommune();

    [GeneratedRegex(@"^(?<level>tỉnh|thành|huyện) ủy viên (?:\k<level> ủy |tỉnh |thành phố |huyện )?")]
    private static partial Regex CommitteeMemberShortForm();

    [GeneratedRegex(@"^(?<post>.*\b(?:Vụ|Cục) (?!trưởng)\p{Lu}.*?)(?:\s*[,(]\s*|\s+[-–]\s+|\s+)(?:của )?(?:(?:Bộ|Ban|Văn phòng|Tổng cục|Ủy ban|Uỷ ban|Viện kiểm sát|Tòa án|Toà án) \p{Lu}.*|Ngân hàng Nhà nước.*)$")]
    private static partial Regex OwnerAfterDepartment();

    [GeneratedRegex(@"^(?<post>.*\bTrường \p{Lu}.*?)(?:\s*[,(]\s*|\s+[-–]\s+)(?:Đại học Quốc gia|ĐHQG|Đại học) \p{Lu}.*$")]
    private static partial Regex UniversityAfterSchool();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>'(VDCA)', '(HanoiBA)', '(C04)': one word in brackets with two capitals or more, or a capital and a digit
    /// (a police department's code), closing the post.</summary>
    [GeneratedRegex(@"\s*\((?=[^()\s]*\p{Lu}[^()\s]*[\p{Lu}\d])[\p{L}\d&.\-]+\)\s*$")]
    private static partial Regex BracketedShortForm();

    [GeneratedRegex(@"^(?<post>.*\b(?:Trung tâm|Khoa|Phòng) \p{Lu}.*?)\s*,\s*(?:Bệnh viện|Viện|Học viện|Trường|Đại học) \p{Lu}.*$")]
    private static partial Regex InstituteAfterUnit();

    [GeneratedRegex(@"^(?<post>.*\b[Tt]rường \p{Lu}.*?)\s*,\s*(?:(?:huyện|quận|thị xã|thành phố|tỉnh) \p{Lu}[\p{L} ]*|Hà Nội|TP\.? ?HCM|TP\.? Hồ Chí Minh|Hải Phòng|Đà Nẵng|Cần Thơ)$")]
    private static partial Regex PlaceAfterSchool();

    [GeneratedRegex(@"^(?<head>.*?) Công ty (?<brand>\p{Lu}{2,})$")]
    private static partial Regex CompanyBeforeBrand();

    /// <summary>'thứ nhất' in a deputy minister's key, after the head or after the ministry.</summary>
    [GeneratedRegex(@"(?<=^thứ trưởng\b.*) thứ nhất(?= |$)")]
    private static partial Regex FirstDeputy();

    /// <summary>'tỉnh' before a province's name (not 'Tỉnh ủy', 'Tỉnh đoàn', 'Tỉnh đội'), 'thành phố' before a city ruled from the centre.</summary>
    [GeneratedRegex(@"(?<=^| )(?:tỉnh (?!ủy|đoàn|đội)(?=\S)|thành phố (?=(?:hà nội|hồ chí minh|hải phòng|đà nẵng|cần thơ)(?: |$)))")]
    private static partial Regex ProvinceWord();
}
