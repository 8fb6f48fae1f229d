namespace MapDashboard.Data.Gazetteer.Villages;

/// <summary>
/// The build's village step: holds back the cities500 places of the countries the village sources cover, then merges
/// them with OCHA's Syrian communities and the WOF localities (<see cref="VillageMerger"/>, <see cref="NeighbourLocalities"/>).
/// </summary>
internal sealed class VillageSources
{
    private readonly GazetteerSources _sources;
    private readonly ICollection<SourceError> _errors;
    private readonly Admin1Names _admin1;
    private readonly Dictionary<string, string> _wofByCountry = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<PlaceEntry>> _held = new(StringComparer.OrdinalIgnoreCase);
    private readonly string? _ochaFile;

    public VillageSources(GazetteerSources sources, IEnumerable<PlaceEntry> admin1Entries, ICollection<SourceError> errors)
    {
        _sources = sources;
        _errors = errors;
        foreach (var file in sources.WofFiles())
        {
            if (WofLocalityReader.CountryFromFileName(file) is { } country)
            {
                _wofByCountry[country] = file;
            }
        }
        var ocha = sources.VillageFolder is null ? null : Path.Combine(sources.VillageFolder, GazetteerSources.OchaFile);
        _ochaFile = ocha is not null && File.Exists(ocha) ? ocha : null;
        var pcodes = sources.VillageFolder is null ? null : Path.Combine(sources.VillageFolder, GazetteerSources.OchaAdmin1File);
        var labels = sources.VillageFolder is null ? null : Path.Combine(sources.VillageFolder, GazetteerSources.Admin1AliasFile);
        _admin1 = HasSources ? Admin1Names.Create(admin1Entries, pcodes, errors, labels) : Admin1Names.Empty;
        foreach (var country in _wofByCountry.Keys.Append(_ochaFile is null ? null : "SY").OfType<string>())
        {
            _held[country] = [];
        }
    }

    /// <summary>Whether the checkout has village sources at all (a test's sample sources may not).</summary>
    public bool HasSources => _ochaFile is not null || _wofByCountry.Count > 0;

    /// <summary>What the Syrian merge did, once <see cref="Merge"/> ran.</summary>
    public VillageMergeReport? Report { get; private set; }

    /// <summary>The entries not of a covered country; those are kept back for <see cref="Merge"/>.</summary>
    public IEnumerable<PlaceEntry> Hold(IEnumerable<PlaceEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.Place.CountryCode is { } country && _held.TryGetValue(country, out var held))
            {
                held.Add(entry);
                continue;
            }
            yield return entry;
        }
    }

    /// <summary>Syria's merged places and the neighbours' places, each with the cities500 places held back.</summary>
    public (List<PlaceEntry> Syria, List<PlaceEntry> Neighbours) Merge()
    {
        var syria = new List<PlaceEntry>();
        var neighbours = new List<PlaceEntry>();
        foreach (var (country, held) in _held.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            var localities = _wofByCountry.TryGetValue(country, out var file) ? WofLocalityReader.Read(file, _errors, country) : [];
            if (country == "SY" && _ochaFile is not null)
            {
                var communities = OchaCommunityReader.Read(_ochaFile, _errors);
                var (entries, report) = VillageMerger.MergeSyria(communities, localities, held, _admin1);
                syria.AddRange(entries);
                Report = report;
                continue;
            }
            neighbours.AddRange(NeighbourLocalities.Merge(localities, held, _admin1).Entries);
        }
        return (syria, neighbours);
    }
}
