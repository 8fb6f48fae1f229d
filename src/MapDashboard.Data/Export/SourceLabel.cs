namespace MapDashboard.Data.Export;

/// <summary>
/// What an export names as an event's source: the outlets of its reports when any is known; otherwise the web site of
/// each report fetched from the web, or the file name of each report read from a file. A local directory is never
/// exported: it says nothing about the report and may say something about the analyst's machine.
/// </summary>
internal static class SourceLabel
{
    /// <summary>The outlets, or labels made from the comma-separated article sources when there are none.</summary>
    public static string? Of(string? outlets, string? sources)
    {
        if (!string.IsNullOrWhiteSpace(outlets))
        {
            return outlets;
        }
        if (string.IsNullOrWhiteSpace(sources))
        {
            return null;
        }
        var labels = sources.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Label).Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        return labels.Count == 0 ? null : string.Join("; ", labels);
    }

    private static string Label(string source)
    {
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        }
        var name = source.Replace('\\', '/');
        return name[(name.LastIndexOf('/') + 1)..];
    }
}
