using Chronicle.Entities.Extraction;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>An American legislator's state written right after the name is part of the seat.</summary>
public sealed class AmericanLegislatorStateTests
{
    private static IReadOnlyList<RoleMention> Roles(string text) => ArticleAnalyzer.Analyze("", text).Roles;

    [Fact]
    public void The_state_after_a_senator_name_is_the_seat()
    {
        var role = Assert.Single(Roles("Đảng Cộng hòa hôm qua giới thiệu Thượng nghị sĩ Mỹ Lisa Carter của bang Oregon phát biểu tại đại hội."));
        Assert.Equal("Thượng nghị sĩ Mỹ bang Oregon", role.Role);
    }

    [Fact]
    public void A_state_named_later_in_the_sentence_is_not_the_seat()
    {
        var role = Assert.Single(Roles("Thượng nghị sĩ Mỹ Lisa Carter cho biết bang Oregon sẽ tham gia."));
        Assert.Equal("Thượng nghị sĩ Mỹ", role.Role);
    }

    [Fact]
    public void The_seat_told_once_is_that_of_the_person_other_mentions()
    {
        var roles = Roles("Thượng nghị sĩ Mỹ Lisa Carter của bang Oregon phát biểu tại đại hội. Sau đó, Thượng nghị sĩ Mỹ Lisa Carter gặp cử tri.");
        Assert.All(roles, r => Assert.Equal("Thượng nghị sĩ Mỹ bang Oregon", r.Role));
    }
}
