using System.Text.Json;
using Bunit;
using MapDashboard.Web.Components.Layout;
using MapDashboard.Web.Components.Map;
using MapDashboard.Web.Health;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;

namespace MapDashboard.Web.Tests;

public sealed class LeafletMapTests : IAsyncLifetime
{
    private readonly BunitContext _context = new();
    private readonly CircuitMonitor _circuits = new();

    public Task InitializeAsync()
    {
        _context.Services.AddSingleton(_circuits);
        _context.Services.AddScoped<PlacePin>();
        _context.Services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        return Task.CompletedTask;
    }

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

    [Fact]
    public async Task Dispose_ReleasesEveryInteropReference()
    {
        SetUpModule().Map.SetupVoid("dispose").SetVoidResult();
        var map = _context.Render<LeafletMap>();
        map.WaitForAssertion(() => Assert.True(map.Instance.IsReady));
        Assert.Equal(3, _circuits.InteropReferences); // the DotNetObjectReference, the module and the map

        await map.Instance.DisposeAsync();

        Assert.Equal(0, _circuits.InteropReferences);
    }

    [Fact]
    public async Task DisposedWhileTheModuleLoads_ReleasesTheModuleAndNeverCreatesTheMap()
    {
        var js = new PendingImportRuntime();
        _context.Services.AddSingleton<IJSRuntime>(js);
        var map = _context.Render<LeafletMap>();
        Assert.Equal(1, _circuits.InteropReferences); // the DotNetObjectReference; the import is pending

        await map.Instance.DisposeAsync();
        Assert.Equal(0, _circuits.InteropReferences);
        var late = new LateModule();
        js.Import.SetResult(late);

        map.WaitForAssertion(() => Assert.True(late.Disposed, "the module that arrived after disposal was not released"));
        Assert.Empty(late.Calls);
        Assert.Equal(0, _circuits.InteropReferences);
        Assert.False(map.Instance.IsReady);
    }

    [Fact]
    public async Task AFailingCallbackFromJs_ReachesTheErrorBoundary_InsteadOfVanishingInTheBrowser()
    {
        SetUpModule().Map.SetupVoid("dispose").SetVoidResult();
        var boundary = _context.Render<PageErrorBoundary>(p => p
            .Add(b => b.ChildContent, (RenderFragment)(builder =>
            {
                builder.OpenComponent<LeafletMap>(0);
                builder.AddAttribute(1, nameof(LeafletMap.OnMarkerClick), EventCallback.Factory.Create<MapMarkerClick>(this, _ => throw new InvalidOperationException("marker handler failed")));
                builder.CloseComponent();
            }))
            .Add(b => b.ErrorContent, (RenderFragment<Exception>)(ex => builder => builder.AddMarkupContent(0, $"<p class=\"failed\">{ex.Message}</p>"))));
        var map = boundary.FindComponent<LeafletMap>();
        map.WaitForAssertion(() => Assert.True(map.Instance.IsReady));

        await boundary.InvokeAsync(() => map.Instance.OnMarkerClicked("events", "1"));

        boundary.WaitForAssertion(() => Assert.Equal("marker handler failed", boundary.Find("p.failed").TextContent));
        Assert.NotNull(boundary.Instance.Reference);
    }

    /// <summary>A JS runtime whose module import completes only when the test says so.</summary>
    private sealed class PendingImportRuntime : IJSRuntime
    {
        public TaskCompletionSource<IJSObjectReference> Import { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
            identifier == "import" ? (TValue)await Import.Task : throw new InvalidOperationException($"unexpected JS call {identifier}");

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => InvokeAsync<TValue>(identifier, args);
    }

    /// <summary>A module reference that arrives after the component was disposed: records what is done with it.</summary>
    private sealed class LateModule : IJSObjectReference
    {
        public List<string> Calls { get; } = [];

        public bool Disposed { get; private set; }

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args)
        {
            Calls.Add(identifier);
            return ValueTask.FromResult(default(TValue)!);
        }

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => InvokeAsync<TValue>(identifier, args);

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
