using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using MapDashboard.Data;

namespace MapDashboard.Web.Tests;

/// <summary>The review queue and corrections over HTTP, on a store of its own (corrections change it).</summary>
public sealed class CorrectionApiTests(SeedApiFixture fixture) : IClassFixture<SeedApiFixture>
{
    [Fact]
    public async Task ReviewQueue_IsOrderedByEventsAffected_AndValidatesItsParameters()
    {
        using var client = fixture.Factory.CreateClient();

        using var review = JsonDocument.Parse(await client.GetStringAsync("/api/review?limit=500"));
        var bad = await client.GetAsync("/api/review?kind=everything");
        var injected = await client.GetAsync("/api/review?kind=mention'%20OR%201=1--");

        var affected = review.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("eventsAffected").GetInt64()).ToList();
        Assert.NotEmpty(affected);
        Assert.Equal(affected.OrderDescending(), affected);
        Assert.True(review.RootElement.GetProperty("counts").GetProperty("mention").GetInt64() > 0);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, injected.StatusCode);
    }

    [Fact]
    public async Task Issue23_WeakDates_AreAReviewKindOfTheirOwn()
    {
        using var client = fixture.Factory.CreateClient();

        using var weak = JsonDocument.Parse(await client.GetStringAsync("/api/review?kind=weakdate"));

        Assert.True(weak.RootElement.GetProperty("counts").TryGetProperty("weakdate", out _));
        Assert.All(weak.RootElement.GetProperty("items").EnumerateArray(), i => Assert.Equal("weakdate", i.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task MentionCorrection_OverHttp_MovesEvents_IsLogged_AndUndoes()
    {
        using var client = fixture.Factory.CreateClient();
        await using var connection = await new SqliteConnectionFactory(fixture.Database).OpenAsync();
        var tuman = await connection.QuerySingleAsync<long>("SELECT id FROM place_mentions WHERE text = 'Tuman'");
        using var search = JsonDocument.Parse(await client.GetStringAsync("/api/gazetteer/search?q=Qabasin"));
        var placeId = search.RootElement.EnumerateArray().First().GetProperty("id").GetString();

        var unknownPlace = await client.PostAsJsonAsync($"/api/mentions/{tuman}/correction", new { placeId = "gn:0" });
        var noMention = await client.PostAsJsonAsync("/api/mentions/999999/correction", new { notAPlace = true });
        var badScope = await client.PostAsJsonAsync($"/api/mentions/{tuman}/correction", new { notAPlace = true, scope = "world" });
        var ok = await client.PostAsJsonAsync($"/api/mentions/{tuman}/correction", new { placeId, author = "api tester" });

        Assert.Equal(HttpStatusCode.BadRequest, unknownPlace.StatusCode);
        Assert.Contains("no place 'gn:0'", await unknownPlace.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, noMention.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badScope.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        using var body = JsonDocument.Parse(await ok.Content.ReadAsStringAsync());
        var correctionId = body.RootElement.GetProperty("correction").GetProperty("id").GetInt64();
        Assert.Equal(1, body.RootElement.GetProperty("articlesProcessed").GetInt32());
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events WHERE place_id = @placeId AND deleted = 0", new { placeId }) > 0);

        using var log = JsonDocument.Parse(await client.GetStringAsync("/api/corrections"));
        var logged = log.RootElement.EnumerateArray().Single(c => c.GetProperty("id").GetInt64() == correctionId);
        Assert.Equal("api tester", logged.GetProperty("author").GetString());

        var undo = await client.PostAsync($"/api/corrections/{correctionId}/undo", null);
        var undoAgain = await client.PostAsync($"/api/corrections/{correctionId}/undo", null);
        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, undoAgain.StatusCode);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events WHERE place_id = @placeId AND deleted = 0", new { placeId }));
    }

    [Fact]
    public async Task EventCorrection_OverHttp_RetypesOrRefusesWithAReason()
    {
        using var client = fixture.Factory.CreateClient();
        await using var connection = await new SqliteConnectionFactory(fixture.Database).OpenAsync();
        var eventId = await connection.QueryFirstAsync<long>("SELECT id FROM events WHERE sub_type = 'Air/drone strike' AND deleted = 0 ORDER BY id");

        var wrongType = await client.PostAsJsonAsync($"/api/events/{eventId}/correction", new { type = "Battles", subType = "Grenade" });
        var badDate = await client.PostAsync($"/api/events/{eventId}/correction", new StringContent("""{"date":"2017-02-30"}""", System.Text.Encoding.UTF8, "application/json"));
        var ok = await client.PostAsJsonAsync($"/api/events/{eventId}/correction", new { type = "Explosions/Remote violence", subType = "Shelling/artillery/missile attack" });

        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Contains("not an ACLED event type", await wrongType.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        using var body = JsonDocument.Parse(await ok.Content.ReadAsStringAsync());
        var correctionId = body.RootElement.GetProperty("correction").GetProperty("id").GetInt64();
        Assert.Equal("Shelling/artillery/missile attack",
            await connection.ExecuteScalarAsync<string>("SELECT sub_type FROM events WHERE correction_id = @correctionId", new { correctionId }));
    }
}
