using MapDashboard.Data.Gazetteer.Postgres;
using MapDashboard.Data.Postgres;

namespace MapDashboard.Data.Gazetteer;

/// <summary>Opens the gazetteer on SQLite (the default) or PostgreSQL behind the same three seams.</summary>
public static class GazetteerStores
{
    /// <summary>
    /// The PostgreSQL gazetteer when <paramref name="postgres"/> is a PostgreSQL factory (it must be able to write for user
    /// places; apply <see cref="PostgresGazetteerSchema.ApplyAsync"/> and fill it with
    /// <see cref="PostgresGazetteerWriter.CopyFromSqliteAsync"/> first), otherwise the SQLite file at <paramref name="sqlitePath"/>,
    /// which must have been built.
    /// </summary>
    public static GazetteerStore Open(IStoreConnectionFactory? postgres, string sqlitePath)
    {
        if (postgres is PostgresConnectionFactory factory)
        {
            var gazetteer = new PostgresGazetteer(factory);
            return new GazetteerStore(gazetteer, new PostgresUserPlaceWriter(factory), gazetteer, StoreProvider.Postgres, factory.Description);
        }
        var sqlite = new SqliteGazetteer(sqlitePath);
        return new GazetteerStore(sqlite, new GazetteerImporter(sqlitePath), sqlite, StoreProvider.Sqlite, sqlitePath);
    }
}
