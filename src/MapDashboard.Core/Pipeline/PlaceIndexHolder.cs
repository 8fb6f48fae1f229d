using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Pipeline;

/// <summary>
/// The in-memory place index the index-bound stages (recognizer, candidate source) read. It is loaded once at start-up
/// and swapped whole when the gazetteer changes (a user place added), so an article is parsed against one index.
/// </summary>
public sealed class PlaceIndexHolder
{
    private PlaceIndex? _current;

    /// <summary>The loaded index.</summary>
    /// <exception cref="InvalidOperationException">Nothing was loaded yet.</exception>
    public PlaceIndex Current => Volatile.Read(ref _current)
        ?? throw new InvalidOperationException("The gazetteer's place index is not loaded yet: load it (PlaceIndexLoader.LoadAsync) before parsing articles.");

    /// <summary>Whether an index is loaded.</summary>
    public bool IsLoaded => Volatile.Read(ref _current) is not null;

    /// <summary>Makes <paramref name="index"/> the one every stage reads from the next article on.</summary>
    public void Set(PlaceIndex index) => Volatile.Write(ref _current, index);
}
