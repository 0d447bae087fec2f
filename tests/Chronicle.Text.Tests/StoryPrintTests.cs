using Chronicle.Text.Fingerprints;

namespace Chronicle.Text.Tests;

/// <summary>
/// The one-pass story print gives the hashes of the plain definition: stores keep fingerprints and
/// sketches of earlier documents, so a later build must compute them bit for bit alike.
/// </summary>
public sealed class StoryPrintTests
{
    public static TheoryData<string> Texts => new()
    {
        "Sáng 3/4, Thủ tướng tiếp Đại sứ tại trụ sở Chính phủ. Hai bên trao đổi về hợp tác (kinh tế, giáo dục); cuộc gặp kéo dài một giờ.",
        "“Chúng tôi sẽ làm tiếp,” ông nói: việc đã rõ.  Ông ấy   nói thêm , rồi đi .",
        "Một hai",
        "",
        "( ) ... ; : , \" “ ” trên , dưới . giữa ( ngoài ) trong",
        string.Join(' ', Enumerable.Range(0, 400).Select(i => $"từ{i % 37},")),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_print_is_that_of_the_plain_definition(string text)
    {
        var hashes = PlainShingleHashes(VietnameseText.Fold(text));
        var sketch = hashes.Distinct().Order().Take(StoryFingerprint.SketchSize).ToList();

        var print = StoryFingerprint.OfFolded(VietnameseText.Fold(text));

        Assert.Equal(PlainFingerprint(hashes), print.Fingerprint);
        Assert.Equal(sketch, print.Sketch);
        Assert.Equal(print.Fingerprint, StoryFingerprint.Compute(text));
        Assert.Equal(sketch, StoryFingerprint.Sketch(text));
    }

    /// <summary>Words split at spaces, edge punctuation trimmed, empty ones dropped; each 3-shingle joined by spaces and hashed with FNV-1a.</summary>
    internal static List<ulong> PlainShingleHashes(string folded)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', ';', ':', '"', '“', '”', '(', ')'))
            .Where(w => w.Length > 0)
            .ToArray();
        var hashes = new List<ulong>();
        for (var i = 0; i + 2 < words.Length; i++)
        {
            var hash = 14695981039346656037UL;
            foreach (var c in $"{words[i]} {words[i + 1]} {words[i + 2]}")
            {
                hash ^= c;
                hash *= 1099511628211UL;
            }
            hashes.Add(hash);
        }
        return hashes;
    }

    internal static ulong PlainFingerprint(List<ulong> hashes)
    {
        ulong fingerprint = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            var weight = hashes.Sum(hash => (hash >> bit & 1) == 1 ? 1 : -1);
            if (weight > 0)
            {
                fingerprint |= 1UL << bit;
            }
        }
        return fingerprint;
    }
}
