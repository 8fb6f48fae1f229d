using System.Reflection;
using Dapper;
using MapDashboard.Data.Postgres;
using Npgsql;

namespace MapDashboard.Data.Gazetteer.Postgres;

/// <summary>
/// Creates the <c>gazetteer</c> schema (and the PostGIS and pg_trgm extensions) when missing; safe to apply at every
/// start. Turns an unreachable server or a missing extension into an error that says what to do.
/// </summary>
public static class PostgresGazetteerSchema
{
    /// <summary>The schema the gazetteer lives in.</summary>
    public const string Name = "gazetteer";

    /// <summary>Where a copy builds the next gazetteer before it replaces <see cref="Name"/>.</summary>
    internal const string Staging = "gazetteer_next";

    /// <summary>Applies the schema in one transaction, serialized with other processes applying or copying it.</summary>
    public static async Task ApplyAsync(PostgresConnectionFactory factory, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(factory, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await LockAsync(connection, transaction, cancellationToken);
            await CreateTablesAsync(connection, transaction, Name, cancellationToken);
            await CreateIndexesAsync(connection, transaction, Name, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.FeatureNotSupported or PostgresErrorCodes.UndefinedFile)
        {
            throw new GazetteerStoreException(
                $"The PostgreSQL server at {factory.Description} lacks an extension the gazetteer needs ({ex.MessageText}): install PostGIS "
                + "(e.g. the postgresql-15-postgis-3 package) and the contrib modules (pg_trgm) on the server.", ex);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InsufficientPrivilege)
        {
            throw new GazetteerStoreException(
                $"Cannot create the gazetteer at {factory.Description}: {ex.MessageText}. Have a superuser run "
                + "`CREATE EXTENSION IF NOT EXISTS postgis; CREATE EXTENSION IF NOT EXISTS pg_trgm;` in that database, or connect as its owner.", ex);
        }
    }

    /// <summary>Opens a connection, turning an unreachable server or a refused login into a clear error.</summary>
    internal static async Task<NpgsqlConnection> OpenAsync(PostgresConnectionFactory factory, CancellationToken cancellationToken)
    {
        try
        {
            return await factory.OpenAsync(cancellationToken);
        }
        catch (PostgresException ex)
        {
            throw new GazetteerStoreException($"PostgreSQL at {factory.Description} refused the connection: {ex.MessageText}", ex);
        }
        catch (NpgsqlException ex)
        {
            throw new GazetteerStoreException($"Cannot reach PostgreSQL at {factory.Description}: {ex.InnerException?.Message ?? ex.Message}", ex);
        }
    }

    /// <summary>Waits for any other process changing the gazetteer's schema or contents; held until the transaction ends.</summary>
    internal static Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(hashtext('mapdash.gazetteer.schema'))",
            transaction: transaction, cancellationToken: cancellationToken));

    /// <summary>Creates the schema and its tables without keys or indexes (those come after a bulk load).</summary>
    internal static Task CreateTablesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string schema, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition($"CREATE SCHEMA IF NOT EXISTS {Checked(schema)}; SET LOCAL search_path = {schema}, public;\n"
            + Sql("GazetteerSchema.Postgres.sql"), transaction: transaction, cancellationToken: cancellationToken));

    /// <summary>Adds the keys and indexes the schema's tables lack.</summary>
    internal static Task CreateIndexesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string schema, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition($"SET LOCAL search_path = {Checked(schema)}, public;\n" + Sql("GazetteerIndexes.Postgres.sql"),
            transaction: transaction, cancellationToken: cancellationToken));

    private static string Checked(string schema) =>
        schema is Name or Staging ? schema : throw new ArgumentException($"'{schema}' is not a gazetteer schema.", nameof(schema));

    private static string Sql(string file)
    {
        var resource = "MapDashboard.Data.Gazetteer.Postgres." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
