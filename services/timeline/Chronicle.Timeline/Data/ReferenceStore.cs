using System.Data.Common;
using Chronicle.Storage;
using Chronicle.Text;
using Chronicle.Timeline.Knowledge;

namespace Chronicle.Timeline.Data;

/// <summary>
/// The reference table of office holders: the shipped rows (written once, at start) and the rows
/// users add or correct. A user's row with the same role, person and start replaces the shipped one.
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
            foreach (var term in OfficeHolderTable.Shipped)
            {
                Upsert(connection, transaction, term, Shipped, overwrite: false);
            }
            return 0;
        });
    }

    public void Put(OfficeTerm term) =>
        store.InTransaction((connection, transaction) =>
        {
            Upsert(connection, transaction, term, User, overwrite: true);
            return 0;
        });

    public IReadOnlyList<(OfficeTerm Term, string Origin)> List(string? roleKey)
    {
        using var connection = store.Open();
        return connection.Query(
            "SELECT role, person, start_date, end_date, acting, source, origin FROM reference_holders WHERE @key IS NULL OR role_key = @key ORDER BY role_key, start_date",
            r => (new OfficeTerm(r.GetString(0), r.GetString(1), r.GetString(2), r.StringOrNull(3), r.Int(4) == 1, r.GetString(5)), r.GetString(6)),
            null, ("@key", roleKey));
    }

    public IReadOnlyList<OfficeTerm> All() => List(null).Select(row => row.Term).ToList();

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
            transaction, ("@role", term.Role), ("@role_key", term.RoleKey), ("@person", term.Person), ("@person_key", VietnameseText.Fold(term.Person)),
            ("@start", term.Start), ("@end", term.End), ("@acting", term.Acting ? 1 : 0), ("@source", term.Source), ("@origin", origin));
    }
}
