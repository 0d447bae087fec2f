using System.Text.RegularExpressions;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction;

/// <summary>Reads one article's clean text and returns what it speaks of.</summary>
public static partial class ArticleAnalyzer
{
    /// <param name="title">The headline (may be empty).</param>
    /// <param name="cleanText">Main text, normalised (see Chronicle.Text.VietnameseText.Normalize).</param>
    /// <param name="anchor">The day the article reports on, as ingestion dated it: it gives days and
    /// months written without a year their year. Without it, only dates with a written year are known.</param>
    /// <param name="address">The address of the page, if known: a provincial paper's site ('baocaobang.vn')
    /// gives a bare 'UBND tỉnh' its province when the text names none.</param>
    public static ExtractionResult Analyze(string title, string cleanText, AnchorDate? anchor = null, string? address = null)
    {
        ArgumentNullException.ThrowIfNull(cleanText);
        cleanText = WithoutListedStories(cleanText);
        var context = new ArticleContext(cleanText, address, title ?? "");
        var sentences = context.Sentences.Select(s => (Sentence: s, Tokens: Tokens.Of(cleanText, s))).ToList();

        // First the people the article names in full, so that 'Bộ trưởng Thắng' and 'ông Yamada'
        // can be read as references to them wherever they stand. A sentence is read again only
        // where such a reference may stand: a capitalised word right after a title or an honorific.
        var firstReading = sentences.Select(s => (Items: Scan(s.Tokens, context, out var shortFormsTried, out var titlesRead), ShortFormsTried: shortFormsTried,
            TitlesRead: titlesRead)).ToList();
        var namesRead = 0;
        foreach (var (items, _, _) in firstReading)
        {
            foreach (var item in items)
            {
                if (item.Name is not null)
                    namesRead++;
            }
        }
        // Counted first, so that the people remembered are kept in a set made once at its size, not grown name by name.
        context.ExpectPeople(namesRead);
        foreach (var (items, _, _) in firstReading)
        {
            foreach (var item in items)
            {
                if (item.Name is not null)
                    context.RememberPerson(item.Name.Name);
            }
        }

        // Sized for what an article commonly yields, so that the lists are not copied again and again as they grow.
        var mentions = new List<EntityMention>(2 * namesRead + 16);
        var links = new List<(Item Title, Item Person, TextSpan Sentence, string? Country)>(namesRead);
        var bareTitles = new List<(Item Title, TextSpan Sentence)>();
        var namesBySentence = new List<(TextSpan Sentence, List<(string Person, TextSpan Span)> Names)>(sentences.Count);
        var careerTitles = new List<(Item Title, TextSpan Sentence, string Subject)>();
        var entries = new List<(Memberships.Entry Entry, TextSpan Sentence)>();
        string? lastNamedInFull = null;
        var subject = new CareerSubject();
        for (var s = 0; s < sentences.Count; s++)
        {
            var (sentence, tokens) = sentences[s];
            var names = new List<(string Person, TextSpan Span)>();
            var (firstItems, shortFormsTried, titlesRead) = firstReading[s];
            // The first reading knew nobody yet, so it found no short form where it looked for one: a second reading
            // differs from it only from the first of those words that now gives someone (every other step of a reading
            // depends on the sentence alone). Before that word it would be the first word for word, and is not done.
            // The second reading goes on in the first one's list, cut back to the items before that word: it is not needed
            // again, and a new list for every sentence read again was a large share of the article's garbage.
            var items = firstItems;
            if (MayHoldReference(firstItems, cleanText, context) && FirstKnownPerson(tokens, shortFormsTried, context) is { } from)
            {
                items.RemoveRange(from.ItemsBefore, items.Count - from.ItemsBefore);
                Scan(tokens, context, out _, out _, from.Word, items, titlesRead);
            }
            // '3/2011 - 4/2018: Ủy viên …, Phó Chủ nhiệm …': a line of the career record of the
            // person the article last named in full. Every title of the line is theirs; a name
            // inside the line is a place or a body ('Bí thư Thành ủy Phủ Lý'), not another person.
            if (lastNamedInFull is not null && RoleDating.IsCareerLine(cleanText, sentence))
            {
                foreach (var item in items)
                {
                    if (item.Kind == ItemKind.Title)
                        careerTitles.Add((item, sentence, lastNamedInFull));
                }
                namesBySentence.Add((sentence, names));
                continue;
            }
            foreach (var item in items)
            {
                if (item.Name is null)
                    continue;
                mentions.Add(new EntityMention(EntityTypes.Person, item.Name.Name, item.Span, sentence));
                names.Add((item.Name.Name, item.Span));
            }
            foreach (var (chain, person) in TitleAttachment.Attach(items))
            {
                // One country for the chain: 'Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình'.
                var country = FirstCountry(chain);
                foreach (var link in chain)
                {
                    links.Add((link, person, sentence, country));
                    if (link.Title!.Country is { } own)
                        context.RememberCountry(person.Name!.Name, own);
                    if (!link.Title.NeedsContextOrganization)
                        context.RememberRole(person.Name!.Name, link.Title.Role);
                }
            }
            // 'Tháng 8/2019, ông được bổ nhiệm làm Thứ trưởng …': posts of the person the sentences
            // before are about.
            var pronounTitles = subject.Person is null ? [] : TitleAttachment.PronounSubjectTitles(items);
            foreach (var pronounTitle in pronounTitles)
                careerTitles.Add((pronounTitle, sentence, subject.Person!));
            foreach (var entry in Memberships.EnteredByVote(cleanText, sentence, items, subject.Person))
                entries.Add((entry, sentence));
            foreach (var bare in TitleAttachment.BareTitles(items))
            {
                if (!pronounTitles.Contains(bare))
                    bareTitles.Add((bare, sentence));
            }
            lastNamedInFull = LastNamedInFull(names) ?? lastNamedInFull;
            subject.Read(cleanText, sentence, names, cleanText.AsSpan(sentence.Start, sentence.Length).Contains("Ảnh:", StringComparison.Ordinal));
            namesBySentence.Add((sentence, names));
        }

        // Titles are resolved once the whole article has been read: 'Bộ trưởng' before a name takes
        // the ministry the article gives that person, wherever it does.
        // Sized for a role from every sighting, so that the list is not copied again and again as it grows.
        var roles = new List<RoleMention>(links.Count + careerTitles.Count + 8);
        var spanEnds = new List<RoleMention>();
        var dates = ContextDates.WithRelativeDates(cleanText, DateRecognizer.Find(cleanText), anchor);
        // Each title sighted with a person, then each of a career line or a pronoun, read in that order by plain loops: joining the
        // two lists through iterators copied every sighting, a large value, at each step.
        foreach (var l in links)
            ResolveSighting(l.Title, l.Person.Name!.Name, l.Person.Span, l.Sentence, l.Country);
        foreach (var c in careerTitles)
            ResolveSighting(c.Title, c.Subject, c.Title.Span, c.Sentence, null);

        void ResolveSighting(in Item link, string name, TextSpan personSpan, TextSpan sentence, string? chainCountry)
        {
            if (context.Resolve(link.Title!, link.Span, sentence, name, chainCountry ?? context.CountryOf(name)) is not { } role)
                return;
            // Each sighting is dated by its own sentence: a career line, an earlier day, a post left.
            // 'ông X được giới thiệu để Quốc hội xem xét bầu làm Chủ tịch nước': proposed, not yet taken up;
            // '…, người … lên làm Chủ tịch nước': a post of the past.
            if (role.Qualifier.Length == 0 && RoleDating.QualifierFromClause(cleanText, sentence, link.Span) is { Length: > 0 } fromClause)
                role = role with { Qualifier = fromClause };
            var dating = RoleDating.For(cleanText, dates, sentence, personSpan, link.Span, role.Qualifier, anchor);
            var sighting = new RoleMention(name, personSpan, role.Role, role.Title, role.Organization, role.Qualifier, sentence)
            {
                TitleSpan = link.Span,
                Date = dating.Date,
                DateBasis = dating.Basis,
                Aspect = dating.Aspect,
                StatedStart = dating.Stated && dating.Aspect == RoleDating.Started ? dating.Date : null,
                StatedEnd = dating.Stated && dating.Aspect == RoleDating.Ended ? dating.Date : null,
            };
            roles.Add(sighting);
            // 'Từ tháng 8/2010 - 4/2016, ông làm Thứ trưởng': the same sentence also shows the post left.
            if (dating.SpanEnd is { } spanEnd)
                spanEnds.Add(sighting with { Date = spanEnd, Aspect = RoleDating.Ended, StatedStart = null, StatedEnd = spanEnd });
            mentions.Add(new EntityMention(EntityTypes.Position, role.Role, link.Span, sentence));
            context.RememberHolder(role.Role, name);
        }
        roles.AddRange(roles.SelectMany(r => Memberships.JoinedWith(cleanText, r)).Where(m => !roles.Any(r => r.PersonName == m.PersonName && r.Role == m.Role)).ToList());
        roles.AddRange(Memberships.Entered(cleanText, roles));
        roles.AddRange(EnteredMemberships(cleanText, dates, anchor, entries, roles));
        roles.AddRange(ReplacedHolders.LeftBy(cleanText, roles).ToList());
        LateHolders.MarkEnded(cleanText, roles);
        // Added after the late holders are marked: a span's end is no death.
        roles.AddRange(spanEnds.Where(end => !GoesOn(end, roles)));
        roles.AddRange(RoleDating.EndedByTheLaterMove(cleanText, roles).ToList());
        CompleteWithCountry(roles);
        // 'bổ nhiệm chức vụ X đối với ông A và ông B': the post the first holder was given is the others' too.
        roles.AddRange(DecisionsOnSeveralHolders.Shared(cleanText, namesBySentence, roles).ToList());
        // Before the shortened bodies: a clause's body written by its kind alone ('Công ty do ông X làm giám đốc') is completed or dropped with the rest.
        roles.AddRange(PostsGivenByClause.Read(cleanText, namesBySentence, roles, dates, anchor, context.Province).ToList());
        ShortenedBodies.Complete(roles, cleanText, context.Sentences);
        AdHocBodies.AddPosts(cleanText, context.Sentences, roles);
        CompanyTitles.SpellOutBrands(cleanText, roles);
        CompanyTitles.SpellOutLegalNames(cleanText, roles);
        AmericanLegislatorStates.Complete(cleanText, roles);
        ReferredBackBodies.Drop(roles);
        PostsLeftUnread.Drop(roles);
        DefinedAcronyms.SpellOut(context.DefinedNames, roles);
        // Once every post has its full name: a post a list of the career marks left, named as held today elsewhere, is held.
        RoleDating.KeepHeldPostsOfAList(cleanText, roles, anchor);
        foreach (var (bare, sentence) in bareTitles)
        {
            // 'Thường trực Ban Bí thư nhấn mạnh…' refers back to the person named with that title.
            if (context.ResolveBare(bare.Title!, sentence, bare.Span) is { } held)
            {
                mentions.Add(new EntityMention(EntityTypes.Position, held.Role, bare.Span, sentence));
                mentions.Add(new EntityMention(EntityTypes.Person, held.Holder, bare.Span, sentence));
                namesBySentence.First(n => n.Sentence == sentence).Names.Add((held.Holder, bare.Span));
            }
        }

        mentions.AddRange(BackReferences(context, mentions));
        mentions.AddRange(context.Organizations());
        mentions.AddRange(context.Places());
        var documents = LegalDocuments.Find(context, anchor);
        mentions.AddRange(documents.Select(d => new EntityMention(EntityTypes.LegalDocument, d.Identity, d.Evidence, d.Evidence)));
        var events = Events.Find(context, namesBySentence, roles, anchor, dates);
        mentions.AddRange(events.Select(e => new EntityMention(EntityTypes.Event, e.Name, e.Evidence, e.Evidence)));
        // After the events, which read the posts of each sentence: a holder's dated deed adds no post to its sentence. The
        // new sightings are gathered whole before they are added, since finding them reads the roles.
        roles.AddRange(RoleDating.SeenOnTheirDeedDay(cleanText, namesBySentence, roles, dates, anchor).ToList());
        return new ExtractionResult(mentions, roles, events, documents);
    }

    /// <summary>The country of the first post of a chain that names one, if any.</summary>
    private static string? FirstCountry(IEnumerable<Item> chain)
    {
        foreach (var link in chain)
        {
            if (link.Title!.Country is { } country)
                return country;
        }
        return null;
    }

    /// <summary>The last name of the sentence written in full (more than one word), if any.</summary>
    private static string? LastNamedInFull(List<(string Person, TextSpan Span)> names)
    {
        for (var k = names.Count - 1; k >= 0; k--)
        {
            if (names[k].Person.Contains(' ', StringComparison.Ordinal))
                return names[k].Person;
        }
        return null;
    }

    /// <summary>
    /// The memberships entered by vote (<see cref="Memberships.EnteredByVote"/>), taken up on the day the
    /// sentence gives; one the sentence already gives with a post of the person is not read twice.
    /// </summary>
    private static List<RoleMention> EnteredMemberships(string text, IReadOnlyList<DateMention> dates, AnchorDate? anchor,
        List<(Memberships.Entry Entry, TextSpan Sentence)> entries, List<RoleMention> roles)
    {
        var added = new List<RoleMention>();
        foreach (var (entry, sentence) in entries)
        {
            var role = $"{entry.Title} {entry.Body}";
            if (roles.Concat(added).Any(r => r.PersonName == entry.Person && r.Role == role && r.Evidence == sentence))
                continue;
            var dating = RoleDating.For(text, dates, sentence, entry.PersonSpan, entry.BodySpan, "", anchor);
            added.Add(new RoleMention(entry.Person, entry.PersonSpan, role, entry.Title, entry.Body, "", sentence)
            {
                TitleSpan = entry.BodySpan,
                Date = dating.Date,
                DateBasis = dating.Basis,
                Aspect = RoleDating.Started,
                StatedStart = dating.Stated ? dating.Date : null,
            });
        }
        return added;
    }

    /// <summary>
    /// A span's end is not the end of a post the next span goes on with: '3/2011 - 4/2018: Ủy viên
    /// Trung ương Đảng …' followed by '5/2018 - 1/2021: Ủy viên Trung ương Đảng …' is one stay.
    /// </summary>
    private static bool GoesOn(RoleMention spanEnd, List<RoleMention> roles)
    {
        if (MonthNumber(spanEnd.StatedEnd?.Iso) is not { } ended)
            return false;
        return roles.Any(r => r.PersonName == spanEnd.PersonName && r.Role == spanEnd.Role
            && MonthNumber(r.StatedStart?.Iso) is { } started && started >= ended && started - ended <= 2);
    }

    /// <summary>Months since year 0 of a 'yyyy-MM…' date, or null for a year alone.</summary>
    private static int? MonthNumber(string? iso) =>
        iso is { Length: >= 7 } && int.TryParse(iso.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture, out var year)
            && int.TryParse(iso.AsSpan(5, 2), System.Globalization.CultureInfo.InvariantCulture, out var month)
            ? year * 12 + month
            : null;

    /// <summary>
    /// A foreign post written once with its country in brackets and elsewhere without it is one
    /// post: the later 'Phó Thị trưởng thành phố Porto' is the 'Phó Thị trưởng thành phố Porto (Bồ
    /// Đào Nha)' the article introduced.
    /// </summary>
    private static void CompleteWithCountry(List<RoleMention> roles)
    {
        for (var k = 0; k < roles.Count; k++)
        {
            var role = roles[k];
            if (role.Role.EndsWith(')'))
                continue;
            var full = roles.FirstOrDefault(other => other.PersonName == role.PersonName && other.Role.EndsWith(')')
                && other.Role.StartsWith(role.Role + " (", StringComparison.Ordinal));
            if (full is not null)
                roles[k] = role with { Role = full.Role, Title = full.Title, Organization = full.Organization };
        }
    }

    /// <param name="shortFormsTried">The words where a short form of someone named in full was looked for
    /// (<see cref="ArticleContext.PersonByPart"/>), if any, each with the number of items read before it.</param>
    /// <param name="titlesRead">What the title reader answered at each word from the first of
    /// <paramref name="shortFormsTried"/> on (<see cref="NoTitle"/> where it read none), if a short form was tried:
    /// a second reading starts at one of those words, and the title reader's answer at a word depends on the
    /// sentence's words alone.</param>
    /// <param name="from">The word the reading starts at, after <paramref name="readBefore"/>, the items before it;
    /// the reading adds its items to that list and returns it.</param>
    /// <param name="titlesKnown">For a second reading, the first reading's <paramref name="titlesRead"/>.</param>
    private static List<Item> Scan(List<Token> tokens, ArticleContext context, out List<(int Word, int ItemsBefore)>? shortFormsTried,
        out TitleMatch?[]? titlesRead, int from = 0, List<Item>? readBefore = null, TitleMatch?[]? titlesKnown = null)
    {
        shortFormsTried = null;
        titlesRead = null;
        var titles = titlesKnown;
        var items = readBefore ?? new List<Item>(tokens.Count);
        for (var i = from; i < tokens.Count;)
        {
            if (TitleAt(tokens, i, context.Province, titles) is { } title)
            {
                items.Add(new Item(ItemKind.Title, Span(tokens, title.First, title.End), title, null, ""));
                i = title.End;
                continue;
            }
            var name = NameAt(tokens, i, items, context, ref shortFormsTried);
            if (shortFormsTried is not null && titles is null)
            {
                // The first word a second reading may start at: the title reader's answers are kept from here on.
                titles = titlesRead = new TitleMatch?[tokens.Count];
                titles[i] = NoTitle;
            }
            if (name is not null)
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

    /// <summary>The title at word i, taken from <paramref name="known"/> where it was read before, and kept there if it is kept.</summary>
    private static TitleMatch? TitleAt(List<Token> tokens, int i, string? province, TitleMatch?[]? known)
    {
        if (known?[i] is { } read)
            return ReferenceEquals(read, NoTitle) ? null : read;
        var title = TitleParser.At(tokens, i, province);
        if (known is not null)
            known[i] = title ?? NoTitle;
        return title;
    }

    /// <summary>Kept for a word the title reader read no title at (<see cref="TitleAt"/>).</summary>
    private static readonly TitleMatch NoTitle = new("", "", "", "", -1, -1, false);

    /// <summary>
    /// A Vietnamese name; after an honorific or a title, a short form of someone the article names
    /// in full ('Phó Thủ tướng Khái', 'ông Y Thông'); or a name the sentence announces (after an
    /// honorific or a title, or before ', title'), whatever its origin.
    /// </summary>
    private static NameMatch? NameAt(List<Token> tokens, int i, List<Item> items, ArticleContext context, ref List<(int Word, int ItemsBefore)>? shortFormsTried)
    {
        var afterTitle = items.Count > 0 && items[^1].Kind == ItemKind.Title;
        if ((PersonNames.WithBaptismalName(tokens, i) ?? PersonNames.At(tokens, i, afterTitle)) is { } name)
            return name;
        if (!tokens[i].IsCapitalized)
            return null;
        var cued = afterTitle || (i > 0 && Honorifics.Contains(tokens[i - 1].Key)) || PersonNames.AfterArtistTitle(tokens, i);
        // 'ông Y Thông' after 'Y Thông Kbuôr': a short form of someone named in full.
        if (cued || afterTitle)
        {
            (shortFormsTried ??= []).Add((i, items.Count));
            if (KnownPersonOutsideASchoolName(tokens, i, context) is { } known)
                return known;
        }
        if (PersonNames.Cued(tokens, i, afterTitle) is { } announced && (cued || BeforeTitle(tokens, announced.End, context)))
            return announced;
        return null;
    }

    /// <summary>
    /// Someone the article names in full, where the words do not stand in a school's name: a school named after a
    /// person of the past ('Hiệu trưởng trường THCS & THPT Nguyễn Tất Thành') is no reference to a person of that
    /// name read elsewhere in the article, as the name is no person where it is read first (<see cref="PersonNameCheck"/>).
    /// </summary>
    private static NameMatch? KnownPersonOutsideASchoolName(List<Token> tokens, int i, ArticleContext context) =>
        PersonNameCheck.NamesSchool(tokens, i) ? null : context.PersonByPart(tokens, i);

    /// <summary>
    /// A capitalised word left unread after a title or an honorific, or a short name that is part
    /// of a longer one the article gives ('ông Y Thông' after 'Y Thông Kbuôr').
    /// </summary>
    private static bool MayHoldReference(List<Item> items, string text, ArticleContext context)
    {
        if (items.Any(i => i.Name is { } name && name.End - name.First <= 2 && context.PersonByWords(name.Name.Split(' ')) is not null))
            return true;
        for (var k = 1; k < items.Count; k++)
        {
            if (items[k].Kind == ItemKind.Word && char.IsUpper(text[items[k].Span.Start])
                && (items[k - 1].Kind == ItemKind.Title || Honorifics.Contains(items[k - 1].Key)))
                return true;
        }
        return false;
    }

    /// <summary>The first of the words where the first reading looked for a short form that now gives someone named in full.</summary>
    private static (int Word, int ItemsBefore)? FirstKnownPerson(List<Token> tokens, List<(int Word, int ItemsBefore)>? shortFormsTried, ArticleContext context)
    {
        foreach (var tried in shortFormsTried ?? [])
        {
            if (KnownPersonOutsideASchoolName(tokens, tried.Word, context) is not null)
                return tried;
        }
        return null;
    }

    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "ông", "bà", "ngài", "chí", "tướng", "tá", "sĩ" };

    /// <summary>', Phó Bí thư Tỉnh ủy': a list entry puts the name before a comma and a title.</summary>
    private static bool BeforeTitle(List<Token> tokens, int end, ArticleContext context) =>
        end + 1 < tokens.Count && tokens[end].Text == "," && TitleParser.At(tokens, end + 1, context.Province) is not null;

    private static TextSpan Span(List<Token> tokens, int first, int end) => new(tokens[first].Start, tokens[end - 1].End);

    /// <summary>'ông Trung', 'bà H’Bia', 'ông Y Thông': one or two words after an honorific name someone met in full.</summary>
    private static IEnumerable<EntityMention> BackReferences(ArticleContext context, List<EntityMention> mentions)
    {
        // Every back-reference is to someone named in full: an article that names nobody so is not
        // searched for honorifics at all, a search over the whole text.
        if (!context.KnowsAnyPerson)
            yield break;
        var taken = new List<TextSpan>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (mention.Type == EntityTypes.Person)
                taken.Add(mention.Span);
        }
        foreach (Match match in HonorificPattern().Matches(context.Text))
        {
            var group = match.Groups["name"];
            var span = new TextSpan(group.Index, group.Index + group.Length);
            if (Overlaps(taken, span))
                continue;
            if (context.PersonByWords(group.Value.Split(' ')) is { } person)
                yield return new EntityMention(EntityTypes.Person, person, span, context.SentenceOf(span.Start));
        }
    }

    /// <summary>Whether a span of <paramref name="spans"/> shares a character with <paramref name="span"/>.</summary>
    private static bool Overlaps(List<TextSpan> spans, TextSpan span)
    {
        foreach (var taken in spans)
        {
            if (taken.Start < span.End && span.Start < taken.End)
                return true;
        }
        return false;
    }

    [GeneratedRegex(@"\b(?:[ôÔ]ng|[bB]à|[đĐ]ồng chí|[nN]gài)\s+(?<name>\p{Lu}[\p{L}\p{M}’'\-]*(?:\s+\p{Lu}[\p{L}\p{M}’'\-]*)?)(?![\p{L}\p{M}]|\s+\p{Lu})")]
    private static partial Regex HonorificPattern();
}
