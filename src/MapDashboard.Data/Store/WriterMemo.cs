namespace MapDashboard.Data.Store;

/// <summary>
/// What the SQLite writer learns about the store during one write transaction and may use again in it, because no other
/// writer can change the file until it commits (SQLite lets one writer at a time) and the facts kept only stay true while
/// the transaction adds rows: the band keys found shared by more stored articles than the near-duplicate check's cap (a
/// key's holders only grow as articles are added) and the next free ids of events and place mentions (the highest only
/// grows). Whatever removes rows (an article's savepoint rolled back, an article processed again) calls
/// <see cref="Forget"/>, and the facts are read from the store again.
/// </summary>
internal sealed class WriterMemo
{
    private readonly HashSet<long> _commonKeys = [];
    private int _cap = -1;
    private long? _nextEventId;
    private long? _nextMentionId;

    /// <summary>Whether <paramref name="key"/> was found held by more than <paramref name="cap"/> stored articles in this transaction.</summary>
    public bool IsCommon(long key, int cap) => cap == _cap && _commonKeys.Contains(key);

    /// <summary>Records that more than <paramref name="cap"/> stored articles hold <paramref name="key"/>.</summary>
    public void Common(long key, int cap)
    {
        if (cap != _cap)
        {
            _commonKeys.Clear();
            _cap = cap;
        }
        _commonKeys.Add(key);
    }

    /// <summary>How many band keys are known to be over the cap (tests).</summary>
    public int CommonKeyCount => _commonKeys.Count;

    /// <summary>The next free id of <paramref name="kind"/> (<see cref="RemovedRecordSql.EventKind"/> or <see cref="RemovedRecordSql.MentionKind"/>) if known.</summary>
    public long? NextId(string kind) => kind == RemovedRecordSql.EventKind ? _nextEventId : _nextMentionId;

    /// <summary>Records that ids up to <paramref name="id"/> of <paramref name="kind"/> are taken (a row was written under it).</summary>
    public void Took(string kind, long id)
    {
        if (kind == RemovedRecordSql.EventKind)
        {
            _nextEventId = Math.Max(_nextEventId ?? 0, id + 1);
        }
        else
        {
            _nextMentionId = Math.Max(_nextMentionId ?? 0, id + 1);
        }
    }

    /// <summary>Drops everything learnt: rows were removed, so none of it need hold any more.</summary>
    public void Forget()
    {
        _commonKeys.Clear();
        _cap = -1;
        _nextEventId = null;
        _nextMentionId = null;
    }
}
