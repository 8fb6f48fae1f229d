using MapDashboard.Core.Events;
using MapDashboard.Data.Store;
using MapDashboard.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Web.Tests;

/// <summary>
/// The app in-process over a store of fixed, hand-written events (<see cref="FixtureStore"/>): five articles, an
/// unlocated place, an undated article and one change of control. The API tests' expectations come from these rows,
/// not from what the geoparser or the coder make of any text.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    /// <summary>The place of the one event inside the box 37.3,36.2,37.7,36.5, which changed hands on 30 Jan 2017.</summary>
    public const string TakenPlace = "Qabasin";

    private readonly string _folder = Directory.CreateTempSubdirectory("mapdash-api-").FullName;

    public WebApplicationFactory<Program> Factory { get; private set; } = default!;

    public string Database => Path.Combine(_folder, "events.db");

    /// <summary>The hand-written articles and events.</summary>
    public static FixtureStore Store { get; } = new FixtureStore()
        .Article("Fighting around the northern towns", "Fixture Wire", new DateOnly(2017, 1, 30),
        [
            new("Opposition fighters clashed with army units in Azaz on Sunday.", "Azaz", 36.5863, 37.0441, new DateOnly(2017, 1, 29),
                EventType.Battles, EventType.ArmedClash, "fsa", "saa"),
            new("Army units took control of Qabasin after a day of fighting.", TakenPlace, 36.3708, 37.6848, new DateOnly(2017, 1, 30),
                EventType.Battles, EventType.GovernmentRegainsTerritory, "saa", "fsa", NewController: "saa"),
        ])
        .Article("Air raids on the eastern city", "Fixture Wire", new DateOnly(2017, 1, 25),
        [
            new("Warplanes struck a market in Mayadin on Tuesday.", "Mayadin", 35.0207, 40.4513, new DateOnly(2017, 1, 24),
                EventType.RemoteViolence, EventType.AirDroneStrike, "russian-aerospace-forces"),
            new("Shelling hit the outskirts of Deir ez-Zor the same day.", "Deir ez-Zor", 35.3360, 40.1408, new DateOnly(2017, 1, 24),
                EventType.RemoteViolence, EventType.Shelling, "islamic-state"),
        ])
        .Article("Prices bring people to the streets", "Fixture Daily", new DateOnly(2017, 3, 10),
        [
            new("Residents protested in Daraa and in Kafr Tawil against rising prices.", "Daraa", 32.6189, 36.1021, new DateOnly(2017, 3, 9),
                EventType.Protests, EventType.PeacefulProtest),
        ], "Kafr Tawil")
        .Article("Rebels strike army posts in the hills", "Fixture Daily", new DateOnly(2018, 2, 1),
        [
            new("Rebels attacked army positions near Kinsabba at dawn.", "Kinsabba", 35.7200, 36.1800, new DateOnly(2018, 1, 31),
                EventType.Battles, EventType.ArmedClash, "fsa", "saa", Precision: 2),
        ])
        .Article("Report without a date", "Fixture Daily", null,
        [
            new("Fighters shelled Tall Rifat, a resident said.", "Tall Rifat", 36.4730, 37.0970, new DateOnly(2017, 1, 1),
                EventType.RemoteViolence, EventType.Shelling),
        ]);

    public async Task InitializeAsync()
    {
        await Store.WriteAsync(new MapDashboard.Data.SqliteConnectionFactory(Database));
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("MapDashboard:EventDatabase", Database));
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
