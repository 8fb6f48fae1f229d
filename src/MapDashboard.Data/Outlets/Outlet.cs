namespace MapDashboard.Data.Outlets;

/// <summary>
/// What is known of a news outlet: home country, owner, language and web site, each only where <see cref="Reference"/>
/// (a public reference) states it; blank otherwise.
/// </summary>
public sealed class Outlet
{
    public string Name { get; set; } = "";

    public string? HomeCountry { get; set; }

    public string? Owner { get; set; }

    public string? Language { get; set; }

    public string? Website { get; set; }

    /// <summary>The public reference the facts come from.</summary>
    public string? Reference { get; set; }

    /// <summary>Whether an analyst edited the row (the seed file never overwrites it then).</summary>
    public long EditedByUser { get; set; }

    /// <summary>A short description for a popup: "Canada; owner: X; English", or null when nothing is known.</summary>
    public string? Describe()
    {
        var parts = new[] { HomeCountry, Owner is null ? null : $"owner: {Owner}", Language }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }
}
