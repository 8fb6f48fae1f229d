using MapDashboard.Data.Store;

namespace MapDashboard.Data.Export;

/// <summary>An event as exported: the listed fields plus associated actors, outlets, article ids and the first excerpt.</summary>
internal sealed class ExportRow : EventSummary
{
    public string? AssocActors { get; set; }

    public string? ArticleIds { get; set; }

    public string? Excerpt { get; set; }

    /// <summary>Where the reporting articles came from (paths or URLs, comma-separated); used only when no outlet is known.</summary>
    public string? Sources { get; set; }

    /// <summary>The row with every text made safe for the export formats (<see cref="ExportText"/>).</summary>
    public ExportRow Cleaned()
    {
        Type = ExportText.Clean(Type)!;
        SubType = ExportText.Clean(SubType)!;
        Actor1 = ExportText.Clean(Actor1);
        Actor2 = ExportText.Clean(Actor2);
        AssocActors = ExportText.Clean(AssocActors);
        PlaceId = ExportText.Clean(PlaceId);
        PlaceName = ExportText.Clean(PlaceName)!;
        Admin1 = ExportText.Clean(Admin1);
        DateStart = ExportText.Clean(DateStart);
        DateEnd = ExportText.Clean(DateEnd);
        DatePrecision = ExportText.Clean(DatePrecision)!;
        Outlets = ExportText.Clean(SourceLabel.Of(Outlets, Sources));
        ArticleIds = ExportText.Clean(ArticleIds);
        Excerpt = ExportText.Clean(Excerpt);
        return this;
    }
}
