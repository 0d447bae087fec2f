namespace Chronicle.RealText.Tests;

/// <summary>
/// The causes printed for the untouched sets tell a person never read from a person read without a post, and a
/// name the text does not write at all from one it writes but the readers pass over.
/// </summary>
public sealed class RoleMissCausesTests
{
    private static GoldFact Role(string person, string role) =>
        new("t1", "F", "role", High: true, person, role, "held", "2025-03-04", null, null, null, "");

    private static RoleMisses Causes(string text, params GoldFact[] gold) =>
        RealTextScoring.MissCauses(ArticleReading.Of(new RealArticle("t1", "", "2025-03-04", null, text)), gold);

    [Fact]
    public void A_person_read_with_their_post_is_no_miss()
    {
        var misses = Causes("Sáng 4/3, Bộ trưởng Bộ Tài chính Lương Khắc Điền làm việc với tỉnh Cà Mau.",
            Role("Lương Khắc Điền", "Bộ trưởng Bộ Tài chính"));

        Assert.Equal(0, misses.PersonNotRead);
    }

    [Fact]
    public void A_name_the_text_never_writes_is_counted_apart()
    {
        var misses = Causes("Sáng 4/3, đoàn công tác của Bộ Tài chính làm việc với tỉnh Cà Mau.",
            Role("Lương Khắc Điền", "Bộ trưởng Bộ Tài chính"));

        Assert.Equal((1, 1, 0, 0), (misses.PersonNotRead, misses.NameNotWritten, misses.NameNotReadAsPerson, misses.PersonWithoutPost));
    }

    [Fact]
    public void A_foreign_name_written_but_not_read_is_counted_without_vietnamese_letters()
    {
        var misses = Causes("Sáng 4/3, đoàn của Zorblat Quennik thăm tỉnh Cà Mau, hai bên trao đổi về thương mại.",
            Role("Zorblat Quennik", "Bộ trưởng Thương mại Ruritania"));

        Assert.Equal((1, 0, 1, 0), (misses.PersonNotRead, misses.NameNotWritten, misses.NameNotReadAsPerson, misses.VietnameseNameNotRead));
    }
}
