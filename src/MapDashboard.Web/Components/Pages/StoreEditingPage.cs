using System.Data.Common;
using MapDashboard.Data.Store;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MapDashboard.Web.Components.Pages;

/// <summary>
/// What the pages that edit the store's lists (feeds, outlets) share: the analyst key every change needs
/// (<see cref="WriteAccess"/>), one change at a time with the buttons off, a store error shown rather than thrown, the
/// list read again after each change, and the <c>data-ready</c> flag that says the page is interactive (browser tests
/// wait for it before they click).
/// </summary>
public abstract class StoreEditingPage : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _closing = new();

    /// <summary>The analyst key typed on the page.</summary>
    protected string? Key { get; set; }

    /// <summary>Why the last change was refused or failed; null when it did not.</summary>
    protected string? Error { get; set; }

    /// <summary>Why the list could not be read; null when it was.</summary>
    protected string? LoadError { get; set; }

    /// <summary>A change is running: the buttons are off.</summary>
    protected bool Busy { get; private set; }

    /// <summary>The page rendered interactively (not only the prerender).</summary>
    protected bool Interactive { get; private set; }

    /// <summary>Cancelled when the page is closed.</summary>
    protected CancellationToken Closing => _closing.Token;

    [Inject]
    private EventStore Events { get; set; } = default!;

    /// <summary>Where the store is, and whether it exists yet.</summary>
    [Inject]
    protected EventStoreLocation Location { get; set; } = default!;

    /// <summary>Who may change the store (the razor shows whether a key is needed).</summary>
    [Inject]
    protected WriteAccess Access { get; set; } = default!;

    /// <summary>The page's messages.</summary>
    [Inject]
    protected ISnackbar Snackbar { get; set; } = default!;

    /// <summary>Reads the page's list (into its fields, or into <see cref="LoadError"/>).</summary>
    protected abstract Task LoadAsync();

    /// <summary>Called once, after the first interactive render.</summary>
    protected virtual void OnInteractive()
    {
    }

    /// <inheritdoc />
    protected override Task OnInitializedAsync() => LoadAsync();

    /// <inheritdoc />
    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            // Only an interactive render gets here (not the prerender).
            Interactive = true;
            StateHasChanged();
            OnInteractive();
        }
    }

    /// <summary>Whether the typed key allows a change; when it does not, says why (message and <see cref="Error"/>).</summary>
    protected bool Allowed()
    {
        if (Access.Refusal(Key) is { } refusal)
        {
            Snackbar.Add(refusal, Severity.Error);
            Error = refusal;
            return false;
        }
        return true;
    }

    /// <summary>Runs one change with the buttons off, then reads the list again; a store error is shown, not thrown.</summary>
    protected async Task RunAsync(Func<Task> change)
    {
        Busy = true;
        try
        {
            if (!Location.Exists)
            {
                // The first write to a new store makes its schema (as the first ingest does).
                await Events.InitializeAsync(Closing);
            }
            await change();
        }
        catch (DbException ex)
        {
            Error = $"The store refused the change: {ex.Message}";
        }
        finally
        {
            Busy = false;
        }
        await LoadAsync();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _closing.Cancel();
        _closing.Dispose();
        GC.SuppressFinalize(this);
    }
}
