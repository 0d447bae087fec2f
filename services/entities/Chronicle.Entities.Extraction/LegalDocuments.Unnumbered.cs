using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

internal static partial class LegalDocuments
{
    /// <summary>
    /// International instruments the press names without their kind, with the kind they are filed under: 'Quy chế
    /// Rome' is the treaty that set up the International Criminal Court ('Nga đã ký Quy chế Rome …', 'một quốc gia
    /// tham gia Quy chế Rome'). Written with its capitals, the name stands for the document as a law's name does.
    /// </summary>
    private static readonly (Regex Name, string Kind, string Written)[] InstrumentsByName =
    [
        (RomeStatute(), "Hiệp ước", "Quy chế Rome"),
    ];

    /// <summary>Each instrument of <see cref="InstrumentsByName"/> the text names, once, undated: its signing is another matter.</summary>
    private static IEnumerable<(string Key, LegalDocumentMention Mention)> InstrumentsNamed(ArticleContext context)
    {
        foreach (var (name, kind, written) in InstrumentsByName)
        {
            var first = name.Match(context.Text);
            if (first.Success)
                yield return (written, new LegalDocumentMention(kind, written, null, null, null, context.SentenceOf(first.Index)));
        }
    }

    [GeneratedRegex(@"(?<![\p{L}])Quy\s+chế\s+Rome(?![\p{L}])")]
    private static partial Regex RomeStatute();
}
