using Chronicle.Text;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction;

internal static partial class Events
{
    /// <summary>
    /// Every dated sentence no reading gave an event from: one that opens on its whole day and
    /// tells, in its main clause, a deed of an official or a state body, whatever the verb, gives that event
    /// (<see cref="EventPhrases.MainClauseDeed"/>). Only a day the article gives no event yet takes one, so a
    /// day's report retold in other words gains no second reading.
    /// </summary>
    private static void AddMainClauseDeeds(ArticleContext context, List<RoleMention> roles, AnchorDate? anchor, List<UncuedSentence> datedSentences,
        List<EventMention> events, List<DatedEvent> dated)
    {
        var text = context.Text;
        foreach (var (sentence, whole, people, date) in datedSentences)
        {
            if (events.Exists(e => e.Evidence == sentence) || dated.Exists(d => SameDay(d.Date, date, anchor?.Year)))
                continue;
            var told = new EventPhrases.Sentence(text, sentence, people, RolesToldIn(text, roles, sentence, whole));
            if (EventPhrases.MainClauseDeed(told, date) is not { } deed)
                continue;
            AddDeedOfTheDay(text, sentence, people, date, anchor, deed.Name, events, dated);
        }
    }
}
