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
    private const string ResourceName = "MapDashboard.Data.Gazetteer.Postgres.GazetteerSchema.Postgres.sql";

    /// <summary>Applies the schema in one transaction, serialized with other processes applying it at the same time.</summary>
    public static async Task ApplyAsync(PostgresConnectionFactory factory, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(factory, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(hashtext('mapdash.gazetteer.schema'))",
                transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(Sql(), transaction: transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.FeatureNotSupported or PostgresErrorCodes.UndefinedFile)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL server at {factory.Description} lacks an extension the gazetteer needs ({ex.MessageText}): install PostGIS "
                + "(e.g. the postgresql-15-postgis-3 package) and the contrib modules (pg_trgm) on the server.", ex);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InsufficientPrivilege)
        {
            throw new InvalidOperationException(
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
            throw new InvalidOperationException($"PostgreSQL at {factory.Description} refused the connection: {ex.MessageText}", ex);
        }
        catch (NpgsqlException ex)
        {
            throw new InvalidOperationException($"Cannot reach PostgreSQL at {factory.Description}: {ex.InnerException?.Message ?? ex.Message}", ex);
        }
    }

    private static string Sql()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
