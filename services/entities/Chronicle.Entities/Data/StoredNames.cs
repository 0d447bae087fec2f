namespace Chronicle.Entities.Data;

/// <summary>
/// Entities and aliases this process has seen committed to its store, so that a document naming
/// them again does not send them to the store again. Most of what a document names is already
/// stored (the same people, posts and bodies recur from article to article), and every such row
/// still cost a look-up of its key, the binding of all its values and the folding of its name,
/// only for <c>ON CONFLICT DO NOTHING</c> to keep the stored row. Rows of both tables are never
/// updated or deleted, so a key once committed stays true: a key is added only after the
/// transaction that stored it (or found it stored) committed, never from a transaction that may
/// still roll back. What another replica sharing the store commits is simply not known here, and
/// is sent as before. The sets are bounded: when one is full it starts again empty, which costs
/// a few rows sent again, never a row lost or changed.
/// </summary>
public sealed class StoredNames(int capacity = StoredNames.DefaultCapacity)
{
    /// <summary>About 20 MB of keys at most, over a hundred thousand documents' worth of new names.</summary>
    public const int DefaultCapacity = 200_000;

    private readonly Lock _gate = new();
    private readonly HashSet<string> _entities = new(StringComparer.Ordinal);
    private readonly HashSet<(string EntityId, string Alias)> _aliases = [];

    public bool HasEntity(string id)
    {
        lock (_gate)
        {
            return _entities.Contains(id);
        }
    }

    public bool HasAlias(string entityId, string alias)
    {
        lock (_gate)
        {
            return _aliases.Contains((entityId, alias));
        }
    }

    /// <summary>Everything <paramref name="named"/> holds, once the transaction that stored it has committed.</summary>
    public void Remember(DocumentEntities named)
    {
        lock (_gate)
        {
            if (_entities.Count + named.Entities.Count > capacity)
            {
                _entities.Clear();
            }
            if (_aliases.Count + named.Aliases.Count > capacity)
            {
                _aliases.Clear();
            }
            foreach (var (id, _, _) in named.Entities)
            {
                _entities.Add(id);
            }
            foreach (var alias in named.Aliases)
            {
                _aliases.Add(alias);
            }
        }
    }

    /// <summary>How many entity ids and aliases are known stored (for tests).</summary>
    public (int Entities, int Aliases) Count
    {
        get
        {
            lock (_gate)
            {
                return (_entities.Count, _aliases.Count);
            }
        }
    }
}
