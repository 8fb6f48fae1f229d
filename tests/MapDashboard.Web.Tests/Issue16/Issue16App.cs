using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Web.Tests.Issue16;

/// <summary>The app over an event store of its own in a temporary folder, with extra settings.</summary>
public sealed class Issue16App : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mapdash-i16-").FullName;

    public Issue16App(params (string Key, string Value)[] settings)
    {
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("MapDashboard:EventDatabase", Database);
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });
    }

    public WebApplicationFactory<Program> Factory { get; }

    public string Database => Path.Combine(_folder, "events.db");

    /// <summary>Serves on a real Kestrel socket (port 0) instead of the in-memory test server.</summary>
    public HttpClient OverKestrel()
    {
        // Port 0 through Listen: UseKestrel(0) fell back to Kestrel's default, localhost:5000, which others may hold.
        Factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        return Factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
