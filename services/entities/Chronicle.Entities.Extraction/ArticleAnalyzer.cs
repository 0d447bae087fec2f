namespace Chronicle.Entities.Extraction;

/// <summary>Reads one article's clean text and returns what it speaks of.</summary>
public static class ArticleAnalyzer
{
    /// <param name="title">The headline (may be empty).</param>
    /// <param name="cleanText">Main text, normalised (see Chronicle.Text.VietnameseText.Normalize).</param>
    public static ExtractionResult Analyze(string title, string cleanText) => throw new NotImplementedException();
}
