using System.Numerics;
using System.Runtime.Intrinsics;

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

    /// <summary>How many shingle hashes a sketch keeps (see <see cref="Sketch"/>).</summary>
    public const int SketchSize = 24;

    public static ulong Compute(string cleanText) => FingerprintOf(ShingleHashes(VietnameseText.Fold(cleanText)));

    /// <summary>
    /// The <paramref name="size"/> smallest distinct shingle hashes (a bottom-k sketch): two reports
    /// of one story share many shingles, so their sketches almost always share some, while two
    /// different stories rarely share any. A store indexes them to find the few candidates worth
    /// comparing by <see cref="IsSameStory"/> instead of comparing with every document.
    /// </summary>
    public static IReadOnlyList<ulong> Sketch(string cleanText, int size = SketchSize) =>
        SketchOf(ShingleHashes(VietnameseText.Fold(cleanText)), size);

    /// <summary>
    /// <see cref="Compute"/> and <see cref="Sketch"/> of a text already folded by
    /// <see cref="VietnameseText.Fold"/>, from one pass over its shingles: a caller that folds the
    /// text for its own use (a content hash) does not fold it again.
    /// </summary>
    public static StoryPrint OfFolded(string foldedText)
    {
        var hashes = ShingleHashes(foldedText);
        return new StoryPrint(FingerprintOf(hashes), SketchOf(hashes, SketchSize));
    }

    /// <summary>
    /// Each bit set where more than half of the hashes set it (the SimHash vote, +1 for a set bit
    /// and −1 for a clear one, is above zero). The bits are counted a byte of a hash at a time:
    /// <see cref="ByteBits"/> holds each byte's eight bits as eight counters, added in one vector
    /// step, so a hash costs eight additions instead of sixty-four.
    /// </summary>
    private static ulong FingerprintOf(ulong[] hashes)
    {
        Span<Vector256<int>> ones = stackalloc Vector256<int>[8];
        ones.Clear();
        var table = ByteBits;
        foreach (var hash in hashes)
        {
            for (var b = 0; b < 8; b++)
            {
                ones[b] += table[(int)(hash >> (8 * b)) & 0xFF];
            }
        }
        ulong fingerprint = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (2 * ones[bit / 8].GetElement(bit % 8) > hashes.Length)
            {
                fingerprint |= 1UL << bit;
            }
        }
        return fingerprint;
    }

    /// <summary>For each byte value, its eight bits (lowest first) as eight counters of 0 or 1.</summary>
    private static readonly Vector256<int>[] ByteBits = Enumerable.Range(0, 256)
        .Select(value => Vector256.Create(value & 1, value >> 1 & 1, value >> 2 & 1, value >> 3 & 1, value >> 4 & 1, value >> 5 & 1, value >> 6 & 1, value >> 7 & 1))
        .ToArray();

    /// <summary>
    /// The <paramref name="size"/> smallest distinct hashes, ascending. Kept in a sorted list as the
    /// hashes go by, so a hash above the largest kept one (most of them, once the list is full) costs
    /// one comparison: sorting every hash of the text to take the first few cost more than the
    /// rest of the print.
    /// </summary>
    private static List<ulong> SketchOf(ulong[] hashes, int size)
    {
        var sketch = new List<ulong>(Math.Max(0, Math.Min(size, hashes.Length)) + 1);
        if (size <= 0)
        {
            return sketch;
        }
        foreach (var hash in hashes)
        {
            if (sketch.Count == size && hash >= sketch[^1])
            {
                continue;
            }
            var at = sketch.BinarySearch(hash);
            if (at >= 0)
            {
                continue;
            }
            sketch.Insert(~at, hash);
            if (sketch.Count > size)
            {
                sketch.RemoveAt(size);
            }
        }
        return sketch;
    }

    /// <summary>Punctuation trimmed from both ends of a word before it enters a shingle.</summary>
    private const string WordEdgePunctuation = ",.;:\"“”()";

    /// <summary>
    /// The hashes of the folded text's word 3-shingles, in text order: words are the text's
    /// space-separated pieces without <see cref="WordEdgePunctuation"/> at their ends (empty ones
    /// skipped), and a shingle's hash is that of its three words joined by single spaces.
    /// </summary>
    private static ulong[] ShingleHashes(string foldedText)
    {
        var words = new List<(int Start, int Length)>();
        var text = foldedText.AsSpan();
        var start = 0;
        while (start <= text.Length)
        {
            var space = text[start..].IndexOf(' ');
            var end = space < 0 ? text.Length : start + space;
            var piece = text[start..end];
            var trimmedStart = piece.Length - piece.TrimStart(WordEdgePunctuation).Length;
            var word = piece.Trim(WordEdgePunctuation);
            if (word.Length > 0)
            {
                words.Add((start + trimmedStart, word.Length));
            }
            start = end + 1;
        }
        var hashes = new ulong[Math.Max(0, words.Count - 2)];
        for (var i = 0; i < hashes.Length; i++)
        {
            var hash = Fnv1a(FnvOffset, text.Slice(words[i].Start, words[i].Length));
            hash = Fnv1a(hash, " ");
            hash = Fnv1a(hash, text.Slice(words[i + 1].Start, words[i + 1].Length));
            hash = Fnv1a(hash, " ");
            hashes[i] = Fnv1a(hash, text.Slice(words[i + 2].Start, words[i + 2].Length));
        }
        return hashes;
    }

    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    public static bool IsSameStory(ulong a, ulong b) => Distance(a, b) <= SameStoryDistance;

    private const ulong FnvOffset = 14695981039346656037UL;

    /// <summary>FNV-1a, 64-bit, continued from <paramref name="hash"/>: stable across processes and versions, unlike string.GetHashCode.</summary>
    private static ulong Fnv1a(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash;
    }
}

/// <summary>A text's story fingerprint and sketch (see <see cref="StoryFingerprint"/>).</summary>
public sealed record StoryPrint(ulong Fingerprint, IReadOnlyList<ulong> Sketch);
