namespace MapDashboard.Data.Corrections;

/// <summary>What a correction is about: a place mention, an article's metadata, or an event.</summary>
public enum CorrectionKind
{
    Mention,
    Article,
    Event,
}

/// <summary>Where a mention correction applies: the one article, or the surface form in every article.</summary>
public enum CorrectionScope
{
    Article,
    Everywhere,
}

/// <summary>
/// An analyst's correction, stored as data and applied whenever the articles it concerns are processed, so it
/// survives re-ingest and pipeline changes. An undone correction stays in the log with the time it was undone.
/// </summary>
/// <param name="ArticleHash">The article's content hash (article scope, article and mention corrections).</param>
/// <param name="SurfaceForm">The mention's text as written (mention corrections).</param>
/// <param name="TargetKey">A mention's start offset in the original text, or an event's merge key.</param>
public sealed record Correction(
    long Id,
    CorrectionKind Kind,
    CorrectionScope Scope,
    string? ArticleHash,
    string? SurfaceForm,
    string? TargetKey,
    CorrectionPayload Payload,
    string Author,
    DateTime CreatedAt,
    DateTime? UndoneAt)
{
    /// <summary>Whether the correction is in force.</summary>
    public bool Active => UndoneAt is null;

    /// <summary>One line for logs and the corrections list.</summary>
    public string Describe() => Kind switch
    {
        CorrectionKind.Mention when Payload.NotAPlace => $"\"{SurfaceForm}\" is not a place" + ScopeText,
        CorrectionKind.Mention => $"\"{SurfaceForm}\" means {Payload.Place?.Name} ({Payload.Place?.Id})" + ScopeText,
        CorrectionKind.Article => "article " + string.Join(", ", new[]
        {
            Payload.Title is { } t ? $"title \"{t}\"" : null,
            Payload.Outlet is { } o ? $"outlet \"{o}\"" : null,
            Payload.Published is { } p ? $"dated {p:yyyy-MM-dd}" : null,
        }.OfType<string>()),
        _ => "event " + string.Join(", ", new[]
        {
            Payload.Delete ? "deleted" : null,
            Payload.Type is { } type ? $"type {type} / {Payload.SubType}" : null,
            Payload.Actor1 is { } a1 ? $"actor 1 {(a1.Length == 0 ? "none" : a1)}" : null,
            Payload.Actor2 is { } a2 ? $"actor 2 {(a2.Length == 0 ? "none" : a2)}" : null,
            Payload.Date is { } d ? $"dated {d:yyyy-MM-dd}" + (Payload.DateEnd is { } e && e != d ? $" to {e:yyyy-MM-dd}" : "") : null,
            Payload.Control is { } c ? (c.NewController is { } n ? $"control to {n}" : "no change of control") : null,
        }.OfType<string>()),
    };

    private string ScopeText => Scope == CorrectionScope.Everywhere ? " (everywhere)" : " (in this article)";
}

/// <summary>The corrected fields; null leaves a field as the pipeline made it.</summary>
public sealed record CorrectionPayload
{
    /// <summary>Mention: the place it means (copied whole, so a gazetteer rebuild cannot change it).</summary>
    public CorrectionPlace? Place { get; init; }

    /// <summary>Mention: the words are not a place; no event is placed there.</summary>
    public bool NotAPlace { get; init; }

    /// <summary>Article: its title.</summary>
    public string? Title { get; init; }

    /// <summary>Article: its outlet.</summary>
    public string? Outlet { get; init; }

    /// <summary>Article: its publication date (every event of it is dated again from this).</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Event: ACLED event type (with <see cref="SubType"/>).</summary>
    public string? Type { get; init; }

    public string? SubType { get; init; }

    /// <summary>Event: the first actor's id; an empty string removes the actor.</summary>
    public string? Actor1 { get; init; }

    /// <summary>Event: the second actor's id; an empty string removes the actor.</summary>
    public string? Actor2 { get; init; }

    /// <summary>Event: its date (to <see cref="DateEnd"/> when a span).</summary>
    public DateOnly? Date { get; init; }

    public DateOnly? DateEnd { get; init; }

    /// <summary>Event: the event did not happen as reported; it is hidden everywhere.</summary>
    public bool Delete { get; init; }

    /// <summary>Event: the change of control it states (or that it states none).</summary>
    public ControlCorrection? Control { get; init; }
}

/// <summary>A place chosen by an analyst.</summary>
public sealed record CorrectionPlace(string Id, string Name, double Lat, double Lon, string FeatureClass, string FeatureCode, string? Country, string? Admin1);

/// <summary>The control change an event states: <see cref="NewController"/> null means none.</summary>
public sealed record ControlCorrection(string? NewController, string? PreviousController = null);
