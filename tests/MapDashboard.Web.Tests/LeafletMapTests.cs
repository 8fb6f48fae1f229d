using System.Text.Json;
using Bunit;
using MapDashboard.Web.Components.Map;
using Microsoft.JSInterop;

namespace MapDashboard.Web.Tests;

public sealed class LeafletMapTests : IAsyncLifetime
{
    private readonly BunitContext _context = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _context.DisposeAsync();

    /// <summary>The JS module, and the map object its createMap returns (with a drawn basemap).</summary>
    private (BunitJSModuleInterop Module, BunitJSModuleInterop Map) SetUpModule()
    {
        var module = _context.JSInterop.SetupModule("./Components/Map/LeafletMap.razor.js");
        var map = module.SetupModule("createMap", _ => true);
        map.Setup<JsonElement>("addBasemap", _ => true).SetResult(JsonDocument.Parse("{\"governorates\":14}").RootElement);
        return (module, map);
    }

    [Fact]
    public void FirstRender_ImportsModuleAndCreatesMapWithBasemap()
    {
        var (module, jsMap) = SetUpModule();
        var ready = false;

        var map = _context.Render<LeafletMap>(p => p.Add(m => m.OnReady, () => { ready = true; }));

        map.WaitForAssertion(() => Assert.True(ready));
        Assert.True(map.Instance.IsReady);
        Assert.Single(module.Invocations, i => i.Identifier == "createMap");
        Assert.Equal("basemap/", Assert.Single(jsMap.Invocations, i => i.Identifier == "addBasemap").Arguments[0]);
    }

    [Fact]
    public async Task CallsBeforeTheMapExists_FailWithClearMessage()
    {
        var map = new LeafletMap();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await map.FitBoundsAsync(0, 0, 1, 1));

        Assert.Contains("not created yet", error.Message);
    }

    [Fact]
    public async Task Dispose_WhenBrowserIsGone_DoesNotThrowAndIsIdempotent()
    {
        var (_, jsMap) = SetUpModule();
        jsMap.SetupVoid("dispose").SetException(new JSDisconnectedException("tab closed"));
        var map = _context.Render<LeafletMap>();
        map.WaitForAssertion(() => Assert.True(map.Instance.IsReady));

        await map.Instance.DisposeAsync();
        await map.Instance.DisposeAsync();

        Assert.False(map.Instance.IsReady);
        Assert.Single(jsMap.Invocations, i => i.Identifier == "dispose");
    }

    [Fact]
    public async Task FeatureClick_FromJs_ReachesTheCallbackWithProperties()
    {
        SetUpModule();
        MapFeatureClick? clicked = null;
        var map = _context.Render<LeafletMap>(p => p.Add(m => m.OnFeatureClick, (MapFeatureClick c) => { clicked = c; }));

        await map.InvokeAsync(() => map.Instance.OnFeatureClicked("admin1", "{\"name\":\"Idlib\",\"iso_3166_2\":\"SY-ID\"}"));

        Assert.NotNull(clicked);
        Assert.Equal("admin1", clicked.Layer);
        Assert.Equal("Idlib", clicked.Properties["name"].GetString());
    }
}
