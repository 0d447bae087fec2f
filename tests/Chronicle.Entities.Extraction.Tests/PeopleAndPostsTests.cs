using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Who holds which post, sentence by sentence: names that are places or bodies hold nothing,
/// foreign officials hold their own country's posts, list members hold their own titles, and
/// people only recalled hold none now.
/// </summary>
public sealed class PeopleAndPostsTests
{
    private static ExtractionResult Read(string text) => ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text));

    private static List<string> Roles(string text) =>
        [.. Read(text).Roles.Select(r => $"{r.PersonName} | {r.Role}{(r.Qualifier.Length > 0 ? " | " + r.Qualifier : "")}").Distinct()];

    private static List<string> People(string text) =>
        [.. Read(text).Mentions.Where(m => m.Type == EntityTypes.Person).Select(m => m.CanonicalName).Distinct()];

    // --- Names that are not people -------------------------------------------------------------

    [Fact]
    public void A_town_after_a_party_committee_is_the_committee_s_place_not_its_secretary()
    {
        var text = "Từ năm 2008, bà Trần Thị Hạnh giữ chức Bí thư Thành ủy Phủ Lý, tỉnh Hà Nam.";
        Assert.DoesNotContain("Phủ Lý", People(text));
    }

    [Fact]
    public void The_city_s_initials_after_a_committee_are_no_person()
    {
        var text = "Ông Lê Văn Hòa được phân công giữ chức Phó Bí thư Thường trực Thành ủy TP HCM.";
        Assert.DoesNotContain(People(text), p => p.StartsWith("TP", StringComparison.Ordinal));
        Assert.Contains("Lê Văn Hòa | Phó Bí thư Thường trực Thành ủy TP. Hồ Chí Minh", Roles(text));
    }

    [Fact]
    public void A_term_of_office_after_a_title_is_no_person()
    {
        var text = "Từ tháng 5, ông giữ chức Thường trực Ban Bí thư khóa XIII; Đại biểu Quốc hội khóa XV.";
        Assert.DoesNotContain(People(text), p => p.Contains("XIII", StringComparison.Ordinal));
    }

    [Fact]
    public void Part_of_an_organisation_s_name_is_no_person()
    {
        var text = "Đại sứ Việt Nam tại Liên Hợp Quốc Đỗ Hùng Minh phát biểu tại phiên thảo luận.";
        Assert.DoesNotContain(People(text), p => p.Contains("Hợp Quốc", StringComparison.Ordinal));
    }

    [Fact]
    public void A_continent_after_a_body_s_short_form_is_no_person()
    {
        var text = "Giám đốc CDC Châu Phi, ông Jean Mukendi, nói rằng dịch bệnh đang lan rộng.";
        Assert.DoesNotContain(People(text), p => p.Contains("Châu Phi", StringComparison.Ordinal));
    }

    [Fact]
    public void A_province_running_into_the_name_stays_out_of_it()
    {
        var text = "Chủ tịch tỉnh Lâm Đồng Trần Văn Hòa, Bí thư Tỉnh ủy Lâm Đồng Nguyễn Văn Quận dự lễ.";
        Assert.Contains("Nguyễn Văn Quận | Bí thư Tỉnh ủy Lâm Đồng", Roles(text));
        Assert.DoesNotContain(People(text), p => p.StartsWith("Đồng", StringComparison.Ordinal));
    }

    [Fact]
    public void A_photo_credit_in_capitals_is_not_part_of_the_name()
    {
        var text = "Tân Bộ trưởng Bộ Tư pháp Nguyễn Thanh Hà ẢNH: MINH ANH";
        Assert.Contains("Nguyễn Thanh Hà | Bộ trưởng Bộ Tư pháp", Roles(text));
    }

    [Fact]
    public void The_name_check_refuses_places_terms_and_bodies_and_accepts_names()
    {
        Assert.False(Check("Thành ủy Phủ Lý", 2));
        Assert.False(Check("khóa XIII", 1));
        Assert.False(Check("tại Liên Hợp Quốc", 1));
        Assert.False(Check("Với Bắc Giang", 0));
        Assert.False(Check("Giám đốc CDC Châu Phi", 3));
        Assert.False(Check("các nước Trung Đông", 2));
        Assert.False(Check("Thủ tướng Hà Lan Mark Rutte", 2));
        Assert.True(Check("Bí thư Tỉnh ủy Vàng Seo Dìn", 4));
        Assert.True(Check("UBND tỉnh A Khiêm", 2));
        Assert.True(Check("ông Benjamin Netanyahu", 1));
    }

    /// <summary>Whether the words from <paramref name="first"/> to the end pass as a name.</summary>
    private static bool Check(string text, int first)
    {
        var tokens = Tokens.Of(text, new TextSpan(0, text.Length));
        return PersonNameCheck.Accept(tokens, first, tokens.Count, PersonNameCheck.SurnameLed(tokens, first, tokens.Count));
    }

    [Fact]
    public void Only_plainly_foreign_names_look_foreign()
    {
        Assert.True(PersonNameCheck.LooksForeign("Khamking Phuilamanyvong"));
        Assert.True(PersonNameCheck.LooksForeign("Benjamin Netanyahu"));
        Assert.False(PersonNameCheck.LooksForeign("Nguyễn Văn Long"));
        Assert.False(PersonNameCheck.LooksForeign("Kpă Văn Thuận"));
        Assert.False(PersonNameCheck.LooksForeign("A Khiêm"));
    }

    // --- Foreign posts -------------------------------------------------------------------------

    [Fact]
    public void A_country_between_title_and_name_belongs_to_the_post()
    {
        var roles = Roles("Thủ tướng Israel Benjamin Netanyahu điện đàm với Tổng thống Mỹ Joe Biden.");
        Assert.Contains("Benjamin Netanyahu | Thủ tướng Israel", roles);
        Assert.Contains("Joe Biden | Tổng thống Mỹ", roles);
        Assert.DoesNotContain(roles, r => r.StartsWith("Israel", StringComparison.Ordinal));
    }

    [Fact]
    public void A_foreign_ministry_keeps_its_country()
    {
        Assert.Contains("Yoav Gallant | Bộ trưởng Quốc phòng Israel", Roles("Bộ trưởng Quốc phòng Israel Yoav Gallant tới thăm khu vực biên giới."));
        Assert.Contains("Khamking Phuilamanyvong | Thứ trưởng Bộ Công an Lào",
            Roles("Chiều 3/8, Thứ trưởng Bộ Công an Lào Khamking Phuilamanyvong tiếp đoàn công tác."));
        Assert.Contains("Manuel Tovar Rivera | Bộ trưởng Ngoại thương Costa Rica",
            Roles("Bộ trưởng Nguyễn Hồng Diên tiếp ông Manuel Tovar Rivera, Bộ trưởng Ngoại thương Costa Rica."));
    }

    [Fact]
    public void Our_own_ministry_before_a_name_is_not_read_as_a_foreign_one()
    {
        var roles = Roles("Năm 1959, Bộ trưởng Bộ Quốc phòng Bành Đức Hoài bị cách chức.");
        Assert.DoesNotContain(roles, r => r.Contains("Đức", StringComparison.Ordinal) && r.Contains("Bộ trưởng Bộ Quốc phòng Bành", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_title_of_a_foreign_chain_carries_the_country()
    {
        var roles = Roles("Chủ tịch nước Lương Cường tiếp Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith tại Hà Nội.");
        Assert.Contains("Thongloun Sisoulith | Chủ tịch nước Lào", roles);
        Assert.Contains("Thongloun Sisoulith | Tổng Bí thư Đảng Nhân dân Cách mạng Lào", roles);

        var minister = Roles("Tham dự có ông Gan Kim Yong, Phó Thủ tướng kiêm Bộ trưởng Bộ Thương mại và Công nghiệp Singapore.");
        Assert.Contains("Gan Kim Yong | Phó Thủ tướng Singapore", minister);
        Assert.Contains("Gan Kim Yong | Bộ trưởng Bộ Thương mại và Công nghiệp Singapore", minister);

        var cambodian = Roles("Ông Sok Chenda Sophea, Phó Thủ tướng, Bộ trưởng Ngoại giao Campuchia, dự hội nghị.");
        Assert.Contains("Sok Chenda Sophea | Phó Thủ tướng Campuchia", cambodian);
        Assert.Contains("Sok Chenda Sophea | Bộ trưởng Ngoại giao Campuchia", cambodian);
    }

    [Fact]
    public void A_foreign_official_is_given_the_host_country_or_no_post_of_ours()
    {
        var text = "Trong chuyến thăm Lào, ngày 3/8, Thứ trưởng Nguyễn Văn Long hội đàm với Trung tướng Somphone Keovilay, "
            + "Thứ trưởng Bộ Công an nước chủ nhà. Thứ trưởng Somphone Keovilay cảm ơn sự hỗ trợ của Lào và Việt Nam.";
        var roles = Roles(text);
        Assert.Contains("Somphone Keovilay | Thứ trưởng Bộ Công an Lào", roles);
        Assert.DoesNotContain("Somphone Keovilay | Thứ trưởng Bộ Công an", roles);

        Assert.Empty(Roles("Phó Thủ tướng Tomas Kovacs đổ lỗi cho phe đối lập."));
    }

    [Fact]
    public void Ambassadors_take_the_embassy_the_article_names()
    {
        var text = "Chiều 21/5, Đại sứ quán Việt Nam tại Italy tổ chức buổi giới thiệu sách. Đại sứ Dương Văn Hải phát biểu khai mạc.";
        Assert.Contains("Dương Văn Hải | Đại sứ Việt Nam tại Italy", Roles(text));
        Assert.Contains("Marco Farani | Đại sứ Brazil tại Việt Nam", Roles("Đại sứ Brazil tại Việt Nam Marco Farani dự trận đấu."));
    }

    [Fact]
    public void Consuls_general_keep_their_country_and_city()
    {
        var roles = Roles("Bà Keo Sokha, Tổng Lãnh sự Campuchia tại TP. Hồ Chí Minh, chúc mừng năm mới. Tổng Lãnh sự Việt Nam tại Côn Minh Nguyễn Văn Hải dự.");
        Assert.Contains("Keo Sokha | Tổng Lãnh sự Campuchia tại TP. Hồ Chí Minh", roles);
        Assert.Contains("Nguyễn Văn Hải | Tổng Lãnh sự Việt Nam tại Côn Minh", roles);
    }

    // --- Lists and chains ----------------------------------------------------------------------

    [Fact]
    public void A_chain_before_a_colon_belongs_to_every_member_and_each_keeps_their_own()
    {
        var text = "Dự hội nghị có các Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: Trần Văn An, Chủ nhiệm Ủy ban Kiểm tra Trung ương; "
            + "Lê Văn Bình, Trưởng Ban Nội chính Trung ương; Phạm Văn Cường, Trưởng Ban Tổ chức Trung ương.";
        var roles = Roles(text);
        foreach (var person in new[] { "Trần Văn An", "Lê Văn Bình", "Phạm Văn Cường" })
        {
            Assert.Contains($"{person} | Ủy viên Bộ Chính trị", roles);
            Assert.Contains($"{person} | Bí thư Trung ương Đảng", roles);
        }
        Assert.Contains("Trần Văn An | Chủ nhiệm Ủy ban Kiểm tra Trung ương", roles);
        Assert.Contains("Lê Văn Bình | Trưởng Ban Nội chính Trung ương", roles);
        Assert.DoesNotContain("Lê Văn Bình | Chủ nhiệm Ủy ban Kiểm tra Trung ương", roles);
        Assert.DoesNotContain("Phạm Văn Cường | Trưởng Ban Nội chính Trung ương", roles);
    }

    [Fact]
    public void A_list_entry_holds_its_titles_past_words_no_rule_reads()
    {
        var text = "Về phía tỉnh Hưng Yên có các đồng chí: Nguyễn Văn Nam, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy; "
            + "Trần Văn Bắc, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Lê Văn Đông, Chủ nhiệm Văn phòng Chủ tịch nước.";
        var roles = Roles(text);
        Assert.Contains("Nguyễn Văn Nam | Bí thư Tỉnh ủy Hưng Yên", roles);
        Assert.Contains("Trần Văn Bắc | Phó Bí thư Thường trực Tỉnh ủy Hưng Yên", roles);
        Assert.Contains("Trần Văn Bắc | Chủ tịch HĐND tỉnh Hưng Yên", roles);
        Assert.DoesNotContain("Trần Văn Bắc | Bí thư Tỉnh ủy Hưng Yên", roles);
        Assert.DoesNotContain("Lê Văn Đông | Chủ tịch nước", roles);
    }

    [Fact]
    public void Names_listed_after_a_shared_title_each_hold_it()
    {
        var roles = Roles("Cùng dự có các Phó Thủ tướng: Trần Văn Sơn, Lê Văn Thành và Hồ Đức Phúc.");
        Assert.Contains("Trần Văn Sơn | Phó Thủ tướng", roles);
        Assert.Contains("Lê Văn Thành | Phó Thủ tướng", roles);
        Assert.Contains("Hồ Đức Phúc | Phó Thủ tướng", roles);
    }

    [Fact]
    public void A_plural_title_belongs_to_every_name_listed_after_it()
    {
        var roles = Roles("Hội nghị có các Phó Thủ tướng Trần Văn Hà, Lê Văn Long và Bộ trưởng Bộ Tài chính Hồ Văn Phước.");
        Assert.Contains("Trần Văn Hà | Phó Thủ tướng", roles);
        Assert.Contains("Lê Văn Long | Phó Thủ tướng", roles);
        Assert.DoesNotContain("Hồ Văn Phước | Phó Thủ tướng", roles);
        Assert.Contains("Hồ Văn Phước | Bộ trưởng Bộ Tài chính", roles);
    }

    [Fact]
    public void A_rank_between_title_and_name_does_not_part_them()
    {
        var roles = Roles("Tham dự có Chủ tịch Quốc hội Trần Văn Mẫn; Bộ trưởng Bộ Quốc phòng, Đại tướng Phan Văn Giáp, ủy viên hội đồng.");
        Assert.Contains("Phan Văn Giáp | Bộ trưởng Bộ Quốc phòng", roles);
        Assert.DoesNotContain("Trần Văn Mẫn | Bộ trưởng Bộ Quốc phòng", roles);
    }

    [Fact]
    public void A_person_named_then_given_a_chain_holds_every_title_of_it()
    {
        var roles = Roles("Sáng 18/7, Chủ tịch nước Tô Lâm, Bí thư Quân ủy Trung ương, chủ trì cuộc họp.");
        Assert.Contains("Tô Lâm | Chủ tịch nước", roles);
        Assert.Contains("Tô Lâm | Bí thư Quân ủy Trung ương", roles);
    }

    [Fact]
    public void A_rank_after_a_dash_and_a_missing_comma_do_not_part_titles_from_their_holder()
    {
        Assert.Contains("Lương Văn Quang | Bộ trưởng Bộ Công an", Roles("Có mặt Bộ trưởng Bộ Công an - Thượng tướng Lương Văn Quang và nhiều khách mời."));
        var roles = Roles("Dự trận đấu có Ủy viên Bộ Chính trị Bộ trưởng Bộ Công an, Đại tướng Tô Văn Lâm cùng nhiều khách mời.");
        Assert.Contains("Tô Văn Lâm | Ủy viên Bộ Chính trị", roles);
        Assert.Contains("Tô Văn Lâm | Bộ trưởng Bộ Công an", roles);
    }

    [Fact]
    public void A_decision_on_a_post_names_its_holder_after_doi_voi_and_leaving_marks_every_post_former()
    {
        var text = "Với đa số đại biểu tán thành, Quốc hội miễn nhiệm Bộ trưởng Bộ Xây dựng nhiệm kỳ này đối với ông Nguyễn Văn Nghị "
            + "và Bộ trưởng Bộ Khoa học và Công nghệ đối với ông Huỳnh Văn Đạt.";
        var roles = Roles(text);
        Assert.Contains("Nguyễn Văn Nghị | Bộ trưởng Bộ Xây dựng | former", roles);
        Assert.Contains("Huỳnh Văn Đạt | Bộ trưởng Bộ Khoa học và Công nghệ | former", roles);

        var both = Roles("Chiều 3/8, ông Lê Văn Khải được cho thôi giữ chức vụ Ủy viên Trung ương Đảng khóa XIII, Bí thư Trung ương Đảng.");
        Assert.Contains("Lê Văn Khải | Bí thư Trung ương Đảng | former", both);
        Assert.Contains("Lê Văn Khải | Ủy viên Trung ương Đảng | former", both);
    }

    [Fact]
    public void Doi_voi_names_no_holder_outside_a_decision_on_posts()
    {
        var roles = Roles("Thủ tướng Chính phủ ký quyết định kỷ luật cảnh cáo đối với ông Nguyễn Văn Trí, nguyên Chủ tịch UBND tỉnh Vĩnh Phúc.");
        Assert.DoesNotContain("Nguyễn Văn Trí | Thủ tướng", roles);
        Assert.Contains("Nguyễn Văn Trí | Chủ tịch UBND tỉnh Vĩnh Phúc | former", roles);
    }

    [Fact]
    public void A_post_to_be_filled_is_not_given_to_the_person_speaking_of_it()
    {
        var roles = Roles("Phát biểu với báo chí, Tổng Thư ký Quốc hội Bùi Văn Cường nói chiều nay Quốc hội bầu chức danh Chủ tịch nước nhiệm kỳ 2021 - 2026 đối với ông Tô Lâm.");
        Assert.DoesNotContain("Bùi Văn Cường | Chủ tịch nước", roles);
        Assert.Contains("Tô Lâm | Chủ tịch nước", roles);
    }

    [Fact]
    public void Who_appoints_does_not_take_the_post_given()
    {
        var roles = Roles("Thủ tướng Phạm Văn Chính đã trình Quốc hội đề nghị phê chuẩn bổ nhiệm Bộ trưởng Bộ Công an, nhiệm kỳ 2021 - 2026.");
        Assert.DoesNotContain("Phạm Văn Chính | Bộ trưởng Bộ Công an", roles);
        var passive = Roles("Ông Nguyễn Chí Dũng được Quốc hội biểu quyết phê chuẩn bổ nhiệm làm Phó Thủ tướng.");
        Assert.Contains("Nguyễn Chí Dũng | Phó Thủ tướng", passive);
    }

    [Fact]
    public void A_chinese_leader_s_rendered_name_takes_the_country_of_the_sentence()
    {
        var roles = Roles("Ông Ngô được thăng chức dưới thời cựu Chủ tịch nước Giang Trạch Dân của Trung Quốc.");
        Assert.Contains("Giang Trạch Dân | Chủ tịch nước Trung Quốc | former", roles);
    }

    [Fact]
    public void The_title_of_whom_someone_acts_for_is_not_theirs()
    {
        var roles = Roles("Chiều 21/10, tại hội trường Diên Hồng, thừa ủy quyền của Thủ tướng, Bộ trưởng Bộ Công Thương Nguyễn Văn Diên trình bày dự án luật.");
        Assert.Contains("Nguyễn Văn Diên | Bộ trưởng Bộ Công Thương", roles);
        Assert.DoesNotContain("Nguyễn Văn Diên | Thủ tướng", roles);
    }

    [Fact]
    public void A_name_cut_short_by_a_teaser_holds_nothing()
    {
        var text = "Miễn nhiệm Bộ trưởng Bộ Xây dựng đối với ông Nguyễn Văn ...\n"
            + "Ngày 18-2, Quốc hội biểu quyết miễn nhiệm Bộ trưởng Bộ Xây dựng đối với ông Nguyễn Văn Nghĩa.";
        var roles = Roles(text);
        Assert.Contains("Nguyễn Văn Nghĩa | Bộ trưởng Bộ Xây dựng | former", roles);
        Assert.DoesNotContain(roles, r => r.StartsWith("Nguyễn Văn |", StringComparison.Ordinal));
        Assert.Contains("Bùi Văn Sơn | Bộ trưởng Bộ Ngoại giao", Roles("Dự có Bộ trưởng Bộ Ngoại giao Bùi Văn Sơn..."));
    }

    [Fact]
    public void Titles_after_asides_closed_by_a_semicolon_and_past_a_term_stay_with_the_name()
    {
        var roles = Roles("Đồng chí Nguyễn Đức Kháng, sinh năm 1937, quê xã Phước Hưng, huyện Tuy Phước; nguyên Ủy viên Ban Chấp hành Trung ương Đảng khóa VIII, nguyên Bí thư Tỉnh ủy Bình Định.");
        Assert.Contains("Nguyễn Đức Kháng | Ủy viên Trung ương Đảng | former", roles);
        Assert.Contains("Nguyễn Đức Kháng | Bí thư Tỉnh ủy Bình Định | former", roles);
    }

    [Fact]
    public void A_bare_provincial_title_takes_the_province_of_its_entry_or_paragraph()
    {
        var text = "Ngày 14/10, Đại hội Đảng bộ tỉnh Thái Nguyên bầu ông Hứa Văn Thanh giữ chức Bí thư Tỉnh ủy Thái Nguyên. Tỉnh Thái Nguyên có nhiều khu công nghiệp.\n"
            + "Cùng ngày, Đại hội Đảng bộ tỉnh Hà Giang bế mạc. Bà Sùng Thị Pa tái cử Phó Bí thư Tỉnh ủy, đồng thời giữ chức Chủ tịch HĐND tỉnh.\n"
            + "Các ông: Lê Văn Cung, nguyên Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bình Dương; Trần Văn Cẩn, nguyên Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Long An đã vi phạm quy định.";
        var roles = Roles(text);
        Assert.Contains("Sùng Thị Pa | Phó Bí thư Tỉnh ủy Hà Giang", roles);
        Assert.Contains("Sùng Thị Pa | Chủ tịch HĐND tỉnh Hà Giang", roles);
        Assert.Contains("Lê Văn Cung | Phó Bí thư Tỉnh ủy Bình Dương | former", roles);
        Assert.Contains("Trần Văn Cẩn | Phó Bí thư Tỉnh ủy Long An | former", roles);
    }

    // --- People of the past --------------------------------------------------------------------

    [Fact]
    public void People_only_recalled_hold_no_post_now()
    {
        var text = "Nghi thức an táng Tổng Bí thư Nguyễn Phú Trọng kết thúc lúc chiều. Nơi an nghỉ của Tổng Bí thư Nguyễn Phú Trọng ở gần phần mộ của Tổng Bí thư Lê Duẩn.";
        var roles = Roles(text);
        Assert.DoesNotContain(roles, r => r.StartsWith("Lê Duẩn", StringComparison.Ordinal));
        Assert.Contains(roles, r => r.StartsWith("Nguyễn Phú Trọng | Tổng Bí thư", StringComparison.Ordinal));
    }

    [Fact]
    public void A_visit_to_the_mausoleum_does_not_make_the_visitor_a_past_holder()
    {
        Assert.Contains("Phạm Văn Chính | Thủ tướng", Roles("Sáng 2/9, đoàn vào Lăng viếng Chủ tịch Hồ Chí Minh, Thủ tướng Phạm Văn Chính dâng hoa."));
    }

    [Fact]
    public void A_late_or_former_holder_is_marked_former()
    {
        Assert.Contains("Nguyễn Phú Trọng | Tổng Bí thư | late", Roles("Đoàn đại biểu tỉnh tưởng niệm cố Tổng Bí thư Nguyễn Phú Trọng."));
        Assert.Contains("Hun Sen | Thủ tướng Campuchia | former", Roles("Sáng kiến do cựu Thủ tướng Campuchia Hun Sen đề xuất."));
    }
}
