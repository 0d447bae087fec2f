using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Every post of an official's list read, not only some: a release told of its subject in the passive ('Ông X bị miễn
/// nhiệm chức vụ A, B và cho thôi làm nhiệm vụ C'), releases listed with commas before the person they concern, and a
/// clause after a semicolon that goes on with the subject before it ('…; được phân công làm …').
/// </summary>
public sealed class CareerListsTests
{
    private static readonly AnchorDate November2024 =
        new(2024, 11, 25, DateGranularity.Day, YearBasis.Publication, [], "test", null);

    private static IReadOnlyList<RoleMention> Roles(string text) =>
        ArticleAnalyzer.Analyze("", Chronicle.Text.VietnameseText.Normalize(text), November2024).Roles;

    private static string[] PostsOf(string text, string person) =>
        [.. Roles(text).Where(r => r.PersonName == person).Select(r => $"{r.Role} | {r.Aspect}").Distinct().Order(StringComparer.Ordinal)];

    [Fact]
    public void A_release_told_of_its_subject_in_the_passive_ends_every_post_it_lists() =>
        Assert.Equal(["Chủ nhiệm Ủy ban Kinh tế của Quốc hội | ended", "Đại biểu Quốc hội | ended", "Ủy viên Ủy ban Thường vụ Quốc hội | ended"],
            PostsOf("Tại phiên họp chiều nay, bà Hà Thị Nguyệt bị miễn nhiệm chức vụ Chủ nhiệm Ủy ban Kinh tế của Quốc hội, Ủy viên Ủy ban Thường vụ Quốc hội và cho thôi làm nhiệm vụ đại biểu Quốc hội.",
                "Hà Thị Nguyệt"));

    [Fact]
    public void A_release_in_the_active_gives_the_one_who_releases_no_post() =>
        Assert.DoesNotContain(Roles("Thủ tướng Phạm Văn Khiêm đã ký quyết định miễn nhiệm chức vụ Thứ trưởng Bộ Xây dựng."),
            r => r.PersonName == "Phạm Văn Khiêm" && r.Role == "Thứ trưởng Bộ Xây dựng");

    [Fact]
    public void Releases_listed_with_commas_concern_the_person_named_after_the_last() =>
        Assert.Equal(["Chủ tịch Quốc hội | ended", "Đại biểu Quốc hội | ended", "Ủy viên Hội đồng Quốc phòng và An ninh | ended"],
            PostsOf("Sáng nay các đại biểu biểu quyết miễn nhiệm chức vụ Chủ tịch Quốc hội, phê chuẩn miễn nhiệm chức vụ Ủy viên Hội đồng Quốc phòng và An ninh, "
                + "cho thôi làm nhiệm vụ đại biểu Quốc hội đối với ông Lưu Đình Hòa.", "Lưu Đình Hòa"));

    [Fact]
    public void A_post_after_a_release_of_another_person_stays_with_its_own_holder() =>
        Assert.DoesNotContain(
            Roles("Quốc hội miễn nhiệm chức vụ Bộ trưởng Bộ Tư pháp đối với ông Lê Văn Sơn, Bộ trưởng Bộ Y tế Đào Thị Lan dự phiên họp."),
            r => r.PersonName == "Lê Văn Sơn" && r.Role == "Bộ trưởng Bộ Y tế");

    [Fact]
    public void A_clause_after_a_semicolon_opening_with_a_passive_verb_goes_on_with_the_subject() =>
        Assert.Contains("Phó Bí thư Đảng đoàn Quốc hội | started",
            PostsOf("Tháng 4/2021, ông Trần Văn Minh được bầu giữ chức Phó Chủ tịch Quốc hội; được phân công làm Phó Bí thư Đảng đoàn Quốc hội.",
                "Trần Văn Minh"));

    [Fact]
    public void A_clause_after_a_semicolon_with_a_subject_of_its_own_keeps_it() =>
        Assert.DoesNotContain(
            Roles("Ông Trần Văn Minh được bầu giữ chức Phó Chủ tịch Quốc hội; bà Lê Thị Hạnh được phân công làm Phó Bí thư Đảng đoàn Quốc hội."),
            r => r.PersonName == "Trần Văn Minh" && r.Role == "Phó Bí thư Đảng đoàn Quốc hội");

    [Fact]
    public void A_party_committee_named_in_full_and_joined_is_a_membership_taken_up() =>
        Assert.Contains("Ủy viên Ban Chấp hành Đảng bộ tỉnh Thái Bình | started",
            PostsOf("Ông Vũ Đức Lâm sinh năm 1972. Tháng 5/2015, ông được điều động, luân chuyển tham gia Ban Chấp hành Đảng bộ tỉnh Thái Bình "
                + "rồi giữ chức Phó Chủ tịch UBND tỉnh này.", "Vũ Đức Lâm"));

    [Fact]
    public void A_military_party_committee_joined_on_the_way_to_a_post_is_named_to_its_last_capital() =>
        Assert.Contains("Ủy viên Đảng ủy Quân sự Quân khu III | started",
            PostsOf("Ông Hà Văn Lộc, Thứ trưởng Bộ Nội vụ, được cử về làm Bí thư Tỉnh ủy Sơn La, đồng thời tham gia Đảng ủy Quân sự Quân khu III.",
                "Hà Văn Lộc"));

    [Fact]
    public void A_party_committee_left_is_no_membership_taken_up() =>
        Assert.DoesNotContain(
            Roles("Ông Vũ Đức Lâm thôi tham gia Ban Chấp hành Đảng bộ tỉnh Thái Bình để nhận nhiệm vụ mới."),
            r => r.PersonName == "Vũ Đức Lâm" && r.Aspect == "started");

    [Fact]
    public void A_clause_after_a_semicolon_opening_with_its_time_and_a_passive_verb_goes_on_with_the_subject() =>
        Assert.Contains("Tổng cục trưởng Tổng cục Thuế | started",
            PostsOf("Tháng 4/2018, ông Trần Văn Thái được giao phụ trách Tổng cục; tháng 3/2019, được bổ nhiệm Tổng cục trưởng Tổng cục Thuế.",
                "Trần Văn Thái"));

    [Fact]
    public void A_committee_joined_at_the_end_of_a_long_decision_is_the_moved_persons() =>
        Assert.Contains("Ủy viên Đảng ủy Quân sự Quân khu III | started",
            PostsOf("Quyết định nêu rõ: ông Hà Văn Lộc, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc, thôi làm Bí thư Ban Cán sự Đảng, được điều về địa phương, "
                + "chỉ định vào Ban chấp hành, Ban Thường vụ Tỉnh ủy, làm Bí thư Tỉnh ủy Sơn La và chỉ định tham gia Đảng ủy Quân sự Quân khu III.",
                "Hà Văn Lộc"));

    [Fact]
    public void A_post_left_with_thoi_and_no_chuc_is_the_subjects() =>
        Assert.Equal(["Ủy viên Trung ương Đảng | ended"],
            PostsOf("Hội nghị đồng ý để ông Mai Văn Khánh thôi ủy viên Trung ương Đảng khóa 13.", "Mai Văn Khánh"));

    [Fact]
    public void The_posts_listed_after_a_release_of_all_posts_are_ended() =>
        Assert.Equal(["Phó Bí thư Thành ủy TP. Hồ Chí Minh | ended", "Ủy viên Ban Thường vụ Thành ủy TP. Hồ Chí Minh | ended"],
            PostsOf("Ông Trịnh Văn Hòa, nguyên Bí thư Thành ủy TP.HCM, bị cách tất cả các chức vụ trong Đảng mà ông từng được bầu như: "
                + "Ủy viên Ban Thường vụ, Phó Bí thư Thành ủy.", "Trịnh Văn Hòa").Where(p => !p.StartsWith("Bí thư", StringComparison.Ordinal)).ToArray());

    [Fact]
    public void The_posts_listed_after_posts_held_now_are_held() =>
        Assert.Equal(["Chủ tịch UBND thành phố Cần Thơ | held", "Phó Bí thư Thành ủy Cần Thơ | held"],
            PostsOf("Ông Trịnh Văn Hòa hiện giữ các chức vụ như: Phó Bí thư Thành ủy Cần Thơ, Chủ tịch UBND thành phố Cần Thơ.", "Trịnh Văn Hòa"));
}
