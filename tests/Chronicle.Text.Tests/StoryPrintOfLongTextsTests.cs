using Chronicle.Text.Fingerprints;

namespace Chronicle.Text.Tests;

/// <summary>
/// Long texts, with many more shingles than a sketch keeps and shingles repeated, give the print of
/// the plain definition (every hash sorted, the smallest distinct kept; a vote per bit): the print
/// keeps only the smallest hashes as they go by and counts the bits a byte at a time.
/// </summary>
public sealed class StoryPrintOfLongTextsTests
{
    [Theory]
    [InlineData(1, 3_000, 50)]
    [InlineData(2, 5_000, 4_000)]
    [InlineData(3, 800, 7)]
    [InlineData(4, 30, 1_000)]
    public void The_print_of_a_long_text_is_that_of_the_plain_definition(int seed, int words, int vocabulary)
    {
        var random = new Random(seed);
        var text = string.Join(' ', Enumerable.Range(0, words).Select(_ => $"chữ{random.Next(vocabulary)}{(random.Next(9) == 0 ? "," : "")}"));
        var folded = VietnameseText.Fold(text);
        var hashes = StoryPrintTests.PlainShingleHashes(folded);

        var print = StoryFingerprint.OfFolded(folded);

        Assert.Equal(StoryPrintTests.PlainFingerprint(hashes), print.Fingerprint);
        Assert.Equal(hashes.Distinct().Order().Take(StoryFingerprint.SketchSize).ToList(), print.Sketch);
        Assert.Equal(hashes.Distinct().Order().Take(5).ToList(), StoryFingerprint.Sketch(text, 5));
        Assert.Empty(StoryFingerprint.Sketch(text, 0));
    }
}
