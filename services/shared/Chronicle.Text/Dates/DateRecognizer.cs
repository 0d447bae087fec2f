namespace Chronicle.Text.Dates;

/// <summary>Finds the dates Vietnamese news writes ('Ngày 11/1', 'Sáng 7-1', 'ngày 9/1/2023', ...).</summary>
public static class DateRecognizer
{
    /// <summary>Every date in the text, in order of appearance.</summary>
    public static IReadOnlyList<DateMention> Find(string text) => throw new NotImplementedException();
}
