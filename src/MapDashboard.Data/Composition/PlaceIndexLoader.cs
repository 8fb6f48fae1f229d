using System.Diagnostics;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Pipeline;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Gazetteer.Index;

namespace MapDashboard.Data.Composition;

/// <summary>
/// Loads the geoparser's in-memory place index into the <see cref="PlaceIndexHolder"/> the index-bound stages read, and
/// loads it again when the gazetteer changed: from the prebuilt index file beside a SQLite gazetteer when its stamp
/// matches the gazetteer's content, otherwise built from the gazetteer (the slow way) and written to that file.
/// </summary>
public sealed class PlaceIndexLoader(PlaceIndexHolder holder, Func<CancellationToken, Task<IPlaceIndexSource>> source)
{
    /// <summary>Syria and its neighbours: every name of their places is matched, not only the large ones.</summary>
    public static readonly IReadOnlyList<string> FocusCountries = ["SY", "TR", "IQ", "JO", "LB", "IL", "PS"];

    /// <summary>Populated places elsewhere are matched when at least this large (capitals and countries always).</summary>
    public const long MinWorldPopulation = 100_000;

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Builds an index from one gazetteer provider's names (the slow way, never from the prebuilt file).</summary>
    public static async Task<PlaceIndex> BuildAsync(IPlaceIndexSource source, CancellationToken cancellationToken = default) =>
        PlaceIndex.Build(await source.LoadIndexEntriesAsync(FocusCountries, MinWorldPopulation, cancellationToken));

    /// <summary>
    /// The index of a gazetteer: read from its prebuilt file when that is current, otherwise built and, when the
    /// gazetteer keeps one, written to the file for the next start.
    /// </summary>
    public static async Task<PlaceIndex> LoadOrBuildAsync(IPlaceIndexSource source, CancellationToken cancellationToken = default)
    {
        var stamp = await StampAsync(source, cancellationToken);
        if (stamp is not null && source.PrebuiltIndexPath is { } path && PlaceIndexFile.TryRead(path, stamp, out _) is { } prebuilt)
        {
            return prebuilt;
        }
        var index = await BuildAsync(source, cancellationToken);
        if (stamp is not null && source.PrebuiltIndexPath is { } file)
        {
            TryWrite(file, index, stamp);
        }
        return index;
    }

    /// <summary>
    /// Writes the prebuilt index file of a gazetteer unless a current one is there (after <c>gazetteer build</c>).
    /// Returns why it wrote it, or null when the file was current; the gazetteer must keep a stamp and a file path.
    /// </summary>
    /// <exception cref="InvalidOperationException">The gazetteer keeps no prebuilt index (PostgreSQL, or built by an older version).</exception>
    public static async Task<string?> EnsurePrebuiltAsync(IPlaceIndexSource source, CancellationToken cancellationToken = default)
    {
        var stamp = await StampAsync(source, cancellationToken);
        if (stamp is null || source.PrebuiltIndexPath is not { } path)
        {
            throw new InvalidOperationException("This gazetteer keeps no prebuilt place index: rebuild it with `./mapdash gazetteer build`.");
        }
        if (PlaceIndexFile.TryRead(path, stamp, out var reason) is not null)
        {
            return null;
        }
        PlaceIndexFile.Write(path, await BuildAsync(source, cancellationToken), stamp);
        return reason;
    }

    /// <summary>The gazetteer's stamp with what the index selects from it: a file made with other settings is stale too.</summary>
    internal static async Task<string?> StampAsync(IPlaceIndexSource source, CancellationToken cancellationToken) =>
        await source.ReadStampAsync(cancellationToken) is { } stamp
            ? $"{stamp}; focus {string.Join(',', FocusCountries)}; world population >= {MinWorldPopulation}"
            : null;

    private static void TryWrite(string path, PlaceIndex index, string stamp)
    {
        try
        {
            PlaceIndexFile.Write(path, index, stamp);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only checkout still works: the index is built in memory at every start.
        }
    }

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
            holder.Set(await LoadOrBuildAsync(await source(cancellationToken), cancellationToken));
            return clock.Elapsed;
        }
        finally
        {
            _gate.Release();
        }
    }
}
