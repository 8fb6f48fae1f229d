namespace MapDashboard.Core.Gazetteer;

/// <summary>
/// ISO 3166-1 codes of the world's countries (iso-countries.tsv: alpha-2, alpha-3, numeric, English short name): the
/// numeric code is ACLED's <c>iso</c> column.
/// </summary>
public sealed class IsoCountries
{
    private readonly Dictionary<string, (string Alpha3, int Numeric, string Name)> _byAlpha2 = new(StringComparer.OrdinalIgnoreCase);

    private IsoCountries()
    {
    }

    /// <summary>The table shipped with the application.</summary>
    public static IsoCountries LoadDefault()
    {
        using var stream = typeof(IsoCountries).Assembly.GetManifestResourceStream("MapDashboard.Core.Gazetteer.iso-countries.tsv")
            ?? throw new InvalidOperationException("The ISO country table resource is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Reads a table in the iso-countries.tsv format (header iso_a2, iso_a3, iso_n3, name, source; # comments).</summary>
    public static IsoCountries Parse(string tsv)
    {
        var table = new IsoCountries();
        foreach (var line in tsv.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 4 || !int.TryParse(f[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var numeric))
            {
                throw new FormatException($"iso-countries.tsv: '{line}' is not alpha-2, alpha-3, numeric, name");
            }
            table._byAlpha2[f[0]] = (f[1], numeric, f[3]);
        }
        return table;
    }

    /// <summary>The ISO 3166-1 numeric code of a country's alpha-2 code (760 for SY), or null.</summary>
    public int? NumericOf(string? alpha2) => alpha2 is not null && _byAlpha2.TryGetValue(alpha2, out var c) ? c.Numeric : null;

    /// <summary>The ISO short name of a country's alpha-2 code, or null.</summary>
    public string? NameOf(string? alpha2) => alpha2 is not null && _byAlpha2.TryGetValue(alpha2, out var c) ? c.Name : null;
}
