using MapDashboard.Core.Events;
using MapDashboard.Data;
using MapDashboard.Data.Postgres;
using MapDashboard.Data.Store;
using MapDashboard.Tests.Shared;

namespace MapDashboard.Data.Tests.Store;

/// <summary>
/// <see cref="EventQueries.MatchingAsync"/>, which decides which reports of a change of control the dashboard's
/// filters keep (issue 17.10): the filters of the map's events, whatever the window, on both storage providers.
/// </summary>
public class EventMatchingTests
{
    private static readonly FixtureStore Store = new FixtureStore()
        .Article("Fighting on the plain", "Fixture Wire", new DateOnly(2017, 1, 30),
        [
            new("Army units took control of Qabasin after a day of fighting.", "Qabasin", 36.3708, 37.6848, new DateOnly(2017, 1, 30),
                EventType.Battles, EventType.GovernmentRegainsTerritory, "saa", "fsa", NewController: "saa"),
            new("Rebels shelled army posts near Azaz on Sunday.", "Azaz", 36.5863, 37.0441, new DateOnly(2017, 1, 29),
                EventType.RemoteViolence, EventType.Shelling, "fsa", "saa", Precision: 2, Confidence: 0.55),
        ]);

    private static async Task AssertFiltersAsync(IStoreConnectionFactory factory)
    {
        await Store.WriteAsync(factory);
        var queries = new EventQueries(factory);
        var all = await queries.FindAsync(new EventQuery());
        var ids = all.Select(e => e.Id).ToList();
        var qabasin = all.Single(e => e.PlaceName == "Qabasin").Id;
        var azaz = all.Single(e => e.PlaceName == "Azaz").Id;
        async Task<long[]> Matching(EventQuery query) => [.. (await queries.MatchingAsync(query, ids)).Select(e => e.Id).Order()];

        // A window far from both events does not matter: only the filters do.
        Assert.Equal(ids.Order().ToArray(), await Matching(new EventQuery { From = new DateOnly(2020, 1, 1), To = new DateOnly(2020, 2, 1) }));
        Assert.Equal([azaz], await Matching(new EventQuery { Types = [EventType.RemoteViolence] }));
        Assert.Equal([qabasin], await Matching(new EventQuery { Types = [EventType.GovernmentRegainsTerritory] }));
        Assert.Equal([qabasin], await Matching(new EventQuery { MinConfidence = 0.6 }));
        Assert.Empty(await Matching(new EventQuery { Actors = ["islamic-state"] }));
        Assert.Equal([qabasin], await Matching(new EventQuery { Types = [EventType.Battles], Actors = ["fsa"] }));
        Assert.Empty(await queries.MatchingAsync(new EventQuery(), []));
        // Each kept event comes with the dates the map's own read gives it (the changes list shows them).
        Assert.Equal(all.OrderBy(e => e.Id).Select(e => (e.Id, e.DateStart, e.DateEnd)),
            (await queries.MatchingAsync(new EventQuery(), ids)).Select(e => (e.Id, e.DateStart, e.DateEnd)));
    }

    [Fact]
    public async Task Sqlite_KeepsTheEventsThatPassTheFilters_WhateverTheWindow()
    {
        using var database = new TempDatabase();
        await AssertFiltersAsync(database.Factory);
    }

    [Fact]
    public async Task Postgres_KeepsTheEventsThatPassTheFilters_WhateverTheWindow()
    {
        await using var postgres = await PostgresTestDatabase.CreateAsync("mdmatching");
        await using var factory = PostgresConnectionFactory.Create(postgres.ConnectionString);
        await AssertFiltersAsync(factory);
    }
}
