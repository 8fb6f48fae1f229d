namespace MapDashboard.Data.Store;

/// <summary>A store copy refused before it wrote anything: the source is not a usable store, or the target is not empty.</summary>
public sealed class StoreCopyException(string message) : Exception(message);
