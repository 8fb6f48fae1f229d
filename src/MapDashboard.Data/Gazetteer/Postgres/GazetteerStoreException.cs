namespace MapDashboard.Data.Gazetteer.Postgres;

/// <summary>
/// The PostgreSQL gazetteer cannot be used: the server is unreachable or refuses the login, an extension is missing, or
/// a copy did not write what it read. The message says which, and what to do.
/// </summary>
public sealed class GazetteerStoreException(string message, Exception? innerException = null) : Exception(message, innerException);
