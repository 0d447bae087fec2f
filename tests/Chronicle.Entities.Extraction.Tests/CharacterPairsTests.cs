using Chronicle.Entities.Extraction;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// The pairs of characters a text holds tell a phrase it cannot hold from one it may: never the first for a phrase
/// written in it, so no search that finds something is skipped.
/// </summary>
public sealed class CharacterPairsTests
{
    private const string Text = "Sáng 3-5, đoàn công tác của tỉnh Quảng Trị đến thăm Hà Nội và làm việc với Bộ Y tế.";

    [Theory]
    [InlineData("Quảng Trị")]
    [InlineData("Hà Nội")]
    [InlineData("Bộ Y tế")]
    [InlineData("3-5, đoàn")]
    [InlineData("tế.")]
    [InlineData("S")]
    [InlineData("")]
    public void A_phrase_written_in_the_text_may_be_held(string phrase) =>
        Assert.True(new CharacterPairs(Text).MayHold(phrase));

    [Theory]
    [InlineData("Đắk Lắk")]
    [InlineData("Cà Mau")]
    [InlineData("Bộ Công an")]
    [InlineData("TP.HCM")]
    public void A_phrase_with_pairs_the_text_lacks_is_not_held(string phrase) =>
        Assert.False(new CharacterPairs(Text).MayHold(phrase));

    [Fact]
    public void Every_stretch_of_a_text_may_be_held_by_it()
    {
        var pairs = new CharacterPairs(Text);
        for (var start = 0; start < Text.Length; start++)
        {
            for (var length = 0; start + length <= Text.Length; length++)
                Assert.True(pairs.MayHold(Text.Substring(start, length)));
        }
    }

    [Fact]
    public void An_empty_text_holds_no_pair()
    {
        Assert.False(new CharacterPairs("").MayHold("Hà"));
        Assert.True(new CharacterPairs("").MayHold("H"));
    }
}
