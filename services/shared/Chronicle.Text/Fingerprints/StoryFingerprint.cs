using System.Numerics;

namespace Chronicle.Text.Fingerprints;

/// <summary>
/// A 64-bit SimHash of an article's folded text over word 3-shingles: two reports of the same
/// story in other words differ in few bits, two different stories in about half of them.
/// </summary>
public static class StoryFingerprint
{
    /// <summary>
    /// Bits two reports of one story may differ by. Random texts differ by about 32; rewrites of
    /// one story measured in the tests differ by well under this.
    /// </summary>
    public const int SameStoryDistance = 12;

    public static ulong Compute(string cleanText)
    {
        Span<int> weights = stackalloc int[64];
        foreach (var hash in ShingleHashes(cleanText))
        {
            for (var bit = 0; bit < 64; bit++)
            {
                weights[bit] += (hash >> bit & 1) == 1 ? 1 : -1;
            }
        }
        ulong fingerprint = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0)
            {
                fingerprint |= 1UL << bit;
            }
        }
        return fingerprint;
    }

    /// <summary>
    /// The <paramref name="size"/> smallest distinct shingle hashes (a bottom-k sketch): two reports
    /// of one story share many shingles, so their sketches almost always share some, while two
    /// different stories rarely share any. A store indexes them to find the few candidates worth
    /// comparing by <see cref="IsSameStory"/> instead of comparing with every document.
    /// </summary>
    public static IReadOnlyList<ulong> Sketch(string cleanText, int size = 24) =>
        ShingleHashes(cleanText).Distinct().Order().Take(size).ToList();

    /// <summary>The hashes of the folded text's word 3-shingles, in text order.</summary>
    private static IEnumerable<ulong> ShingleHashes(string cleanText)
    {
        var words = VietnameseText.Fold(cleanText).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', ';', ':', '"', '“', '”', '(', ')'))
            .Where(w => w.Length > 0)
            .ToArray();
        for (var i = 0; i + 2 < words.Length; i++)
        {
            yield return Fnv1a($"{words[i]} {words[i + 1]} {words[i + 2]}");
        }
    }

    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    public static bool IsSameStory(ulong a, ulong b) => Distance(a, b) <= SameStoryDistance;

    /// <summary>FNV-1a, 64-bit: stable across processes and versions, unlike string.GetHashCode.</summary>
    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash;
    }
}
