namespace MapDashboard.Data;

/// <summary>Where a checkout keeps its data: the repository root and the default database paths under it.</summary>
public sealed record RepositoryLayout(string Root)
{
    /// <summary>The bundled gazetteer database built by `mapdash gazetteer build`.</summary>
    public string GazetteerDatabase => Path.Combine(Root, "gazetteer", "gazetteer.db");

    /// <summary>The event store the dashboard reads.</summary>
    public string EventDatabase => Path.Combine(Root, "data", "mapdashboard.db");

    /// <summary>The bundled control snapshot, its notice and its side-to-faction map.</summary>
    public string ControlFolder => Path.Combine(Root, "gazetteer", "control");

    /// <summary>The bundled control snapshot (Wikipedia contributors' detailed map module, about July 2017; CC BY-SA), which `./run.sh` imports.</summary>
    public string BundledControlSnapshot => Path.Combine(ControlFolder, "syria_control_2017.csv");

    /// <summary>The default corpus.</summary>
    public string Seeds => Path.Combine(Root, "seeds");

    /// <summary>Front-end packages and the basemap sources.</summary>
    public string WwwrootAssets => Path.Combine(Root, "wwwroot-assets");

    /// <summary>
    /// The checkout this process runs from: MAPDASH_ROOT when set, else the first folder holding MapDashboard.sln
    /// above the current directory or above the program's own folder; null when there is none.
    /// </summary>
    public static RepositoryLayout? Discover()
    {
        var configured = Environment.GetEnvironmentVariable("MAPDASH_ROOT");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new RepositoryLayout(Path.GetFullPath(configured));
        }
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MapDashboard.sln")))
                {
                    return new RepositoryLayout(dir.FullName);
                }
            }
        }
        return null;
    }

    /// <summary>Like <see cref="Discover"/>, but throws a clear error outside a checkout.</summary>
    public static RepositoryLayout DiscoverOrThrow() =>
        Discover() ?? throw new InvalidOperationException(
            "Cannot find the MapDashboard checkout (no MapDashboard.sln above the current folder); set MAPDASH_ROOT or pass explicit paths.");
}
