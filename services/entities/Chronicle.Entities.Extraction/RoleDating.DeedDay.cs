using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// A holder named again without their post in a sentence that writes its own day ('Tổng thống Ukraine X nói …. ¶ Ông X đã gặp
/// các nghị sĩ vào tối 4/9 …'): on that day the holder acted as the holder of the post the article gives them. Where every
/// sighting of the post is dated only by the report's or the publication day, the deed's day is the one the text tells.
/// </summary>
internal static partial class RoleDating
{
    /// <summary>
    /// How many days before the article's day (its publication, else its reported day) a deed may lie and still show the post
    /// the article names held: an article tells of its holders as they are now, and a week is well within that.
    /// </summary>
    private const int DeedDaysBack = 7;

    /// <summary>
    /// A held sighting of a post, dated by the first sentence that names its holder, writes one whole day and gives the holder no
    /// post: for each post held with no qualifier that no sighting dates by its own sentence and none names as left. Not for a
    /// holder the article tells taking up or leaving a post (a change of posts makes which one they held that day unclear),
    /// not for a sentence of things to come, nor a day already carried by a sighting of the post, nor one after the article or
    /// more than <see cref="DeedDaysBack"/> days before it.
    /// </summary>
    public static IEnumerable<RoleMention> SeenOnTheirDeedDay(string text, IReadOnlyList<(TextSpan Sentence, List<(string Person, TextSpan Span)> Names)> namesBySentence,
        IReadOnlyList<RoleMention> roles, IReadOnlyList<DateMention> dates, AnchorDate? anchor)
    {
        if (ArticleDay(anchor) is not { } articleDay)
            yield break;
        foreach (var holder in roles.GroupBy(r => r.PersonName))
        {
            if (holder.Any(r => r.Aspect == Started || (r.Aspect == Ended && r.Qualifier.Length == 0)))
                continue;
            // A post the article also names as left ('cựu', 'nguyên') is not carried to the day: which reading is right is unclear.
            var posts = holder.Where(r => r.Qualifier.Length == 0 && r.Aspect == Held).GroupBy(r => r.Role)
                .Where(post => post.All(r => r.DateBasis != "sentence") && !holder.Any(r => r.Role == post.Key && r.Aspect == Ended)).ToList();
            if (posts.Count == 0 || FirstDeed(text, namesBySentence, holder, dates, anchor, articleDay) is not { } deed)
                continue;
            foreach (var post in posts)
            {
                if (post.Any(r => r.Date?.Iso == deed.Day.Iso))
                    continue;
                yield return post.First() with
                {
                    PersonSpan = deed.Name,
                    TitleSpan = deed.Name,
                    Evidence = deed.Sentence,
                    Date = deed.Day,
                    DateBasis = "sentence",
                    Aspect = Held,
                    StatedStart = null,
                    StatedEnd = null,
                };
            }
        }
    }

    /// <summary>The publication day, else the reported day, when known to the day.</summary>
    private static DateOnly? ArticleDay(AnchorDate? anchor)
    {
        if (anchor?.PublishedOn is { Length: 10 } published)
            return ContextDates.DayOf(published);
        return anchor is { Granularity: DateGranularity.Day } && anchor.ToIso() is { } reported ? ContextDates.DayOf(reported) : null;
    }

    /// <summary>
    /// The first sentence, in the order of the text, that names the holder, gives them no post and writes exactly one whole day
    /// (not a cited act's or a birth's) in the reach of the article's day; with that name and day. <paramref name="holder"/>
    /// is the holder's own readings, so a sentence that gives them a post is told without a search of every role.
    /// </summary>
    private static (TextSpan Sentence, TextSpan Name, ExtractedDate Day)? FirstDeed(string text,
        IReadOnlyList<(TextSpan Sentence, List<(string Person, TextSpan Span)> Names)> namesBySentence, IGrouping<string, RoleMention> holder,
        IReadOnlyList<DateMention> dates, AnchorDate? anchor, DateOnly articleDay)
    {
        foreach (var (sentence, names) in namesBySentence)
        {
            var named = names.FindIndex(n => n.Person == holder.Key);
            if (named < 0 || holder.Any(r => r.Evidence == sentence)
                || ToCome().IsMatch(text.AsSpan(sentence.Start, sentence.Length))
                || OnlyWholeDayIn(text, dates, sentence) is not { } day
                || WholeDayNoLaterThanTheArticle(day, anchor) is not { } date
                || articleDay.DayNumber - ContextDates.DayOf(date.Iso!).DayNumber is < 0 or > DeedDaysBack)
                continue;
            return (sentence, names[named].Span, date);
        }
        return null;
    }

    /// <summary>The one whole day the sentence writes, or null when it writes none, several, or a span of days.</summary>
    private static DateMention? OnlyWholeDayIn(string text, IReadOnlyList<DateMention> dates, TextSpan sentence)
    {
        DateMention? only = null;
        foreach (var date in dates)
        {
            if (date.Start >= sentence.End)
                break;
            if (date.Start < sentence.Start)
                continue;
            if (date.Granularity != DateGranularity.Day || date.EndDay is not null || only is not null || !Counts(text, date))
                return null;
            only = date;
        }
        return only;
    }
}
