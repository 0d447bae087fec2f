using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>Reads one article's clean text and returns what it speaks of.</summary>
public static partial class ArticleAnalyzer
{
    /// <param name="title">The headline (may be empty).</param>
    /// <param name="cleanText">Main text, normalised (see Chronicle.Text.VietnameseText.Normalize).</param>
    public static ExtractionResult Analyze(string title, string cleanText)
    {
        ArgumentNullException.ThrowIfNull(cleanText);
        var context = new ArticleContext(cleanText);
        var mentions = new List<EntityMention>();
        var roles = new List<RoleMention>();
        var namesBySentence = new List<(TextSpan Sentence, List<(string Person, TextSpan Span)> Names)>();

        foreach (var sentence in context.Sentences)
        {
            var names = new List<(string Person, TextSpan Span)>();
            var items = Scan(Tokens.Of(cleanText, sentence), context);
            var stated = StatedDates.In(cleanText, sentence);
            foreach (var item in items.Where(i => i.Name is not null))
            {
                mentions.Add(new EntityMention(EntityTypes.Person, item.Name!.Name, item.Span, sentence));
                names.Add((item.Name.Name, item.Span));
            }
            foreach (var (chain, person) in TitleAttachment.Attach(items))
            {
                foreach (var link in chain)
                {
                    var role = context.Resolve(link.Title!);
                    roles.Add(new RoleMention(person.Name!.Name, person.Span, role.Role, role.Title, role.Organization, role.Qualifier, sentence)
                    {
                        StatedStart = stated.Start,
                        StatedEnd = stated.End,
                    });
                    mentions.Add(new EntityMention(EntityTypes.Position, role.Role, link.Span, sentence));
                    context.RememberHolder(role.Role, person.Name.Name);
                }
            }
            foreach (var bare in TitleAttachment.BareTitles(items))
            {
                // 'Đồng chí Thường trực Ban Bí thư nhấn mạnh…' refers back to the person named with that title.
                if (context.HolderOf(context.Resolve(bare.Title!).Role) is { } holder)
                {
                    mentions.Add(new EntityMention(EntityTypes.Person, holder, bare.Span, sentence));
                    names.Add((holder, bare.Span));
                }
            }
            namesBySentence.Add((sentence, names));
        }

        mentions.AddRange(BackReferences(context, mentions));
        mentions.AddRange(context.Organizations());
        mentions.AddRange(context.Places());
        var documents = LegalDocuments.Find(context);
        mentions.AddRange(documents.Select(d => new EntityMention(EntityTypes.LegalDocument, d.Number, d.Evidence, d.Evidence)));
        var events = Events.Find(context, namesBySentence, roles);
        mentions.AddRange(events.Select(e => new EntityMention(EntityTypes.Event, e.Name, e.Evidence, e.Evidence)));
        return new ExtractionResult(mentions, roles, events, documents);
    }

    private static List<Item> Scan(List<Token> tokens, ArticleContext context)
    {
        var items = new List<Item>();
        for (var i = 0; i < tokens.Count;)
        {
            if (TitleParser.At(tokens, i, context.Province) is { } title)
            {
                items.Add(new Item(ItemKind.Title, Span(tokens, title.First, title.End), title, null, ""));
                i = title.End;
            }
            else if (PersonNames.At(tokens, i) is { } name)
            {
                items.Add(new Item(ItemKind.Name, Span(tokens, name.First, name.End), null, name, ""));
                i = name.End;
            }
            else
            {
                var kind = tokens[i].Text switch
                {
                    "," => ItemKind.Comma,
                    ";" or ":" or "(" or ")" => ItemKind.Separator,
                    "–" or "—" or "-" => ItemKind.Dash,
                    _ => ItemKind.Word,
                };
                items.Add(new Item(kind, new TextSpan(tokens[i].Start, tokens[i].End), null, null, tokens[i].Key));
                i++;
            }
        }
        return items;
    }

    private static TextSpan Span(List<Token> tokens, int first, int end) => new(tokens[first].Start, tokens[end - 1].End);

    /// <summary>'ông Trung', 'đồng chí Thưởng': a single syllable after an honorific names a person met earlier.</summary>
    private static IEnumerable<EntityMention> BackReferences(ArticleContext context, List<EntityMention> mentions)
    {
        var people = mentions.Where(m => m.Type == EntityTypes.Person).Select(m => m.CanonicalName).Distinct().ToList();
        foreach (Match match in HonorificPattern().Matches(context.Text))
        {
            var syllable = match.Groups["name"].Value;
            var person = people.Where(p => p.EndsWith(" " + syllable, StringComparison.Ordinal)).ToList();
            if (person.Count == 1)
            {
                var span = new TextSpan(match.Groups["name"].Index, match.Groups["name"].Index + syllable.Length);
                yield return new EntityMention(EntityTypes.Person, person[0], span, context.SentenceOf(span.Start));
            }
        }
    }

    [GeneratedRegex(@"\b(?:[ôÔ]ng|[bB]à|[đĐ]ồng chí)\s+(?<name>\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}]|\s+\p{Lu})")]
    private static partial Regex HonorificPattern();
}
