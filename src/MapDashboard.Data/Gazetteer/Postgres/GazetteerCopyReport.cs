namespace MapDashboard.Data.Gazetteer.Postgres;

/// <summary>What a copy of a SQLite gazetteer into PostgreSQL wrote.</summary>
/// <param name="Places">Places copied from the SQLite file (every layer but the user places PostgreSQL already had).</param>
/// <param name="Names">Names copied with them.</param>
/// <param name="UserPlacesKept">User places already in PostgreSQL, kept as they were.</param>
/// <param name="UserPlacesCopied">User places of the SQLite file that PostgreSQL lacked (counted in <paramref name="Places"/> too).</param>
public sealed record GazetteerCopyReport(long Places, long Names, long Admin1Codes, long UserPlacesKept, long UserPlacesCopied, TimeSpan Elapsed);
