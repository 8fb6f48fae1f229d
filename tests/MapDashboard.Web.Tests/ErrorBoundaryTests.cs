using Bunit;
using MapDashboard.Data;
using MapDashboard.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MudBlazor.Services;

namespace MapDashboard.Web.Tests;

/// <summary>Issue #8, errors: a component that throws inside the layout shows a friendly message, is logged, and can be tried again.</summary>
public sealed class ErrorBoundaryTests : IAsyncLifetime
{
    private readonly BunitContext _context = new();
    private readonly CapturingLoggerProvider _logs = new();

    public Task InitializeAsync()
    {
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddScoped<PlacePin>();
        _context.Services.AddLogging(logging => logging.AddProvider(_logs));
        var layout = new RepositoryLayout(Path.GetTempPath());
        _context.Services.AddSingleton(new PlaceSearch(new GazetteerAccess(EventStoreLocation.Sqlite(Path.Combine(layout.Root, "none.db")), layout)));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    private IRenderedComponent<MainLayout> RenderLayoutWith<TPage>() where TPage : IComponent =>
        _context.Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(builder =>
        {
            builder.OpenComponent<TPage>(0);
            builder.CloseComponent();
        })));

    [Fact]
    public void AThrowingEventHandler_ShowsTheErrorBoundary_LogsIt_AndTryAgainRecovers()
    {
        FlakyPage.Failures = 1;
        var layout = RenderLayoutWith<FlakyPage>();
        Assert.Equal("fine", layout.Find("#flaky").TextContent);

        layout.Find("#flaky").Click();

        // The layout renders asynchronously too (search, navigation): wait for the state rather than reading it at once.
        var shown = layout.WaitForElement("[data-testid=error-boundary]", TimeSpan.FromSeconds(20));
        var reference = layout.Find("[data-testid=error-reference]").TextContent;
        Assert.Contains("went wrong", shown.TextContent);
        Assert.DoesNotContain("flaky page failed", shown.TextContent); // no exception text or stack trace for the user
        Assert.Matches("^[0-9a-f]{8}$", reference);
        var logged = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Error && e.Message.StartsWith("A page failed", StringComparison.Ordinal));
        Assert.Contains(reference, logged.Message);
        Assert.Equal("flaky page failed", logged.Exception?.Message);
        Assert.NotNull(layout.Find(".mud-appbar")); // the shell (app bar, search, navigation) is still there

        layout.Find("[data-testid=error-retry] button").Click();

        layout.WaitForAssertion(() =>
        {
            Assert.Equal("fine", layout.Find("#flaky").TextContent);
            Assert.Empty(layout.FindAll("[data-testid=error-boundary]"));
        }, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void APageThatFailsToInitialize_ShowsTheErrorBoundaryInsteadOfEndingTheCircuit()
    {
        var layout = RenderLayoutWith<BrokenPage>();

        Assert.NotNull(layout.WaitForElement("[data-testid=error-boundary]", TimeSpan.FromSeconds(20)));
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Error && e.Exception?.Message == "broken page");
    }

    private sealed class FlakyPage : ComponentBase
    {
        // A test-only page: fails the first N clicks.
        public static int Failures;

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "button");
            builder.AddAttribute(1, "id", "flaky");
            builder.AddAttribute(2, "onclick", EventCallback.Factory.Create<MouseEventArgs>(this, () =>
            {
                if (Failures-- > 0)
                {
                    throw new InvalidOperationException("flaky page failed");
                }
            }));
            builder.AddContent(3, "fine");
            builder.CloseElement();
        }
    }

    private sealed class BrokenPage : ComponentBase
    {
        protected override void OnInitialized() => throw new InvalidOperationException("broken page");
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public List<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider provider) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (provider.Entries)
                {
                    provider.Entries.Add((logLevel, formatter(state, exception), exception));
                }
            }
        }
    }
}
