using System.Data.Common;
using System.Globalization;
using MapDashboard.Data.Feeds;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MapDashboard.Web.Components.Pages;

/// <summary>
/// The feed subscriptions with their status (last poll, last error, articles taken, paused), and adding (to a known
/// outlet or a new one), polling at once, pausing, resuming and removing feeds. Every change needs write access (<see cref="WriteAccess"/>), as uploads and corrections
/// do; the list refreshes itself while the page is open, so a poll's outcome shows without a reload.
/// </summary>
public sealed partial class Feeds
{
    /// <summary>How often the open page reads the feeds' status again.</summary>
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(3);

    private IReadOnlyList<Feed> _feeds = [];
    private IReadOnlyList<string> _outlets = [];
    private readonly Dictionary<long, (string Text, string? Error)> _polled = [];
    private long? _polling;
    private string? _url;
    private string? _name;
    private int _interval = 30;

    [Inject]
    private FeedStore Store { get; set; } = default!;

    [Inject]
    private Data.Outlets.OutletStore Outlets { get; set; } = default!;

    [Inject]
    private FeedPoller Poller { get; set; } = default!;

    /// <inheritdoc />
    protected override void OnInteractive() => _ = RefreshLoopAsync(Closing);

    private async Task RefreshLoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Refresh);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await InvokeAsync(async () =>
                {
                    await LoadAsync();
                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed.
        }
    }

    /// <inheritdoc />
    protected override async Task LoadAsync()
    {
        if (!Location.Exists)
        {
            // No store yet (reading through the writer would make an empty file): no feeds, the bundled outlets.
            _outlets = Data.Outlets.OutletStore.ReadBundled().Select(o => o.Name).ToList();
            return;
        }
        try
        {
            _feeds = await Store.ListAsync(Closing);
            _outlets = (await Outlets.ListAsync(Closing)).Select(o => o.Name).ToList();
            LoadError = null;
        }
        catch (DbException ex)
        {
            LoadError = $"The feeds could not be read from the store: {ex.Message}";
        }
    }

    private async Task AddAsync()
    {
        Error = null;
        if (!Allowed())
        {
            return;
        }
        var url = _url?.Trim() ?? "";
        if (url.Length == 0)
        {
            Error = "Give the feed's address (http:// or https://).";
            return;
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            Error = $"'{url}' is not an http or https address; only web feeds can be followed.";
            return;
        }
        await RunAsync(async () =>
        {
            try
            {
                var id = await Store.AddAsync(uri.AbsoluteUri, _name, _interval, Closing);
                if (id is null)
                {
                    Error = $"{uri.AbsoluteUri} is subscribed already.";
                    return;
                }
                Snackbar.Add($"Feed added: {uri.AbsoluteUri}. It is polled at the dashboard's next check for due feeds.", Severity.Success);
                _url = null;
                _name = null;
            }
            catch (ArgumentException ex)
            {
                Error = ex.Message.Split(" (Parameter", 2)[0];
            }
        });
    }

    /// <summary>Polls one feed at once (paused or not) and shows what it took, or why it failed, in its row.</summary>
    private Task PollNowAsync(Feed feed) => RunAsync(async () =>
    {
        if (!Allowed())
        {
            return;
        }
        if (await Store.GetAsync(feed.Id, Closing) is not { } current)
        {
            Snackbar.Add($"{Title(feed)} is no longer subscribed.", Severity.Warning);
            return;
        }
        _polling = feed.Id;
        StateHasChanged();
        try
        {
            var result = await Poller.PollAsync(current, Closing);
            _polled[feed.Id] = (PollText(result), result.Error);
        }
        finally
        {
            _polling = null;
        }
    });

    private static string PollText(FeedPollResult result) =>
        result.Error is { } error ? $"Poll failed: {error}"
        : result.NotModified ? "Polled: the feed has not changed since the last poll; nothing new."
        : $"Polled: {result.Taken} new article(s) taken"
            + (result.ItemProblems.Count == 0 ? "." : $"; {result.ItemProblems.Count} item(s) skipped: {string.Join("; ", result.ItemProblems)}");

    private Task SetPausedAsync(Feed feed, bool paused) => RunAsync(async () =>
    {
        if (!Allowed())
        {
            return;
        }
        var found = await Store.SetPausedAsync(feed.Id, paused, Closing);
        Snackbar.Add(found ? $"{Title(feed)} {(paused ? "paused" : "resumed")}." : $"{Title(feed)} is no longer subscribed.", found ? Severity.Success : Severity.Warning);
    });

    private Task RemoveAsync(Feed feed) => RunAsync(async () =>
    {
        if (!Allowed())
        {
            return;
        }
        var found = await Store.RemoveAsync(feed.Id, Closing);
        Snackbar.Add(found ? $"{Title(feed)} removed; the articles it gave stay." : $"{Title(feed)} was removed already.", found ? Severity.Success : Severity.Warning);
    });

    private static string Title(Feed feed) => feed.Name ?? feed.Url;

    private static string LastPoll(Feed feed) =>
        feed.LastPoll is { } text && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)
            : "never";
}
