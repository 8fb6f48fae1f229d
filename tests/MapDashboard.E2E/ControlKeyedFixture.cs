using MapDashboard.Data;
using MapDashboard.Data.Control;
using Microsoft.Playwright;

namespace MapDashboard.E2E;

/// <summary>The control snapshot fixture's app with an analyst key configured: every write needs it.</summary>
public sealed class ControlKeyedFixture : ControlSnapshotFixture
{
    /// <summary>The key the app is configured with.</summary>
    public const string AnalystKey = "correct-horse-control-key";

    /// <summary>The stored control periods (read-only), to check what a test's correction kept.</summary>
    public ControlPeriodStore Periods() => new(new SqliteConnectionFactory(EventDatabase, readOnly: true));

    /// <summary>Removes a place's analyst corrections through the API (with the key): a test leaves the store as it found it.</summary>
    public async Task RemoveCorrectionsAsync(IAPIRequestContext api, string placeId)
    {
        foreach (var correction in (await Periods().OfPlaceAsync(placeId)).Where(p => p.Source == ControlPeriodStore.Correction))
        {
            var removed = await api.DeleteAsync($"{Server.BaseUrl}/api/control/corrections/{correction.Id}",
                new APIRequestContextOptions { Headers = new Dictionary<string, string> { ["X-Analyst-Key"] = AnalystKey } });
            Assert.True(removed.Ok, await removed.TextAsync());
        }
    }

    /// <summary>
    /// Checks that no page reported an error (a circuit that drops and reconnects on a loaded machine logs Blazor's
    /// "Connection disconnected"; the layer still had to arrive) and closes them.
    /// </summary>
    public static async Task CloseCheckedAsync(params (IPage Page, List<string> Errors)[] pages)
    {
        foreach (var (page, errors) in pages)
        {
            Assert.DoesNotContain(errors, e => !e.Contains("Connection disconnected", StringComparison.Ordinal));
            await page.Context.CloseAsync();
        }
    }

    protected override Task ConfigureAsync(IDictionary<string, string> environment)
    {
        environment["MapDashboard__AnalystKey"] = AnalystKey;
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class ControlKeyedCollection : ICollectionFixture<ControlKeyedFixture>
{
    public const string Name = "dashboard over seeds 000 and 003, the control snapshot and an analyst key";
}
