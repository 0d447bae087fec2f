namespace Chronicle.Entities.Extraction;

/// <summary>
/// The person the sentences of a career are about, carried from sentence to sentence: 'Ông X sinh năm 1970 …
/// Năm 2012 ông là …; Tháng 3/2018, ông được Thủ tướng bổ nhiệm làm …'. A sentence that names people sets it; one
/// that names nobody keeps it, so a pronoun ('ông', 'bà', 'đồng chí') there refers back to it. The one place that
/// decides whom such a sentence is about: the posts a pronoun holds (<see cref="TitleAttachment.PronounSubjectTitles"/>)
/// and the bodies it enters by vote (<see cref="Memberships.EnteredByVote"/>) both ask it.
/// </summary>
internal sealed class CareerSubject
{
    /// <summary>The person named in full that the sentences since the last one naming anybody are about; null when unclear.</summary>
    public string? Person { get; private set; }

    /// <summary>
    /// Takes in a sentence that names people. The subject is the one person the sentence names, or, when it names several,
    /// the one that opens it as its subject ('Ông Ngọc được Chủ tịch nước Y thăng hàm …', 'Khi đó, ông Ngọc ký … ông Z'):
    /// the first name, after nothing but an honorific, a rank or a title, at the sentence's start or after a comma that
    /// closes an opening phrase.
    /// </summary>
    /// <param name="caption">
    /// The sentence is a photo's caption ('A, B và C chúc mừng … (Ảnh: …)'): set between the lines of a biography, it
    /// may name its own subject, but a caption of several people does not end the biography's.
    /// </param>
    public void Read(List<Item> items, List<string> named, bool caption)
    {
        if (named.Count == 0)
            return;
        var distinct = named.Distinct(StringComparer.Ordinal).ToList();
        var person = distinct.Count == 1 ? distinct[0] : OpeningSubject(items);
        if (person is not null && person.Contains(' ', StringComparison.Ordinal))
            Person = person;
        else if (!caption)
            Person = null;
    }

    private static string? OpeningSubject(List<Item> items)
    {
        var first = items.FindIndex(i => i.Kind == ItemKind.Name);
        if (first < 0)
            return null;
        var k = first - 1;
        while (k >= 0 && (items[k].Kind == ItemKind.Title || (items[k].Kind == ItemKind.Word && LeadWords.Contains(items[k].Key))))
            k--;
        return (k < 0 || items[k].Kind == ItemKind.Comma) && !OpensAList(items, first) ? items[first].Name!.Name : null;
    }

    /// <summary>'Chủ tịch nước A, Thủ tướng B và …': the name opens a list of subjects, none of which the sentence is about alone.</summary>
    private static bool OpensAList(List<Item> items, int name)
    {
        var k = name + 1;
        if (k >= items.Count || !(items[k].Kind == ItemKind.Comma || items[k].Key == "và"))
            return false;
        k++;
        while (k < items.Count && (items[k].Kind == ItemKind.Title || (items[k].Kind == ItemKind.Word && LeadWords.Contains(items[k].Key))))
            k++;
        return k < items.Count && items[k].Kind == ItemKind.Name;
    }

    /// <summary>Honorifics and ranks that may stand before the subject's name.</summary>
    private static readonly HashSet<string> LeadWords = new(StringComparer.Ordinal)
    {
        "ông", "bà", "đồng", "chí", "đại", "thượng", "trung", "thiếu", "tướng", "tá",
    };
}
