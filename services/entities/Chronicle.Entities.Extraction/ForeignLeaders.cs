namespace Chronicle.Entities.Extraction;

/// <summary>
/// Office holders of other countries whom our foreign news names most, often by the title and
/// surname alone and without the country ('Tổng thống Biden', 'Thủ tướng Netanyahu', 'ông Yoon').
/// A person serves one country, so the name tells whose post a bare title is, and the surname
/// stands for the full name. The list is of the people the news of 2024–25 names most often next
/// to a head-of-state or ministerial title. Two Chinese leaders written in Sino-Vietnamese
/// ('Vương Nghị', 'Lý Cường') are here for the country their bare titles need.
/// </summary>
internal static class ForeignLeaders
{
    /// <summary>The full name as the press writes it, other spellings of it, the surname it is called by (none where it would be unsure), and the country.</summary>
    private static readonly (string FullName, string[] Spellings, string Surname, string Country)[] Known =
    [
        ("Joe Biden", [], "Biden", "Mỹ"), ("Donald Trump", [], "Trump", "Mỹ"), ("Kamala Harris", [], "Harris", "Mỹ"),
        ("JD Vance", ["J.D. Vance", "J. D. Vance"], "Vance", "Mỹ"), ("Antony Blinken", [], "Blinken", "Mỹ"), ("Marco Rubio", [], "Rubio", "Mỹ"),
        ("Lloyd Austin", [], "Austin", "Mỹ"), ("Pete Hegseth", [], "Hegseth", "Mỹ"), ("Barack Obama", [], "Obama", "Mỹ"),
        ("Vladimir Putin", [], "Putin", "Nga"), ("Sergei Lavrov", ["Sergey Lavrov"], "Lavrov", "Nga"), ("Dmitry Medvedev", [], "Medvedev", "Nga"),
        ("Mikhail Mishustin", [], "Mishustin", "Nga"), ("Andrei Belousov", ["Andrey Belousov"], "Belousov", "Nga"), ("Sergei Shoigu", ["Sergey Shoigu"], "Shoigu", "Nga"),
        ("Volodymyr Zelensky", ["Volodymyr Zelenskyy"], "Zelensky", "Ukraine"), ("Dmytro Kuleba", [], "Kuleba", "Ukraine"),
        ("Emmanuel Macron", [], "Macron", "Pháp"), ("Michel Barnier", [], "Barnier", "Pháp"), ("François Bayrou", [], "Bayrou", "Pháp"),
        ("Olaf Scholz", [], "Scholz", "Đức"), ("Frank-Walter Steinmeier", [], "Steinmeier", "Đức"), ("Annalena Baerbock", [], "Baerbock", "Đức"),
        ("Keir Starmer", [], "Starmer", "Anh"), ("Rishi Sunak", [], "Sunak", "Anh"), ("David Lammy", [], "Lammy", "Anh"),
        ("Benjamin Netanyahu", [], "Netanyahu", "Israel"), ("Israel Katz", [], "", "Israel"), ("Gabriel Attal", [], "Attal", "Pháp"), ("Yoav Gallant", [], "Gallant", "Israel"), ("Isaac Herzog", [], "Herzog", "Israel"),
        ("Recep Tayyip Erdogan", ["Recep Tayyip Erdoğan"], "Erdogan", "Thổ Nhĩ Kỳ"), ("Narendra Modi", [], "Modi", "Ấn Độ"),
        // Japanese names are written in either order ('Kishida Fumio'): the surname alone is left to the article's full form.
        ("Fumio Kishida", ["Kishida Fumio"], "", "Nhật Bản"), ("Shigeru Ishiba", ["Ishiba Shigeru"], "", "Nhật Bản"),
        ("Yoon Suk Yeol", ["Yoon Suk-yeol", "Yoon Seok-youl"], "Yoon", "Hàn Quốc"), ("Han Duck-soo", ["Han Duck Soo"], "Han Duck-soo", "Hàn Quốc"),
        ("Viktor Orban", ["Viktor Orbán"], "Orban", "Hungary"), ("Robert Fico", [], "Fico", "Slovakia"),
        ("Donald Tusk", [], "Tusk", "Ba Lan"), ("Andrzej Duda", [], "Duda", "Ba Lan"), ("Radoslaw Sikorski", ["Radosław Sikorski"], "Sikorski", "Ba Lan"),
        ("Giorgia Meloni", [], "Meloni", "Italy"), ("Pedro Sánchez", ["Pedro Sanchez"], "Sánchez", "Tây Ban Nha"),
        ("Srettha Thavisin", [], "Srettha", "Thái Lan"), ("Paetongtarn Shinawatra", [], "Paetongtarn", "Thái Lan"),
        ("Joko Widodo", [], "Widodo", "Indonesia"), ("Prabowo Subianto", [], "Prabowo", "Indonesia"),
        ("Ferdinand Marcos Jr", ["Ferdinand Marcos"], "Marcos", "Philippines"), ("Anwar Ibrahim", [], "Anwar", "Malaysia"),
        ("Lawrence Wong", [], "Wong", "Singapore"), ("Justin Trudeau", [], "Trudeau", "Canada"), ("Anthony Albanese", [], "Albanese", "Australia"),
        ("Luiz Inácio Lula da Silva", ["Lula da Silva"], "Lula", "Brazil"), ("Javier Milei", [], "Milei", "Argentina"),
        ("Claudia Sheinbaum", [], "Sheinbaum", "Mexico"), ("Nicolás Maduro", ["Nicolas Maduro"], "Maduro", "Venezuela"),
        ("Gabriel Boric", [], "Boric", "Chile"), ("José Raúl Mulino", ["Jose Raul Mulino"], "Mulino", "Panama"),
        ("Masoud Pezeshkian", [], "Pezeshkian", "Iran"), ("Ebrahim Raisi", [], "Raisi", "Iran"), ("Bashar al-Assad", [], "Assad", "Syria"),
        ("Alexander Lukashenko", [], "Lukashenko", "Belarus"), ("Mahmoud Abbas", [], "Abbas", "Palestine"), ("Cyril Ramaphosa", [], "Ramaphosa", "Nam Phi"),
        ("Abdel Fattah el-Sisi", ["Abdel Fattah al-Sisi"], "Sisi", "Ai Cập"), ("Vương Nghị", [], "Vương Nghị", "Trung Quốc"), ("Lý Cường", [], "Lý Cường", "Trung Quốc"),
        // Leaders of the region and beyond whom the news names by a bare title ('Thủ tướng Hun Manet', 'Chủ tịch Tập Cận Bình').
        ("Tập Cận Bình", [], "Tập Cận Bình", "Trung Quốc"), ("Hun Manet", [], "Hun Manet", "Campuchia"), ("Hun Sen", [], "Hun Sen", "Campuchia"),
        ("Norodom Sihamoni", [], "Sihamoni", "Campuchia"), ("Thongloun Sisoulith", [], "Thongloun", "Lào"), ("Sonexay Siphandone", [], "Sonexay", "Lào"),
        ("Thaksin Shinawatra", [], "Thaksin", "Thái Lan"), ("Prayut Chan-o-cha", [], "Prayut", "Thái Lan"), ("Sheikh Hasina", [], "Hasina", "Bangladesh"),
        ("José Ramos-Horta", ["Jose Ramos-Horta"], "Ramos-Horta", "Timor-Leste"), ("Kim Jong Un", ["Kim Jong-un"], "Kim Jong Un", "Triều Tiên"),
        ("Dina Boluarte", [], "Boluarte", "Peru"), ("Maha Vajiralongkorn", [], "", "Thái Lan"), ("Hassanal Bolkiah", [], "", "Brunei"),
        // Leaders of 2011–2021, for older reports; surnames that other people share ('May', 'Johnson', 'Park') are left out.
        ("Shinzo Abe", ["Abe Shinzo"], "", "Nhật Bản"), ("Yoshihide Suga", ["Suga Yoshihide"], "", "Nhật Bản"),
        ("Angela Merkel", [], "Merkel", "Đức"), ("François Hollande", ["Francois Hollande"], "Hollande", "Pháp"), ("Nicolas Sarkozy", [], "Sarkozy", "Pháp"),
        ("David Cameron", [], "Cameron", "Anh"), ("Theresa May", [], "", "Anh"), ("Boris Johnson", [], "", "Anh"),
        ("Moon Jae-in", ["Moon Jae In"], "Moon", "Hàn Quốc"), ("Park Geun-hye", ["Park Geun Hye"], "", "Hàn Quốc"), ("Lee Myung-bak", [], "", "Hàn Quốc"),
        ("Rodrigo Duterte", [], "Duterte", "Philippines"), ("Benigno Aquino III", ["Benigno Aquino"], "Aquino", "Philippines"),
        // 'Ban' opens bodies ('Ban Tuyên giáo'), so the reader of names refuses it as a first word.
        ("Ban Ki-moon", ["Ban Ki Moon"], "", "Hàn Quốc"), ("Najib Razak", [], "Najib", "Malaysia"), ("Mahathir Mohamad", [], "Mahathir", "Malaysia"),
        ("Yingluck Shinawatra", [], "Yingluck", "Thái Lan"), ("Susilo Bambang Yudhoyono", [], "Yudhoyono", "Indonesia"),
        ("Malcolm Turnbull", [], "Turnbull", "Australia"), ("Scott Morrison", [], "Morrison", "Australia"),
        ("Hồ Cẩm Đào", [], "Hồ Cẩm Đào", "Trung Quốc"), ("Ôn Gia Bảo", [], "Ôn Gia Bảo", "Trung Quốc"), ("Lý Khắc Cường", [], "Lý Khắc Cường", "Trung Quốc"),
        ("Thongsing Thammavong", [], "Thongsing", "Lào"), ("Bounnhang Vorachith", [], "Bounnhang", "Lào"), ("Phankham Viphavanh", [], "Phankham", "Lào"),
    ];

    /// <summary>Every written form (full names, other spellings, surnames) with the person it names, longest first.</summary>
    private static readonly (string Written, string FullName, string Country)[] Forms =
    [
        .. Known.SelectMany(k => k.Spellings.Append(k.FullName).Append(k.Surname).Where(w => w.Length > 0).Select(w => (w, k.FullName, k.Country)))
            .DistinctBy(f => f.w).OrderByDescending(f => f.w.Length),
    ];

    /// <remarks>A long list: <see cref="Phrase.Longest"/> reads it through its index by first word.</remarks>
    private static readonly string[] Written = [.. Forms.Select(f => f.Written)];

    /// <summary>A known office holder named at token j (in full or by the surname): the full name, the country and the tokens taken.</summary>
    public static (string FullName, string Country, int Length)? At(IReadOnlyList<Token> tokens, int j)
    {
        if (j >= tokens.Count || !tokens[j].IsCapitalized || Phrase.Longest(tokens, j, Written) is not ({ } phrase, var length))
        {
            return null;
        }
        // 'Tổng thống Trump Tower' or 'ông Harris Smith': a known surname followed by more of a name is someone else.
        var end = j + length;
        if (end < tokens.Count && tokens[end].IsCapitalized && tokens[end].IsWord && Countries.At(tokens, end).Country is null)
        {
            return null;
        }
        var form = Forms.First(f => f.Written == phrase);
        // A name written in full keeps the text's spelling ('Jose Raul Mulino', 'J.D. Vance' with its initials' periods, as
        // any name read is written); a surname stands for the full name. The generation suffix is the list's, bare
        // ('Ferdinand Marcos Jr'), so that a period ending the sentence after it does not make the leader two people.
        var written = Known.Any(k => k.Surname == phrase) ? form.FullName : PersonNames.WrittenWordsJoined(tokens, j, end, suffixPeriod: false);
        return (written, form.Country, length);
    }
}
