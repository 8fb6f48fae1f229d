namespace MapDashboard.Data.Outlets;

/// <summary>
/// The bundled <c>outlets.tsv</c>: one outlet a row, each fact beside the public reference that states it, blank where
/// no reference does. A row breaking <see cref="OutletValidator"/>'s rules (a fact without its reference) is refused.
/// </summary>
public static class OutletSeedFile
{
    private static readonly string[] Header =
        ["name", "home_country", "home_country_ref", "owner", "owner_ref", "language", "language_ref", "website", "website_ref"];

    /// <summary>The rows of the bundled file.</summary>
    public static IReadOnlyList<Outlet> Read()
    {
        using var stream = typeof(OutletSeedFile).Assembly.GetManifestResourceStream("MapDashboard.Data.Outlets.outlets.tsv")
            ?? throw new InvalidOperationException("The bundled outlets.tsv is missing from MapDashboard.Data.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Reads a file of that layout.</summary>
    public static IReadOnlyList<Outlet> Parse(TextReader reader)
    {
        var header = reader.ReadLine();
        if (header is null || !header.Split('\t').SequenceEqual(Header))
        {
            throw new InvalidOperationException($"outlets.tsv: the header must be '{string.Join("\\t", Header)}', not '{header}'");
        }
        var rows = new List<Outlet>();
        var number = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }
            var f = line.Split('\t');
            if (f.Length != Header.Length)
            {
                throw new InvalidOperationException($"outlets.tsv:{number}: {f.Length} columns, not the header's {Header.Length}");
            }
            var outlet = new Outlet
            {
                Name = f[0], HomeCountry = f[1], HomeCountryRef = f[2], Owner = f[3], OwnerRef = f[4], Language = f[5], LanguageRef = f[6],
                Website = f[7], WebsiteRef = f[8],
            };
            if (OutletValidator.Check(outlet) is { Count: > 0 } problems)
            {
                throw new InvalidOperationException($"outlets.tsv:{number} ({f[0]}): {string.Join(" ", problems.Select(p => p.Message))}");
            }
            rows.Add(outlet);
        }
        return rows;
    }
}
