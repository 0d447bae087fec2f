namespace Chronicle.Text.Tests;

public class VietnameseTextTests
{
    [Fact]
    public void Normalize_composes_decomposed_text_to_nfc()
    {
        var decomposed = "Hà Nội".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal("Hà Nội", VietnameseText.Normalize(decomposed));
    }

    [Theory]
    [InlineData("Ban \u00D0ối ngoại", "Ban \u0110ối ngoại")]
    [InlineData("\u00F0ồng chí", "\u0111ồng chí")]
    public void Normalize_maps_eth_look_alikes_to_d_with_stroke(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Normalize(input));

    [Theory]
    [InlineData("Hà\u00A0Nội", "Hà Nội")]
    [InlineData("12\u202F000 người", "12 000 người")]
    public void Normalize_turns_non_breaking_spaces_into_spaces(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Normalize(input));

    [Fact]
    public void Normalize_removes_zero_width_characters() =>
        Assert.Equal("Đại hội", VietnameseText.Normalize("\uFEFFĐại\u200B h\u200Cội\u200D"));

    [Theory]
    [InlineData("Uỷ viên hoà bình")]
    [InlineData("Ủy viên HÒA BÌNH")]
    public void Normalize_keeps_tone_mark_placement_and_case(string input) =>
        Assert.Equal(input, VietnameseText.Normalize(input));

    [Theory]
    [InlineData("Lê Hoài Trung", "le hoai trung")]
    [InlineData("  Đắk   Lắk\t\n", "dak lak")]
    [InlineData("\u00D0ối ngoại", "doi ngoai")]
    [InlineData("NGUYỄN PHÚ TRỌNG", "nguyen phu trong")]
    [InlineData("Thường trực Ban Bí thư", "thuong truc ban bi thu")]
    [InlineData("H’Lim Niê", "h’lim nie")]
    [InlineData("", "")]
    public void Fold_lower_cases_and_strips_diacritics(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(input));

    [Fact]
    public void Fold_treats_a_title_without_diacritics_like_the_accented_one() =>
        Assert.Equal(
            VietnameseText.Fold("Đổi mới cách làm công tác đối ngoại"),
            VietnameseText.Fold("Doi moi cach lam cong tac doi ngoai"));

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("uỷ", "ủy")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("Uỷ viên", "Ủy viên")]
    [InlineData("khoá XIII", "khóa XIII")]
    [InlineData("hoè", "hòe")]
    [InlineData("Thuỵ Sĩ", "Thụy Sĩ")]
    public void MatchKey_unifies_old_and_new_tone_mark_placement(string oldStyle, string modern) =>
        Assert.Equal(VietnameseText.MatchKey(modern), VietnameseText.MatchKey(oldStyle));

    [Theory]
    [InlineData("Uỷ viên Trung ương", "ủy viên trung ương")]
    [InlineData("hoà bình", "hòa bình")]
    [InlineData("hoàn thành", "hoàn thành")]
    [InlineData("quý", "quý")]
    [InlineData("giữa", "giữa")]
    [InlineData("người", "người")]
    [InlineData("khuỷu tay", "khuỷu tay")]
    [InlineData("thuở", "thuở")]
    [InlineData("Ðảng", "đảng")]
    public void MatchKey_uses_the_main_vowel_convention_and_keeps_diacritics(string input, string expected) =>
        Assert.Equal(expected.Normalize(), VietnameseText.MatchKey(input));

    [Fact]
    public void MatchKey_keeps_different_words_apart() =>
        Assert.NotEqual(VietnameseText.MatchKey("hòa"), VietnameseText.MatchKey("hóa"));

    [Fact]
    public void MatchKey_leaves_foreign_words_alone() =>
        Assert.Equal("pasaxon", VietnameseText.MatchKey("Pasaxon"));

    [Fact]
    public void Noncharacters_in_a_damaged_paste_become_replacement_characters_instead_of_an_exception()
    {
        Assert.Equal("Hà Nội \uFFFD ngày 5/3", VietnameseText.Normalize("Hà Nội \uFFFE ngày 5/3"));
        Assert.Equal("\uFFFD", VietnameseText.Normalize("\uFFFF"));
    }

    [Fact]
    public void Lone_surrogates_become_replacement_characters_and_pairs_stay_whole()
    {
        Assert.Equal("Đà Nẵng \uFFFD 7/2", VietnameseText.Normalize("Đà Nẵng \uD83D 7/2"));
        Assert.Equal("\uFFFDa", VietnameseText.Normalize("\uDC00a"));
        Assert.Equal("\uFFFD\uFFFD", VietnameseText.Normalize("\uDC00\uD800"));
        Assert.Equal("Huế \uD83D\uDCF0", VietnameseText.Normalize("Huế \uD83D\uDCF0"));
        Assert.Equal("d\uFFFDa", VietnameseText.Fold("Đ\uD800a"));
    }
}
