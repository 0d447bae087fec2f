using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Foreign officials who were given no post at all: a foreign body named with lower-case compounds
/// ('Cơ quan Tình báo trung ương Mỹ', 'Hội đồng Tham mưu trưởng Liên quân Hàn Quốc'), an Arabic name whose
/// article is written onto its last word ('Omar al-Bashir'), Africa's disease agency by its short form, and
/// a name whose first word opens our bodies ('Ban Ki-moon'). Each rule has a sentence where it must not fire.
/// </summary>
public sealed class ForeignPostsNotReadTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static ExtractionResult Read(string text) => ArticleAnalyzer.Analyze("", text, Anchor(2024, 10, 14));

    private static void ReadsPost(string sentence, string person, string role) =>
        Assert.Contains(Read(sentence).Roles, r => r.PersonName == person && r.Role == role);

    [Theory]
    [InlineData("Giám đốc Cơ quan Tình báo trung ương Mỹ William Burns tới Cairo để bàn về lệnh ngừng bắn.", "William Burns", "Giám đốc Cơ quan Tình báo trung ương Mỹ")]
    [InlineData("Người phát ngôn Hội đồng Tham mưu trưởng Liên quân Hàn Quốc Lee Sung Joon trả lời báo giới sáng nay.", "Lee Sung Joon", "Người phát ngôn Hội đồng Tham mưu trưởng Liên quân Hàn Quốc")]
    [InlineData("Chủ tịch Ủy ban An ninh quốc gia Belarus Ivan Tertel tiếp đoàn công tác.", "Ivan Tertel", "Chủ tịch Ủy ban An ninh quốc gia Belarus")]
    public void A_foreign_body_named_with_lower_case_compounds_is_read_up_to_its_country(string sentence, string person, string role) =>
        ReadsPost(sentence, person, role);

    [Fact]
    public void A_lower_case_word_outside_the_compounds_still_ends_the_body_before_a_country() =>
        Assert.DoesNotContain(Read("Chủ tịch Tập đoàn Samsung sang thăm Hàn Quốc cùng đoàn doanh nghiệp.").Roles,
            r => r.Role.EndsWith("Hàn Quốc", StringComparison.Ordinal));

    [Theory]
    [InlineData("Tổng thống Sudan Omar al-Bashir từng bị tòa án quốc tế truy nã.", "Omar al-Bashir", "Tổng thống Sudan")]
    [InlineData("Thủ tướng Iraq Haider al-Abadi tiếp Bộ trưởng Quốc phòng Mỹ tại Baghdad.", "Haider al-Abadi", "Thủ tướng Iraq")]
    public void An_arabic_name_with_its_article_written_onto_the_last_word_is_read_whole(string sentence, string person, string role) =>
        ReadsPost(sentence, person, role);

    [Fact]
    public void The_article_on_a_place_makes_no_person() =>
        Assert.DoesNotContain(Read("Giao tranh nổ ra gần thị trấn Khan al-Shieh, phía tây nam thủ đô.").Roles,
            r => r.PersonName.Contains("al-", StringComparison.Ordinal));

    [Fact]
    public void The_head_of_africas_disease_agency_is_read_with_its_short_form() =>
        Assert.Contains(Read("Giám đốc CDC châu Phi, ông Jean Kaseya, kêu gọi các nước tài trợ thêm vắc xin.").Roles,
            r => r.PersonName == "Jean Kaseya" && r.Role == "Giám đốc CDC châu Phi");

    [Fact]
    public void The_agency_cited_as_a_source_gives_no_post() =>
        Assert.Empty(Read("Theo số liệu của CDC châu Phi, số ca mắc trong năm đã tăng gấp đôi.").Roles);

    [Fact]
    public void A_name_opening_with_ban_is_read_where_it_is_a_known_holders() =>
        Assert.Contains(Read("Tổng thư ký Liên Hợp Quốc Ban Ki-moon đến dự hội nghị về khí hậu.").Roles,
            r => r.PersonName == "Ban Ki-moon" && r.Role == "Tổng Thư ký Liên Hợp Quốc");

    [Fact]
    public void Ban_opening_a_body_stays_the_body() =>
        Assert.Contains(Read("Trưởng Ban Kinh tế Trung ương Trần Tuấn Anh chủ trì cuộc họp.").Roles,
            r => r.PersonName == "Trần Tuấn Anh" && r.Role.StartsWith("Trưởng Ban Kinh tế Trung ương", StringComparison.Ordinal));

    [Theory]
    [InlineData("Năm 2018, Thủ tướng Malaysia khi đó là Mahathir Mohamad sang thăm Hà Nội.", "Mahathir Mohamad", "Thủ tướng Malaysia")]
    [InlineData("Hiệp định được ký dưới thời Tổng thống Pháp lúc bấy giờ là Jacques Chirac.", "Jacques Chirac", "Tổng thống Pháp")]
    public void The_holder_at_the_time_told_is_named_after_the_words_and_holds_the_post_no_longer(string sentence, string person, string role) =>
        Assert.Contains(Read(sentence).Roles, r => r.PersonName == person && r.Role == role && r.Qualifier == "former");

    [Fact]
    public void A_holder_named_before_the_words_keeps_the_post_and_what_follows_is_no_holder()
    {
        var roles = Read("Tổng thống Mỹ Joe Biden khi đó là người ủng hộ dự luật.").Roles;
        Assert.Contains(roles, r => r.PersonName == "Joe Biden" && r.Role == "Tổng thống Mỹ" && r.Qualifier == "");
        Assert.Single(roles);
    }

    [Theory]
    [InlineData("Ngày 4-3-1861, Tổng thống Mỹ thứ 16 Abraham Lincoln đọc diễn văn nhậm chức trước đám đông.")]
    [InlineData("Ngày 4-3-1861, Tổng thống Mỹ thứ mười sáu Abraham Lincoln đọc diễn văn nhậm chức trước đám đông.")]
    public void The_holders_place_in_the_line_between_post_and_name_is_passed_over(string sentence) =>
        ReadsPost(sentence, "Abraham Lincoln", "Tổng thống Mỹ");

    [Fact]
    public void An_ordinal_with_no_name_after_it_gives_the_post_to_no_one_new() =>
        Assert.DoesNotContain(Read("Ông Obama là Tổng thống Mỹ thứ ba Việt Nam đón tiếp sau khi hai nước bình thường hóa quan hệ.").Roles,
            r => r.PersonName.Contains("Việt Nam", StringComparison.Ordinal));

    [Theory]
    [InlineData("Ở diễn biến khác, phát ngôn viên chính phủ Kenya Isaac Mwaura tuyên bố nước này sẵn sàng đối thoại.", "Isaac Mwaura", "Phát ngôn viên Chính phủ Kenya")]
    [InlineData("Phó phát ngôn viên Chính phủ Kenya Isaac Mwaura nói rằng cuộc đàm phán sẽ tiếp tục.", "Isaac Mwaura", "Phó Phát ngôn viên Chính phủ Kenya")]
    [InlineData("Phó phát ngôn viên Bộ Ngoại giao Đoàn Khắc Việt trả lời câu hỏi của phóng viên chiều nay.", "Đoàn Khắc Việt", "Phó Phát ngôn viên Bộ Ngoại giao")]
    public void A_spokesperson_called_phat_ngon_vien_is_read_as_one_called_nguoi_phat_ngon(string sentence, string person, string role) =>
        ReadsPost(sentence, person, role);

    [Fact]
    public void A_deputy_spokesperson_keeps_the_deputys_post() =>
        Assert.DoesNotContain(Read("Phó phát ngôn viên Bộ Ngoại giao Đoàn Khắc Việt trả lời câu hỏi của phóng viên chiều nay.").Roles,
            r => r.Role == "Phát ngôn viên Bộ Ngoại giao");
}
