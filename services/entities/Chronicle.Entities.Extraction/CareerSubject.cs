namespace Chronicle.Entities.Extraction;

/// <summary>
/// The person the sentences of a career are about, carried from sentence to sentence: 'Ông X sinh năm 1970 …
/// Năm 2012 ông là …; Tháng 3/2018, ông được Thủ tướng bổ nhiệm làm …'. A sentence that names one person sets it; one
/// that names nobody keeps it, so a pronoun ('ông', 'bà', 'đồng chí') there refers back to it; one that names several
/// clears it ('Ông A thay ông B. Năm 1999, ông làm …' is either's). The one place that decides whom such a sentence is
/// about: the posts a pronoun holds (<see cref="TitleAttachment.PronounSubjectTitles"/>) and the bodies it enters by
/// vote (<see cref="Memberships.EnteredByVote"/>) both ask it.
/// </summary>
internal sealed class CareerSubject
{
    /// <summary>The person named in full that the sentences since the last one naming anybody are about; null when unclear.</summary>
    public string? Person { get; private set; }

    /// <summary>Takes in a sentence that names people.</summary>
    /// <param name="caption">
    /// The sentence is a photo's caption ('A, B và các đại biểu chúc mừng … (Ảnh: …)'): set between the lines of a
    /// biography, it may name its own subject, but a caption of several people does not end the biography's.
    /// </param>
    public void Read(List<string> named, bool caption)
    {
        if (named.Count == 0)
            return;
        var distinct = named.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 1 && distinct[0].Contains(' ', StringComparison.Ordinal))
            Person = distinct[0];
        else if (!caption)
            Person = null;
    }
}
