namespace Chronicle.Text.Dates;

/// <summary>Chooses the day an article reports on and how its year is known.</summary>
public static class AnchorDateResolver
{
    /// <param name="cleanText">The article's main text, normalised.</param>
    /// <param name="publishedAt">The publication date given with the document, when any.</param>
    public static AnchorDate Resolve(string cleanText, DateOnly? publishedAt) => throw new NotImplementedException();
}
