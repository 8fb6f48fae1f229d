namespace MapDashboard.Web;

/// <summary>
/// Request, upload, Blazor hub and timeout limits, bound from the "Limits" configuration section. The largest article
/// (POST /api/articles and each uploaded file) is Ingest:MaxBytes; everything else is bounded here.
/// </summary>
public sealed class LimitsOptions
{
    /// <summary>The largest request body of any request but POST /api/articles (default 1 MB).</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The largest message a browser may send over the Blazor hub, e.g. a pasted article (default 2 MB).</summary>
    public long MaxHubMessageBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>The most bytes one upload batch on the Add articles page may bring in (default 50 MB).</summary>
    public long MaxUploadBatchBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>How long a read API request may run before it gets a 504 (default 30 s).</summary>
    public TimeSpan ApiTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long POST /api/articles may run, geoparsing included (default 2 minutes).</summary>
    public TimeSpan IngestTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long an export download may run (default 5 minutes).</summary>
    public TimeSpan ExportTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long the server keeps the state of a browser that lost its connection (default 3 minutes).</summary>
    public TimeSpan DisconnectedCircuitRetention { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>The most disconnected browsers whose state is kept at once (default 100).</summary>
    public int MaxRetainedDisconnectedCircuits { get; set; } = 100;

    /// <summary>
    /// The longest URL (path and query) the app answers; a longer one gets a 414 problem body (default 8,192). Kestrel's
    /// own request-line limit is set to eight times this, and only a request line over that gets Kestrel's bare 414.
    /// </summary>
    public int MaxUrlLength { get; set; } = 8192;

    /// <summary>The longest pasted article in characters: a quarter of the hub message limit, leaving room for UTF-8 and JSON.</summary>
    public int MaxPastedCharacters => (int)Math.Min(int.MaxValue, MaxHubMessageBytes / 4);
}
