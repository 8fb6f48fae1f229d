using Npgsql;

namespace MapDashboard.Data.Postgres;

/// <summary>Turns the <c>postgres://user:password@host:port/database?option=value</c> URLs people paste into Npgsql's form.</summary>
public static class PostgresConnectionString
{
    /// <summary>Whether <paramref name="value"/> is a postgres:// or postgresql:// URL.</summary>
    public static bool IsUrl(string value) =>
        value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>An Npgsql connection string for a URL or an Npgsql connection string; throws a clear error for anything else.</summary>
    public static string Normalize(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (!IsUrl(value))
        {
            try
            {
                return new NpgsqlConnectionStringBuilder(value).ConnectionString;
            }
            catch (ArgumentException ex)
            {
                throw new FormatException($"Not a PostgreSQL connection string: {ex.Message}", ex);
            }
        }
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new FormatException($"Not a PostgreSQL URL: '{Redact(value)}'. Expected postgres://user:password@host:port/database.");
        }
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
        };
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            var val = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
            try
            {
                builder[key] = val;
            }
            catch (ArgumentException ex)
            {
                throw new FormatException($"Unknown PostgreSQL option '{key}' in the URL: {ex.Message}", ex);
            }
        }
        return builder.ConnectionString;
    }

    /// <summary>Host, port and database of a connection string or URL, for messages (never the password).</summary>
    public static string Describe(string value)
    {
        var builder = new NpgsqlConnectionStringBuilder(Normalize(value));
        return $"postgres://{builder.Host}:{builder.Port}/{builder.Database}";
    }

    private static string Redact(string value) =>
        System.Text.RegularExpressions.Regex.Replace(value, "://([^:@/]+):[^@/]*@", "://$1:***@");
}
