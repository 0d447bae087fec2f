using System.Data.Common;
using Chronicle.Storage;
using Chronicle.Timeline.Knowledge;

namespace Chronicle.Timeline.Data;

/// <summary>
/// The reference table of office holders: the shipped rows (written once, at start) and the rows
/// users add or correct. A user's row with the same role, person and start replaces the shipped one.
/// A row's person is keyed as <see cref="OfficeTerm.PersonKey"/> (diacritics kept), the key every
/// holders question matches sightings by: 'Hùng' and 'Hưng' are two people here as in entity ids.
/// </summary>
public sealed class ReferenceStore(Database store)
{
    public const string Shipped = "shipped";
    public const string User = "user";

    /// <summary>Adds the shipped rows that are not in the table yet; never overwrites a user's correction.</summary>
    public void SeedShipped()
    {
        store.InTransaction((connection, transaction) =>
        {
            RekeyPeople(connection, transaction);
            foreach (var term in OfficeHolderTable.Shipped)
            {
                Upsert(connection, transaction, term, Shipped, overwrite: false);
            }
            MarkChanged(connection, transaction);
            return 0;
        });
    }

    public void Put(OfficeTerm term) =>
        store.InTransaction((connection, transaction) =>
        {
            Upsert(connection, transaction, term, User, overwrite: true);
            MarkChanged(connection, transaction);
            return 0;
        });

    public IReadOnlyList<(OfficeTerm Term, string Origin)> List(string? roleKey)
    {
        using var connection = store.Open();
        return Rows(connection, null, roleKey);
    }

    /// <summary>The table's rows, of one role or (<paramref name="roleKey"/> null) all, in role and start order.</summary>
    private List<(OfficeTerm Term, string Origin)> Rows(DbConnection connection, DbTransaction? transaction, string? roleKey) =>
        connection.Query(
            "SELECT role, person, start_date, end_date, acting, source, origin FROM reference_holders WHERE @key IS NULL OR role_key = @key ORDER BY role_key, start_date",
            r => (Term(r.GetString(0), r.GetString(1), r.GetString(2), r.StringOrNull(3), r.Int(4) == 1, r.GetString(5)), r.GetString(6)),
            transaction, ("@key", roleKey));

    /// <summary>
    /// Terms already made, by their row's values. The whole table is read again after each change
    /// of it and the role lists read their rows each call, and making a term works out its role and
    /// person keys (folding, tone marks): a row read again gives the term made before, equal in every value.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string, string, string?, bool, string), OfficeTerm> _terms = new();

    private const int MostTermsKept = 50_000;

    private OfficeTerm Term(string role, string person, string start, string? end, bool acting, string source)
    {
        var row = (role, person, start, end, acting, source);
        if (_terms.TryGetValue(row, out var term))
        {
            return term;
        }
        term = new OfficeTerm(role, person, start, end, acting, source);
        if (_terms.Count < MostTermsKept)
        {
            _terms.TryAdd(row, term);
        }
        return term;
    }

    /// <summary>Every term of the table, read on a connection of its own.</summary>
    public IReadOnlyList<OfficeTerm> All()
    {
        using var connection = store.Open();
        return All(connection, null);
    }

    /// <summary>
    /// Every term of the table, read inside the caller's transaction. Dating reads it for every
    /// undated document and the table rarely changes: the terms are kept with the table's change
    /// number (<c>reference_changes</c>, raised in the transaction of every write), and read again
    /// only once the number has moved — also when another replica sharing the database wrote.
    /// </summary>
    public IReadOnlyList<OfficeTerm> All(DbConnection connection, DbTransaction? transaction)
    {
        // The number first, then the rows: rows newer than the number they are kept with are only read again once more.
        var version = connection.ScalarLong("SELECT version FROM reference_changes WHERE id = 1", transaction);
        if (_allTerms is { } kept && kept.Version == version)
        {
            return kept.Terms;
        }
        var terms = Rows(connection, transaction, null).Select(row => row.Term).ToList().AsReadOnly();
        _allTerms = new KeptTerms(version, terms);
        return terms;
    }

    private sealed record KeptTerms(long Version, IReadOnlyList<OfficeTerm> Terms);

    /// <summary>The whole table's terms as last read, with the change number they were read at.</summary>
    private volatile KeptTerms? _allTerms;

    /// <summary>Raises the change number, in the transaction that changed the table.</summary>
    private static void MarkChanged(DbConnection connection, DbTransaction transaction) =>
        connection.Execute("UPDATE reference_changes SET version = version + 1 WHERE id = 1", transaction);

    /// <summary>
    /// Tables written before person keys kept diacritics hold the folded key: each row takes the
    /// key it is matched by, so a shipped row is recognised again instead of added twice. (Two
    /// people the folded key merged stay one row: the later write had replaced the earlier.)
    /// </summary>
    private static void RekeyPeople(DbConnection connection, DbTransaction transaction)
    {
        var rows = connection.Query("SELECT role_key, person, person_key, start_date FROM reference_holders",
            r => (RoleKey: r.GetString(0), Person: r.GetString(1), PersonKey: r.GetString(2), Start: r.GetString(3)), transaction);
        foreach (var row in rows.Where(row => row.PersonKey != PersonKey(row.Person)))
        {
            connection.Execute(
                "UPDATE reference_holders SET person_key = @new WHERE role_key = @role AND person_key = @old AND start_date = @start",
                transaction, ("@new", PersonKey(row.Person)), ("@role", row.RoleKey), ("@old", row.PersonKey), ("@start", row.Start));
        }
    }

    private static string PersonKey(string person) => OfficeTerm.KeyOf(person);

    private static void Upsert(DbConnection connection, DbTransaction transaction, OfficeTerm term, string origin, bool overwrite)
    {
        var conflict = overwrite
            ? "DO UPDATE SET role = @role, person = @person, end_date = @end, acting = @acting, source = @source, origin = @origin"
            : "DO NOTHING";
        connection.Execute($"""
            INSERT INTO reference_holders (role, role_key, person, person_key, start_date, end_date, acting, source, origin)
            VALUES (@role, @role_key, @person, @person_key, @start, @end, @acting, @source, @origin)
            ON CONFLICT (role_key, person_key, start_date) {conflict}
            """,
            transaction, ("@role", term.Role), ("@role_key", term.RoleKey), ("@person", term.Person), ("@person_key", term.PersonKey),
            ("@start", term.Start), ("@end", term.End), ("@acting", term.Acting ? 1 : 0), ("@source", term.Source), ("@origin", origin));
    }
}
