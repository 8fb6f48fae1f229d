using System.Diagnostics;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Pipeline;
using MapDashboard.Data.Gazetteer;

namespace MapDashboard.Data.Composition;

/// <summary>
/// Loads the geoparser's in-memory place index from the gazetteer (the start-up cost) into the <see cref="PlaceIndexHolder"/>
/// the index-bound stages read, and loads it again when the gazetteer changed.
/// </summary>
public sealed class PlaceIndexLoader(PlaceIndexHolder holder, Func<CancellationToken, Task<IPlaceIndexSource>> source)
{
    /// <summary>Syria and its neighbours: every name of their places is matched, not only the large ones.</summary>
    public static readonly IReadOnlyList<string> FocusCountries = ["SY", "TR", "IQ", "JO", "LB", "IL", "PS"];

    /// <summary>Populated places elsewhere are matched when at least this large (capitals and countries always).</summary>
    public const long MinWorldPopulation = 100_000;

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Builds an index from one gazetteer provider (for tools that need the index itself, not the pipeline).</summary>
    public static async Task<PlaceIndex> BuildAsync(IPlaceIndexSource source, CancellationToken cancellationToken = default) =>
        PlaceIndex.Build(await source.LoadIndexEntriesAsync(FocusCountries, MinWorldPopulation, cancellationToken));

    /// <summary>Loads the index (again) and makes it current; returns how long it took.</summary>
    public Task<TimeSpan> LoadAsync(CancellationToken cancellationToken = default) => LoadAsync(onlyWhenMissing: false, cancellationToken);

    /// <summary>Loads the index unless one is loaded already; returns the time taken (zero when it was there).</summary>
    public async Task<TimeSpan> EnsureLoadedAsync(CancellationToken cancellationToken = default) =>
        holder.IsLoaded ? TimeSpan.Zero : await LoadAsync(onlyWhenMissing: true, cancellationToken);

    private async Task<TimeSpan> LoadAsync(bool onlyWhenMissing, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (onlyWhenMissing && holder.IsLoaded)
            {
                return TimeSpan.Zero;
            }
            var clock = Stopwatch.StartNew();
            holder.Set(await BuildAsync(await source(cancellationToken), cancellationToken));
            return clock.Elapsed;
        }
        finally
        {
            _gate.Release();
        }
    }
}
