using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A person's career gathered across the sentences of a paragraph. A pronoun refers to the person the sentences before
/// are about, and a caption of several people between them does not end that; a time may open the pronoun's sentence
/// without a comma, and the one who appoints may stand between 'được' and the verb. A post held
/// 'cho đến khi' a later move was left when that move was taken up, as another sentence of the article dates it.
/// </summary>
public sealed class CareerAcrossSentencesTests
{
    private static readonly AnchorDate October2024 =
        new(2024, 10, 21, DateGranularity.Day, YearBasis.Publication, [], "test", null);

    private static (string Aspect, string? Date)[] Sightings(string text, string person, string post) =>
        [.. Roles(text).Where(r => r.PersonName == person && r.Role == post).Select(r => (r.Aspect, r.Date?.Iso)).Order()];

    private static IReadOnlyList<RoleMention> Roles(string text) =>
        ArticleAnalyzer.Analyze("", Chronicle.Text.VietnameseText.Normalize(text), October2024).Roles;

    private const string Born = "Đại tá Đoàn Văn Khải, 51 tuổi, quê Thái Bình. ";

    [Fact]
    public void A_time_opening_the_sentence_without_a_comma_leaves_the_pronoun_its_subject() =>
        Assert.Equal([("held", "2015")],
            Sightings(Born + "Năm 2015 ông là trưởng Công an huyện Tiền Hải, tỉnh Thái Bình.", "Đoàn Văn Khải", "Trưởng Công an huyện Tiền Hải (tỉnh Thái Bình)"));

    [Fact]
    public void Other_words_opening_the_sentence_without_a_comma_give_the_pronoun_nothing() =>
        Assert.DoesNotContain(Roles(Born + "Theo bản tin hôm ấy ông là trưởng Công an huyện Tiền Hải, tỉnh Thái Bình."),
            r => r.PersonName == "Đoàn Văn Khải");

    [Fact]
    public void The_one_who_appoints_between_duoc_and_the_verb_is_passed_over() =>
        Assert.Equal([("started", "2019-06")],
            Sightings(Born + "Tháng 6/2019, ông được Thủ tướng Chính phủ bổ nhiệm làm Thứ trưởng Bộ Tài chính.", "Đoàn Văn Khải", "Thứ trưởng Bộ Tài chính"));

    [Fact]
    public void The_one_who_acts_on_the_pronoun_without_appointing_gives_it_no_post() =>
        Assert.DoesNotContain(Roles(Born + "Tháng 6/2019, ông được Thủ tướng Chính phủ tặng Bằng khen."),
            r => r.PersonName == "Đoàn Văn Khải");

    [Fact]
    public void A_caption_of_several_people_between_the_lines_of_a_biography_does_not_end_it() =>
        Assert.Equal([("started", "2018-09")],
            Sightings("Ông Đoàn Văn Khải sinh năm 1970. Chủ tịch nước Võ Thành An, Thủ tướng Lê Hữu Bình và các đại biểu chúc mừng ông Đoàn Văn Khải (Ảnh: Minh Hà). "
                + "Tháng 9/2018, ông lại được bổ nhiệm làm Thứ trưởng Bộ Tài chính.", "Đoàn Văn Khải", "Thứ trưởng Bộ Tài chính"));

    [Fact]
    public void The_same_sentence_of_several_people_outside_a_caption_leaves_the_pronoun_nobodys() =>
        Assert.DoesNotContain(
            Roles("Ông Đoàn Văn Khải sinh năm 1970. Chủ tịch nước Võ Thành An, Thủ tướng Lê Hữu Bình và các đại biểu chúc mừng ông Đoàn Văn Khải. "
                + "Tháng 9/2018, ông lại được bổ nhiệm làm Thứ trưởng Bộ Tài chính."),
            r => r.Role == "Thứ trưởng Bộ Tài chính");

    private const string Promoted = "Ông Đoàn Văn Khải sinh năm 1970. Ông Đoàn Văn Khải được Chủ tịch nước Võ Thành An thăng hàm thiếu tướng vào tháng 12/2020. ";

    [Fact]
    public void A_sentence_naming_others_with_the_careers_person_still_its_subject_does_not_end_the_career() =>
        Assert.Equal([("started", "2018-09")],
            Sightings(Promoted + "Tháng 9/2018, ông lại được bổ nhiệm làm Thứ trưởng Bộ Tài chính.", "Đoàn Văn Khải", "Thứ trưởng Bộ Tài chính"));

    [Fact]
    public void The_careers_person_as_subject_after_an_opening_clause_keeps_the_career_too() =>
        Assert.Equal([("started", "2018-09")],
            Sightings("Ông Đoàn Văn Khải sinh năm 1970. Khi còn ở Cục Thuế, ông Đoàn Văn Khải là người ký công văn gửi ông Lê Hữu Bình. "
                + "Tháng 9/2018, ông lại được bổ nhiệm làm Thứ trưởng Bộ Tài chính.", "Đoàn Văn Khải", "Thứ trưởng Bộ Tài chính"));

    [Fact]
    public void Another_person_as_the_subject_of_a_sentence_naming_the_careers_person_ends_the_career() =>
        Assert.DoesNotContain(
            Roles("Ông Đoàn Văn Khải sinh năm 1970. Ông Lê Hữu Bình thay ông Đoàn Văn Khải phụ trách Cục Thuế. "
                + "Tháng 9/2018, ông lại được bổ nhiệm làm Thứ trưởng Bộ Tài chính."),
            r => r.Role == "Thứ trưởng Bộ Tài chính");

    [Fact]
    public void A_subject_named_with_others_when_no_career_was_going_on_starts_none() =>
        Assert.DoesNotContain(
            Roles("Ông Đoàn Văn Khải và ông Lê Hữu Bình dự họp. Ông Đoàn Văn Khải trao đổi với ông Lê Hữu Bình. "
                + "Tháng 9/2018, ông lại được bổ nhiệm làm Thứ trưởng Bộ Tài chính."),
            r => r.Role == "Thứ trưởng Bộ Tài chính");

    private const string Moved =
        "Sáng 12/3, ông Hoàng Đức Nam được bổ nhiệm giữ chức Chủ nhiệm Ủy ban Dân tộc. Ông Hoàng Đức Nam sinh năm 1968. ";

    [Fact]
    public void A_post_held_until_a_later_move_is_left_when_that_move_is_dated_elsewhere() =>
        Assert.Equal([("ended", "2024-03-12"), ("started", "2020-05")],
            Sightings(Moved + "Tháng 5/2020, ông được bổ nhiệm giữ chức Thứ trưởng Bộ Nội vụ và giữ vị trí này cho đến khi được bổ nhiệm làm Chủ nhiệm Ủy ban Dân tộc.",
                "Hoàng Đức Nam", "Thứ trưởng Bộ Nội vụ"));

    [Fact]
    public void A_post_held_from_a_time_until_a_move_opening_the_sentence_is_taken_up_then_and_left_at_the_move() =>
        Assert.Equal([("ended", "2024-03-12"), ("started", "2016-04")],
            Sightings(Moved + "Từ tháng 4/2016 cho đến khi được bổ nhiệm giữ chức Chủ nhiệm Ủy ban Dân tộc, ông là Bộ trưởng Bộ Nội vụ.",
                "Hoàng Đức Nam", "Bộ trưởng Bộ Nội vụ"));

    [Fact]
    public void A_post_held_until_a_move_no_sentence_dates_is_not_given_an_end() =>
        Assert.Equal([("started", "2020-05")],
            Sightings("Ông Hoàng Đức Nam sinh năm 1968. Tháng 5/2020, ông được bổ nhiệm giữ chức Thứ trưởng Bộ Nội vụ và giữ vị trí này cho đến khi được cử làm Đại sứ tại Nhật Bản.",
                "Hoàng Đức Nam", "Thứ trưởng Bộ Nội vụ"));

    private const string ClauseByClause =
        "Trước tháng 3-2015, đồng chí Trịnh Quốc Bảo là Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hà Nam; từ tháng 3-2015: Phó Tư lệnh Quân khu 3; "
        + "từ tháng 5-2019: Phụ trách Tư lệnh Quân khu 3; từ tháng 9-2019: Tư lệnh Quân khu 3.";

    [Fact]
    public void A_clause_the_list_does_not_read_ends_only_itself_in_a_career_told_clause_by_clause() =>
        Assert.Equal([("started", "2019-09")], Sightings(ClauseByClause, "Trịnh Quốc Bảo", "Tư lệnh Quân khu 3"));

    [Fact]
    public void A_list_of_posts_that_is_no_career_told_clause_by_clause_still_ends_at_the_first_word_it_does_not_read() =>
        Assert.Empty(Sightings("Ông Trịnh Quốc Bảo là Phó Tư lệnh Quân khu 3; phụ trách công tác hậu cần; Tư lệnh Quân khu 3 Lê Văn Hà chủ trì.",
            "Trịnh Quốc Bảo", "Tư lệnh Quân khu 3"));

    private const string Elected = "Ông Phan Quốc Trung sinh năm 1969. Tháng 10/2020, ông được bầu giữ chức Bí thư Tỉnh ủy Nam Định. ";

    [Fact]
    public void A_count_of_months_opening_the_sentence_is_counted_from_the_time_of_the_sentence_before() =>
        Assert.Equal([("started", "2020-12")],
            Sightings(Elected + "Hai tháng sau đó, ông được bầu giữ chức Chủ tịch HĐND tỉnh Nam Định.", "Phan Quốc Trung", "Chủ tịch HĐND tỉnh Nam Định"));

    [Fact]
    public void A_count_of_years_after_sau_is_counted_the_same_way_and_becoming_is_taking_up() =>
        Assert.Equal([("started", "2023")],
            Sightings(Elected + "Sau 3 năm, ông trở thành Chủ tịch HĐND tỉnh Nam Định.", "Phan Quốc Trung", "Chủ tịch HĐND tỉnh Nam Định"));

    [Fact]
    public void A_count_the_sentence_before_gives_no_time_for_dates_nothing() =>
        Assert.DoesNotContain(("started", "2020-12"),
            Sightings("Ông Phan Quốc Trung sinh năm 1969. Ông được bầu giữ chức Bí thư Tỉnh ủy Nam Định. Hai tháng sau đó, ông được bầu giữ chức Chủ tịch HĐND tỉnh Nam Định.",
                "Phan Quốc Trung", "Chủ tịch HĐND tỉnh Nam Định"));

    [Fact]
    public void A_count_that_passes_the_articles_day_dates_nothing() =>
        Assert.DoesNotContain(("started", "2025"),
            Sightings("Ông Phan Quốc Trung sinh năm 1969. Năm 2023, ông được bầu giữ chức Bí thư Tỉnh ủy Nam Định. Hai năm sau, ông trở thành Chủ tịch HĐND tỉnh Nam Định.",
                "Phan Quốc Trung", "Chủ tịch HĐND tỉnh Nam Định"));
}
