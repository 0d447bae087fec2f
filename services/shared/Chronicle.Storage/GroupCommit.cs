using System.Data.Common;

namespace Chronicle.Storage;

/// <summary>
/// Joins the write transactions of concurrent callers into one commit, so that many callers wait
/// for one disk sync instead of one each (the group commit of database servers). The first caller
/// to arrive while no commit runs leads: it takes every piece of work waiting, runs each in a
/// savepoint of its own inside one transaction, and commits; callers arriving meanwhile wait, and
/// the first of them leads the next group. A piece that throws is rolled back to its savepoint and
/// its caller gets the exception; the others commit. A failed commit fails the whole group.
/// </summary>
internal sealed class GroupCommit(Database store)
{
    private readonly Lock _gate = new();
    private List<Pending> _waiting = [];
    private bool _leading;

    public T Run<T>(Func<DbConnection, DbTransaction, T> work)
    {
        var mine = new Pending((connection, transaction) => work(connection, transaction));
        lock (_gate)
        {
            _waiting.Add(mine);
            if (!_leading)
            {
                _leading = true;
                mine.Leads = true;
            }
        }
        if (!mine.Leads)
        {
            // Woken when its group committed, or when it is to lead the next group.
            mine.Woken.Wait();
        }
        if (!mine.Completed)
        {
            Lead();
        }
        if (mine.Error is { } error)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
        }
        return (T)mine.Result!;
    }

    /// <summary>
    /// Runs several pieces of work in the same group (one commit), each in its own savepoint, and
    /// answers each piece with its result or its exception, in order: one failing piece does not
    /// undo the others. A failed commit fails them all.
    /// </summary>
    public IReadOnlyList<SharedWorkOutcome<T>> RunEach<T>(IReadOnlyList<Func<DbConnection, DbTransaction, T>> works)
    {
        if (works.Count == 0)
        {
            return [];
        }
        var mine = works.Select(work => new Pending((connection, transaction) => work(connection, transaction))).ToList();
        lock (_gate)
        {
            // Added together, so they are taken by the same group.
            _waiting.AddRange(mine);
            if (!_leading)
            {
                _leading = true;
                mine[0].Leads = true;
            }
        }
        var first = mine[0];
        if (!first.Leads)
        {
            first.Woken.Wait();
        }
        if (!first.Completed)
        {
            Lead();
        }
        return mine.Select(p => p.Error is { } error ? new SharedWorkOutcome<T>(default, error) : new SharedWorkOutcome<T>((T)p.Result!, null)).ToList();
    }

    private void Lead()
    {
        List<Pending> group;
        lock (_gate)
        {
            group = _waiting;
            _waiting = [];
        }
        try
        {
            store.InTransaction((connection, transaction) =>
            {
                foreach (var pending in group)
                {
                    transaction.Save("work");
                    try
                    {
                        pending.Result = pending.Work(connection, transaction);
                        transaction.Release("work");
                    }
                    catch (Exception exception)
                    {
                        transaction.Rollback("work");
                        transaction.Release("work");
                        pending.Error = exception;
                    }
                }
                return 0;
            });
        }
        catch (Exception exception)
        {
            foreach (var pending in group)
            {
                pending.Error ??= exception;
                pending.Result = null;
            }
        }

        Pending? next = null;
        lock (_gate)
        {
            if (_waiting.Count > 0)
            {
                next = _waiting[0];
                next.Leads = true;
            }
            else
            {
                _leading = false;
            }
        }
        foreach (var pending in group)
        {
            pending.Completed = true;
            pending.Woken.Set();
        }
        next?.Woken.Set();
    }

    private sealed class Pending(Func<DbConnection, DbTransaction, object?> work)
    {
        public Func<DbConnection, DbTransaction, object?> Work { get; } = work;
        /// <summary>
        /// Blocks at once instead of spinning first: the wait is for a commit and its disk sync,
        /// milliseconds, so spinning for it only burns a core another stage could use.
        /// </summary>
        public ManualResetEventSlim Woken { get; } = new(false, spinCount: 1);
        public bool Leads { get; set; }
        public bool Completed { get; set; }
        public object? Result { get; set; }
        public Exception? Error { get; set; }
    }
}

/// <summary>What became of one piece of work in a shared transaction: its result, or why it was rolled back.</summary>
public sealed record SharedWorkOutcome<T>(T? Result, Exception? Error);
