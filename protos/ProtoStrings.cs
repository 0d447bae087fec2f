namespace Chronicle.Contracts;

/// <summary>Reading proto3 strings, which have no null: an absent field arrives as "".</summary>
public static class ProtoStrings
{
    /// <summary>The value, or null when the field is absent (empty) or holds only white space.</summary>
    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
