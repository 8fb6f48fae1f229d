namespace MapDashboard.Data;

/// <summary>
/// The few SQL fragments the two engines spell differently; everything else the stores send is SQL both accept.
/// Fragments name columns and parameters only: values always travel as parameters.
/// </summary>
public static class SqlDialect
{
    /// <summary>
    /// "<paramref name="column"/> is one of the list parameter <paramref name="parameter"/>": Dapper expands <c>IN @list</c>
    /// into one parameter per value for SQLite, and passes the list as one array to PostgreSQL, which needs <c>= ANY</c>.
    /// </summary>
    public static string In(this StoreProvider provider, string column, string parameter) =>
        provider == StoreProvider.Postgres ? $"{column} = ANY(@{parameter})" : $"{column} IN @{parameter}";
}
