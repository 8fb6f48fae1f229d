namespace MapDashboard.Data.Outlets;

/// <summary>
/// What is known of a news outlet: home country, owner, language and web site, each only where a public reference states
/// it, and each with that reference (<c>...Ref</c>); blank otherwise.
/// </summary>
public sealed class Outlet
{
    public string Name { get; set; } = "";

    public string? HomeCountry { get; set; }

    /// <summary>The public reference stating <see cref="HomeCountry"/>.</summary>
    public string? HomeCountryRef { get; set; }

    public string? Owner { get; set; }

    /// <summary>The public reference stating <see cref="Owner"/>.</summary>
    public string? OwnerRef { get; set; }

    public string? Language { get; set; }

    /// <summary>The public reference stating <see cref="Language"/>.</summary>
    public string? LanguageRef { get; set; }

    public string? Website { get; set; }

    /// <summary>The public reference stating <see cref="Website"/>.</summary>
    public string? WebsiteRef { get; set; }

    /// <summary>Whether an analyst edited the row (the seed file never overwrites it then).</summary>
    public long EditedByUser { get; set; }

    /// <summary>The facts with their references, in the order the page and the validator name them.</summary>
    public IEnumerable<(string Field, string Label, string? Value, string? Reference)> Facts()
    {
        yield return ("homeCountry", "home country", HomeCountry, HomeCountryRef);
        yield return ("owner", "owner", Owner, OwnerRef);
        yield return ("language", "language", Language, LanguageRef);
        yield return ("website", "web site", Website, WebsiteRef);
    }

    /// <summary>A short description for a popup: "Canada; owner: X; English", or null when nothing is known.</summary>
    public string? Describe()
    {
        var parts = new[] { HomeCountry, Owner is null ? null : $"owner: {Owner}", Language }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }
}
