using System.Data.Common;
using System.Globalization;
using Chronicle.Contracts.Common.V1;
using Chronicle.Storage;
using Chronicle.Timeline.Knowledge;

namespace Chronicle.Timeline.Data;

/// <summary>A sighting kept as evidence for dating others: the person, the post as written, and its dates' bounds.</summary>
public sealed record EvidenceSighting(string Person, string Role, string Low, string High);

/// <summary>
/// What dating an undated document needs from the rest of the store, found through indexes so
/// that its cost does not grow with the store: of all the dated sightings of a person, only the
/// earliest and the latest at each Party rank can exclude a year, and only the nearest before and
/// after a candidate day can decide a preference (see <see cref="AnchorInference"/>).
/// </summary>
public static class DatingEvidence
{
    /// <summary>Steps of the timeline's schema for dating, numbered apart from <see cref="FactStore"/>'s.</summary>
    public static readonly IReadOnlyList<Migration> Migrations =
    [
        new(100, """
            CREATE INDEX role_observations_person_date ON role_observations (person_id, date_low);
            CREATE TABLE rank_evidence (
                person_id TEXT NOT NULL,
                party_rank INTEGER NOT NULL,
                earliest_low TEXT NOT NULL,
                earliest_document TEXT NOT NULL,
                latest_high TEXT NOT NULL,
                latest_document TEXT NOT NULL,
                PRIMARY KEY (person_id, party_rank)
            );
            CREATE TABLE redating_queue (
                person_id TEXT PRIMARY KEY,
                queued_at TEXT NOT NULL,
                from_day TEXT NOT NULL,
                to_day TEXT NOT NULL
            )
            """),
        // Re-dating by lookup: each undated document under the people whose evidence can change its year and its
        // month-day (month × 100 + day), and the documents waiting to be re-dated (see DocumentDating).
        new(110, """
            CREATE TABLE undated_mentions (
                person_id TEXT NOT NULL,
                month_day INTEGER NOT NULL,
                document_id TEXT NOT NULL,
                PRIMARY KEY (person_id, month_day, document_id)
            );
            CREATE INDEX undated_mentions_document ON undated_mentions (document_id);
            CREATE TABLE redating_documents (
                document_id TEXT PRIMARY KEY,
                queued_at TEXT NOT NULL,
                times_queued INTEGER NOT NULL
            );
            CREATE INDEX redating_documents_queued ON redating_documents (queued_at, document_id)
            """),
    ];

    /// <summary>
    /// Sightings that count as evidence: dated by a document whose own text writes its date. A year
    /// inferred from the posts a text names (basis 'inferred') rests on the reference table, not on
    /// the text; counted as evidence, it would pull other undated articles toward its own year.
    /// </summary>
    internal const string WritesItsDate = "text_basis NOT IN ('unknown', 'inferred')";

    /// <summary>
    /// A sighting of such a document counts when it is dated, substantive and not an end (the
    /// columns of role_observations). The two together are kept on each row as
    /// <c>evidence = 1</c> when the document is recorded (<see cref="IsEvidence(PartialDate?, string, string)"/>): a document's
    /// basis is fixed then, and re-dating moves only undated documents.
    /// </summary>
    internal const string SightingIsEvidence = "date IS NOT NULL AND qualifier = '' AND aspect <> 'ended'";

    private const string IsEvidenceRow = "o.evidence = 1";

    /// <summary>Whether a document of this basis writes its own date (see <see cref="WritesItsDate"/>).</summary>
    internal static bool IsWrittenBasis(string basis) => basis is not ("unknown" or "inferred");

    /// <summary>Whether a sighting of a document that writes its date is evidence (see <see cref="SightingIsEvidence"/>).</summary>
    internal static bool IsEvidence(PartialDate? date, string qualifier, string aspect) =>
        date is not null && qualifier.Length == 0 && aspect != "ended";

    /// <summary>
    /// Folds the sightings of a document dated by its own text into the per-rank extremes, and
    /// returns for each person it names the days whose dating its evidence may change (nothing
    /// when the document is undated). A sighting can change the preference for a candidate day
    /// only if no other sighting of the person lies between the two, so its days are those up to
    /// the person's nearest other sightings on either side (none when another sighting has the same
    /// dates); it can exclude a year only by moving an extreme, so its days are those between the
    /// old extreme and the new.
    /// </summary>
    public static IReadOnlyList<(string Person, string From, string To)> Remember(DbConnection connection, DbTransaction transaction, string documentId) =>
        Remember(connection, transaction, documentId, connection.Query($"""
            SELECT o.person_id, o.role, o.date_low, o.date_high FROM role_observations o
            WHERE o.document_id = @doc AND {IsEvidenceRow}
            """,
            r => new EvidenceSighting(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)),
            transaction, ("@doc", documentId)));

    /// <summary>
    /// As <see cref="Remember(DbConnection, DbTransaction, string)"/>, given the document's evidence sightings as
    /// <see cref="FactStore.Record(DbConnection, DbTransaction, Chronicle.Contracts.Timeline.V1.RecordDocumentFactsRequest)"/>
    /// just stored them, so they are not read back.
    /// </summary>
    public static IReadOnlyList<(string Person, string From, string To)> Remember(DbConnection connection, DbTransaction transaction, string documentId,
        IReadOnlyList<EvidenceSighting> evidence)
    {
        var sightings = evidence.Select(s => (s.Person, Rank: Positions.PartyRank(s.Role), s.Low, s.High)).ToList();
        var changed = new List<(string Person, string From, string To)>();
        foreach (var (person, low, high) in sightings.Select(s => (s.Person, s.Low, s.High)).Distinct())
        {
            // Another sighting of the person on the same dates already gives every candidate day the same nearest
            // distance: this one changes no preference (as many reports of one day, or copies of one article, do).
            // Otherwise its days reach to the person's nearest other sightings on either side. One statement asks
            // both: the two neighbours are looked up only when no sighting has the same dates (a CASE evaluates the
            // branch it takes, and the test is worked out once), so a sighting on known dates costs one index
            // search as before, and one on new dates one statement instead of three.
            var (sameDates, before, after) = connection.Query(NeighboursStatement,
                r => (Same: r.Int(0) == 1, Before: r.StringOrNull(1), After: r.StringOrNull(2)),
                transaction, ("@person", person), ("@low", low), ("@high", high), ("@doc", documentId)).Single();
            if (!sameDates)
            {
                changed.Add((person, before ?? FirstDay, after ?? LastDay));
            }
        }

        // As in AnchorInference, a rank counts only where it is the highest the document gives the person.
        foreach (var ofPerson in sightings.Where(s => s.Rank is not null).GroupBy(s => s.Person))
        {
            var highest = ofPerson.Max(s => s.Rank!.Value);
            var atHighest = ofPerson.Where(s => s.Rank == highest).ToList();
            var low = atHighest.Select(s => s.Low).Min(StringComparer.Ordinal)!;
            var high = atHighest.Select(s => s.High).Max(StringComparer.Ordinal)!;
            var before = connection.Query(
                "SELECT earliest_low, latest_high FROM rank_evidence WHERE person_id = @person AND party_rank = @rank",
                r => (Earliest: r.GetString(0), Latest: r.GetString(1)), transaction, ("@person", ofPerson.Key), ("@rank", highest)).FirstOrDefault();
            if (before.Earliest is null)
            {
                changed.Add((ofPerson.Key, FirstDay, LastDay));
            }
            else
            {
                if (string.CompareOrdinal(low, before.Earliest) < 0)
                {
                    changed.Add((ofPerson.Key, low, before.Earliest));
                }
                if (string.CompareOrdinal(high, before.Latest) > 0)
                {
                    changed.Add((ofPerson.Key, before.Latest, high));
                }
            }
            connection.Execute("""
                INSERT INTO rank_evidence (person_id, party_rank, earliest_low, earliest_document, latest_high, latest_document)
                VALUES (@person, @rank, @low, @doc, @high, @doc)
                ON CONFLICT (person_id, party_rank) DO UPDATE SET
                    earliest_document = CASE WHEN excluded.earliest_low < rank_evidence.earliest_low THEN excluded.earliest_document ELSE rank_evidence.earliest_document END,
                    earliest_low = CASE WHEN excluded.earliest_low < rank_evidence.earliest_low THEN excluded.earliest_low ELSE rank_evidence.earliest_low END,
                    latest_document = CASE WHEN excluded.latest_high > rank_evidence.latest_high THEN excluded.latest_document ELSE rank_evidence.latest_document END,
                    latest_high = CASE WHEN excluded.latest_high > rank_evidence.latest_high THEN excluded.latest_high ELSE rank_evidence.latest_high END
                """,
                transaction, ("@person", ofPerson.Key), ("@rank", highest), ("@doc", documentId), ("@low", low), ("@high", high));
        }
        return changed;
    }

    /// <summary>
    /// For one evidence sighting of a document (@person, @low, @high, @doc): 1 when another document has a sighting
    /// of the person on the same dates, else 0 with the nearest other sighting's date_low at or before @low and at or
    /// after @high (null where there is none).
    /// </summary>
    private const string NeighboursStatement = $"""
        SELECT s.same,
               CASE WHEN s.same = 1 THEN NULL ELSE (SELECT o.date_low FROM role_observations o
                    WHERE o.person_id = @person AND o.date_low <= @low AND o.document_id <> @doc AND {IsEvidenceRow}
                    ORDER BY o.date_low DESC LIMIT 1) END,
               CASE WHEN s.same = 1 THEN NULL ELSE (SELECT o.date_low FROM role_observations o
                    WHERE o.person_id = @person AND o.date_low >= @high AND o.document_id <> @doc AND {IsEvidenceRow}
                    ORDER BY o.date_low ASC LIMIT 1) END
        FROM (SELECT CASE WHEN EXISTS (SELECT 1 FROM role_observations o
                    WHERE o.person_id = @person AND o.date_low = @low AND o.date_high = @high AND o.document_id <> @doc AND {IsEvidenceRow})
                    THEN 1 ELSE 0 END AS same) s
        """;

    /// <summary>
    /// The document of a person's (@person) evidence sighting nearest at or before @day, and of the one nearest at or
    /// after it (null where there is none).
    /// </summary>
    private const string NearestStatement = $"""
        SELECT (SELECT o.document_id FROM role_observations o
                WHERE o.person_id = @person AND o.date_low <= @day AND {IsEvidenceRow}
                ORDER BY o.date_low DESC LIMIT 1),
               (SELECT o.document_id FROM role_observations o
                WHERE o.person_id = @person AND o.date_low >= @day AND {IsEvidenceRow}
                ORDER BY o.date_low ASC LIMIT 1)
        """;

    /// <summary>Bounds that take in every day.</summary>
    public const string FirstDay = "0000-00-00", LastDay = "9999-99-99";

    /// <summary>
    /// Rebuilds the per-rank extremes from every dated document, once, for a store that holds
    /// documents recorded before they were kept.
    /// </summary>
    public static void RebuildIfMissing(Database store)
    {
        using var connection = store.Open();
        if (connection.ScalarLong("SELECT COUNT(*) FROM rank_evidence") > 0)
        {
            return;
        }
        var dated = connection.Query("SELECT document_id FROM documents WHERE " + WritesItsDate, r => r.GetString(0));
        foreach (var chunk in dated.Chunk(500))
        {
            store.InTransaction((c, t) =>
            {
                foreach (var documentId in chunk)
                {
                    Remember(c, t, documentId);
                }
                return 0;
            });
        }
    }

    /// <summary>
    /// The dated sightings that can change the year of an article naming <paramref name="people"/>
    /// on <paramref name="month"/>/<paramref name="day"/> of one of <paramref name="candidateYears"/>:
    /// the extremes at each Party rank, and when the text bounds the year, the nearest sighting
    /// before and after each candidate day. Each sighting comes with the person's other sightings
    /// in the same document, since a rank counts only where it is the highest there.
    /// </summary>
    public static IReadOnlyList<DatedSighting> For(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<string> people, int month, int day,
        IReadOnlyList<int> candidateYears)
    {
        var sources = new HashSet<(string Document, string Person)>();
        foreach (var person in people)
        {
            foreach (var row in connection.Query(
                "SELECT earliest_document, latest_document FROM rank_evidence WHERE person_id = @person",
                r => (Earliest: r.GetString(0), Latest: r.GetString(1)), transaction, ("@person", person)))
            {
                sources.Add((row.Earliest, person));
                sources.Add((row.Latest, person));
            }
            // The preference among fitting years is only made when the text gives candidate years.
            foreach (var year in candidateYears)
            {
                if (month is < 1 or > 12 || year is < 1 or > 9999 || day > DateTime.DaysInMonth(year, month))
                {
                    continue;
                }
                var on = new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                // The nearest before and the nearest after, in one statement rather than one each.
                var (before, after) = connection.Query(NearestStatement, r => (Before: r.StringOrNull(0), After: r.StringOrNull(1)),
                    transaction, ("@person", person), ("@day", on)).Single();
                foreach (var nearest in new[] { before, after })
                {
                    if (nearest is not null)
                    {
                        sources.Add((nearest, person));
                    }
                }
            }
        }

        var sightings = new List<DatedSighting>();
        foreach (var (document, person) in sources)
        {
            // Through the document's index (its few rows): comparing "person_id || ''" keeps SQLite
            // from choosing the person's evidence index instead, which walks every sighting of a
            // leader (thousands, growing with the store) to find the one document.
            sightings.AddRange(connection.Query($"""
                SELECT o.person_name, o.role, o.date, o.document_id FROM role_observations o
                WHERE o.document_id = @doc AND o.person_id || '' = @person AND {IsEvidenceRow}
                """,
                r => new DatedSighting(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)), transaction, ("@doc", document), ("@person", person)));
        }
        return sightings;
    }
}
