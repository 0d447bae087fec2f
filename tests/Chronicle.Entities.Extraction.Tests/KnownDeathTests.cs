using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>A leader whose death is public record holds no post on a day after it, said or not.</summary>
public sealed class KnownDeathTests
{
    private static readonly AnchorDate DayAfterTheDeath =
        new(2024, 7, 20, DateGranularity.Day, YearBasis.Publication, [], "test", null);

    private static IReadOnlyList<RoleMention> Roles(string text) =>
        ArticleAnalyzer.Analyze("", text, DayAfterTheDeath).Roles.Where(r => r.PersonName == "Nguyễn Phú Trọng").ToList();

    [Fact]
    public void A_tribute_that_never_says_he_died_names_the_late_holder_who_held_the_post_until_his_death()
    {
        var role = Assert.Single(Roles("Tổng Bí thư Nguyễn Phú Trọng luôn dành tình cảm sâu nặng cho các chiến sĩ nơi biên giới."));
        Assert.Equal(("late", "held"), (role.Qualifier, role.Aspect));
        Assert.Equal(("2024-07-19", "day"), (role.Date?.Iso, role.Date?.Granularity));
    }

    [Fact]
    public void A_day_its_own_sentence_gives_keeps_the_post_held()
    {
        var role = Assert.Single(Roles("Ngày 12/3/2019, Tổng Bí thư Nguyễn Phú Trọng đến thăm một đồn biên phòng ở Lạng Sơn."));
        Assert.Equal(("", "held"), (role.Qualifier, role.Aspect));
        Assert.Equal("2019-03-12", role.Date?.Iso);
    }

    [Fact]
    public void A_living_leader_named_the_same_way_still_holds_the_post()
    {
        var roles = ArticleAnalyzer.Analyze("", "Chủ tịch nước Tô Lâm làm việc với lãnh đạo tỉnh Lạng Sơn.", DayAfterTheDeath).Roles;
        var role = Assert.Single(roles, r => r.PersonName == "Tô Lâm");
        Assert.Equal(("", "held"), (role.Qualifier, role.Aspect));
    }
}
