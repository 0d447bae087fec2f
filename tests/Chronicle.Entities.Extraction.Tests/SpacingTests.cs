using Chronicle.Entities.Extraction;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Words as one line (<see cref="Spacing.OneSpace"/>): every run of white space is one space, whatever it is made of,
/// and a text with lone plain spaces only is given back as it is.
/// </summary>
public sealed class SpacingTests
{
    [Theory]
    [InlineData("Hội nghị  Ban Chấp hành", "Hội nghị Ban Chấp hành")]
    [InlineData("Hội nghị\nBan Chấp hành", "Hội nghị Ban Chấp hành")]
    [InlineData("Hội nghị \r\n Ban Chấp hành", "Hội nghị Ban Chấp hành")]
    [InlineData("Hội nghị\tBan Chấp hành", "Hội nghị Ban Chấp hành")]
    [InlineData("Hội nghị\u00a0Ban Chấp hành", "Hội nghị Ban Chấp hành")]
    [InlineData("Hội nghị\u2009Ban Chấp hành", "Hội nghị Ban Chấp hành")]
    [InlineData("Hội nghị\u0085Ban Chấp hành", "Hội nghị Ban Chấp hành")]
    [InlineData("  Kỳ họp thứ tám ", " Kỳ họp thứ tám ")]
    [InlineData("Kỳ họp thứ tám\n", "Kỳ họp thứ tám ")]
    public void Every_run_of_white_space_is_one_space(string written, string expected) =>
        Assert.Equal(expected, Spacing.OneSpace(written));

    [Theory]
    [InlineData("Lễ khởi công cầu Rạch Miễu 2")]
    [InlineData(" Phiên họp thứ ba ")]
    [InlineData("")]
    public void A_text_spaced_once_between_words_is_given_back_as_it_is(string written) =>
        Assert.Same(written, Spacing.OneSpace(written));
}
