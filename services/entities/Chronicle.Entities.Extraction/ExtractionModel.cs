namespace Chronicle.Entities.Extraction;

/// <summary>person, organization, position, legal_document, event or place (the REST names).</summary>
public static class EntityTypes
{
    public const string Person = "person";
    public const string Organization = "organization";
    public const string Position = "position";
    public const string LegalDocument = "legal_document";
    public const string Event = "event";
    public const string Place = "place";
}

/// <summary>A span of the clean text: offsets in UTF-16 code units, end exclusive.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>A name of an entity as written, with its canonical name.</summary>
/// <param name="Type">One of <see cref="EntityTypes"/>.</param>
/// <param name="CanonicalName">The full name to resolve to ('Lê Hoài Trung' for 'ông Trung').</param>
/// <param name="Span">Where the mention stands.</param>
/// <param name="Sentence">The sentence it stands in, used as evidence.</param>
public sealed record EntityMention(string Type, string CanonicalName, TextSpan Span, TextSpan Sentence);

/// <summary>A person seen holding a position.</summary>
/// <param name="Role">The whole position: 'Trưởng Ban Đối ngoại Trung ương', 'Ủy viên Bộ Chính trị'.</param>
/// <param name="Title">The title alone: 'Trưởng Ban', 'Ủy viên'.</param>
/// <param name="Organization">The organisation: 'Ban Đối ngoại Trung ương', 'Bộ Chính trị'; empty for a bare rank.</param>
/// <param name="Qualifier">"acting" ('Quyền'), "former" ('nguyên', 'cựu'), "late" ('cố'), "nominee" ('ứng viên') or empty.</param>
/// <param name="Evidence">The sentence the role was read from.</param>
public sealed record RoleMention(
    string PersonName,
    TextSpan PersonSpan,
    string Role,
    string Title,
    string Organization,
    string Qualifier,
    TextSpan Evidence)
{
    /// <summary>When the sentence says the post was taken up ('Từ tháng 3/2021, ông giữ chức …', 'được bầu … tháng 10/2023').</summary>
    public ExtractedDate? StatedStart { get; init; }

    /// <summary>When the sentence says the post was left ('thôi giữ chức … từ ngày 1/2/2024').</summary>
    public ExtractedDate? StatedEnd { get; init; }

    /// <summary>Where the title stands.</summary>
    public TextSpan TitleSpan { get; init; }

    /// <summary>The day (month, year) this sighting speaks of, or null when its year cannot be known.</summary>
    public ExtractedDate? Date { get; init; }

    /// <summary>Where <see cref="Date"/> comes from: sentence, paragraph, article, publication, inferred or unknown.</summary>
    public string DateBasis { get; init; } = "unknown";

    /// <summary>held, started (taken up that day) or ended (left, or former, by that day).</summary>
    public string Aspect { get; init; } = "held";
}

/// <summary>A date as the extractor read it, ISO at its granularity when the year is known.</summary>
/// <param name="Iso">'2023-01-09', '2021-12', or null when the year is not written.</param>
/// <param name="Granularity">"day", "month" or "year".</param>
public sealed record ExtractedDate(string? Iso, string Granularity);

/// <summary>A named event: conference, congress, working session.</summary>
/// <param name="Date">The event's own date when the text gives one next to it; otherwise null (the article's anchor applies).</param>
public sealed record EventMention(
    string Name,
    ExtractedDate? Date,
    string? Place,
    string? Organizer,
    string? Chair,
    IReadOnlyList<string> Participants,
    TextSpan Evidence,
    bool IsMainEvent);

/// <summary>A Party or state document cited by its number: 'Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị'.</summary>
/// <param name="Kind">'Nghị quyết', 'Chỉ thị', 'Đề án', 'Quyết định', 'Kết luận', ...</param>
/// <param name="Number">'34-NQ/TW', '1868/QĐ-TTg', '05'; for a document cited by name alone, that name ('Luật Phòng, chống mua bán người').</param>
public sealed record LegalDocumentMention(
    string Kind,
    string Number,
    string? Issuer,
    ExtractedDate? Issued,
    string? Subject,
    TextSpan Evidence)
{
    /// <summary>
    /// What tells this act from every other: its number; for an act known by name, the name and the year it was
    /// passed, because one name serves successive acts ('Luật Đất đai' of 2013 and of 2024 are two laws).
    /// </summary>
    public string Identity =>
        Number.Any(char.IsDigit) || Issued?.Iso is not { Length: >= 4 } issued ? Number : $"{Number} {issued[..4]}";

    /// <summary>How readers name the act: 'Nghị quyết 34-NQ/TW'; an act known by name already starts with its kind.</summary>
    public string Title => Number.StartsWith(Kind, StringComparison.Ordinal) ? Identity : $"{Kind} {Number}";
}

public sealed record ExtractionResult(
    IReadOnlyList<EntityMention> Mentions,
    IReadOnlyList<RoleMention> Roles,
    IReadOnlyList<EventMention> Events,
    IReadOnlyList<LegalDocumentMention> LegalDocuments);
