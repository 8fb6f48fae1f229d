namespace MapDashboard.Data.Synth;

/// <summary>A populated place of the gazetteer.</summary>
internal sealed class SynthPlace
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public double Lat { get; set; }

    public double Lon { get; set; }

    public string? Admin1 { get; set; }

    public long Population { get; set; }
}
