using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// The person the sentences of a career are about, carried from sentence to sentence: 'Ông X sinh năm 1970 …
/// Năm 2012 ông là …; Tháng 3/2018, ông được Thủ tướng bổ nhiệm làm …'. A sentence that names one person sets it; one
/// that names nobody keeps it, so a pronoun ('ông', 'bà', 'đồng chí') there refers back to it; one that names several
/// clears it ('Ông A thay ông B. Năm 1999, ông làm …' is either's), unless the person the career was about is still its
/// subject ('Ông A được Chủ tịch nước B thăng hàm …': B is named only as the one who acts on A). The one place that decides whom such a sentence is
/// about: the posts a pronoun holds (<see cref="TitleAttachment.PronounSubjectTitles"/>) and the bodies it enters by
/// vote (<see cref="Memberships.EnteredByVote"/>) both ask it.
/// </summary>
internal sealed partial class CareerSubject
{
    /// <summary>The person named in full that the sentences since the last one naming anybody are about; null when unclear.</summary>
    public string? Person { get; private set; }

    /// <summary>Takes in a sentence that names people, each name with where it stands in <paramref name="text"/>.</summary>
    /// <param name="caption">
    /// The sentence is a photo's caption ('A, B và các đại biểu chúc mừng … (Ảnh: …)'): set between the lines of a
    /// biography, it may name its own subject, but a caption of several people does not end the biography's.
    /// </param>
    public void Read(string text, TextSpan sentence, List<(string Person, TextSpan Span)> named, bool caption)
    {
        if (named.Count == 0)
            return;
        var distinct = named.Select(n => n.Person).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 1 && distinct[0].Contains(' ', StringComparison.Ordinal))
            Person = distinct[0];
        else if (!caption && !StaysSubject(text, sentence, named))
            Person = null;
    }

    /// <summary>
    /// Whether the person the career is about is the subject of a sentence that also names others: named first, and
    /// standing at the opening of the sentence or of its main clause with no more than an honorific before it ('Ông X được
    /// Chủ tịch nước Y thăng hàm …', 'Khi là …, ông X là người ký … ông Z'). The others are then the ones the subject acts
    /// with or on, and a pronoun in the sentences after still means the subject.
    /// </summary>
    private bool StaysSubject(string text, TextSpan sentence, List<(string Person, TextSpan Span)> named)
    {
        if (Person is null)
            return false;
        var first = named.MinBy(n => n.Span.Start);
        if (first.Person != Person || first.Span.Start < sentence.Start)
            return false;
        var before = text.AsSpan(sentence.Start, first.Span.Start - sentence.Start);
        var comma = before.LastIndexOf(',');
        return HonorificOnly().IsMatch(comma < 0 ? before : before[(comma + 1)..]);
    }

    /// <summary>What may stand before the subject's name at its clause's opening: nothing, or 'ông', 'bà', 'đồng chí'.</summary>
    [GeneratedRegex(@"^[\s\-–•]*(?:(?:ông|bà|đồng\s+chí)\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HonorificOnly();
}
