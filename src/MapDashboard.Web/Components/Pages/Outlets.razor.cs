using System.Data.Common;
using MapDashboard.Data.Feeds;
using MapDashboard.Data.Outlets;
using MapDashboard.Data.Store;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MapDashboard.Web.Components.Pages;

/// <summary>
/// The outlets table (issue #19.5): each outlet's facts with the reference of each, and its feeds; adding and editing
/// outlets (a new name takes the outlet's feeds and articles along). Every change needs write access
/// (<see cref="WriteAccess"/>) and is validated by <see cref="OutletValidator"/>, each refused field marked.
/// </summary>
public sealed partial class Outlets
{
    private IReadOnlyList<Outlet> _outlets = [];
    private ILookup<string, Feed> _feeds = Array.Empty<Feed>().ToLookup(f => "");
    private Outlet? _form;
    private string? _editing;
    private Dictionary<string, string> _problems = [];
    private string? _key;
    private string? _error;
    private string? _loadError;
    private bool _busy;
    private bool _interactive;

    [Inject]
    private OutletStore Store { get; set; } = default!;

    [Inject]
    private EventStore Events { get; set; } = default!;

    [Inject]
    private EventStoreLocation Location { get; set; } = default!;

    [Inject]
    private WriteAccess Access { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <inheritdoc />
    protected override Task OnInitializedAsync() => LoadAsync();

    /// <inheritdoc />
    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            // Only an interactive render gets here (not the prerender): tests wait for this before clicking.
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task LoadAsync()
    {
        if (!Location.Exists)
        {
            // No store yet (reading through the writer would make an empty file): it holds the bundled outlets once made.
            _outlets = OutletStore.ReadBundled();
            return;
        }
        try
        {
            _outlets = await Store.ListAsync();
            _feeds = await Store.FeedsAsync(_outlets.Select(o => o.Name));
            _loadError = null;
        }
        catch (DbException ex)
        {
            _loadError = $"The outlets could not be read from the store: {ex.Message}";
        }
    }

    private void New() => Open(new Outlet(), null);

    private void Edit(Outlet outlet) => Open(new Outlet
    {
        Name = outlet.Name, HomeCountry = outlet.HomeCountry, HomeCountryRef = outlet.HomeCountryRef, Owner = outlet.Owner, OwnerRef = outlet.OwnerRef,
        Language = outlet.Language, LanguageRef = outlet.LanguageRef, Website = outlet.Website, WebsiteRef = outlet.WebsiteRef,
    }, outlet.Name);

    private void Open(Outlet? form, string? editing)
    {
        _form = form;
        _editing = editing;
        _problems = [];
        _error = null;
    }

    private void Cancel() => Open(null, null);

    private async Task SaveAsync()
    {
        if (_form is not { } form)
        {
            return;
        }
        _error = null;
        if (Access.Refusal(_key) is { } refusal)
        {
            Snackbar.Add(refusal, Severity.Error);
            _error = refusal;
            return;
        }
        _busy = true;
        try
        {
            if (!Location.Exists)
            {
                // The first write to a new store makes its schema (as the first ingest does).
                await Events.InitializeAsync();
            }
            // Adding an outlet under a name that is taken would edit that outlet: refused instead.
            var problems = _editing is null && await Store.GetAsync(form.Name?.Trim() ?? "") is { } existing
                ? [new OutletProblem("name", $"There is already an outlet named '{existing.Name}'; edit it in the list.")]
                : await Store.SaveAsync(form, _editing);
            _problems = problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(p => p.Message)));
            if (problems.Count > 0)
            {
                _error = "Not saved: " + string.Join(" ", problems.Select(p => p.Message));
                return;
            }
            Snackbar.Add($"{(form.Name ?? "").Trim()} saved.", Severity.Success);
            Open(null, null);
        }
        catch (DbException ex)
        {
            _error = $"The store refused the change: {ex.Message}";
        }
        finally
        {
            _busy = false;
        }
        await LoadAsync();
    }

    private bool Has(string field) => _problems.ContainsKey(field);

    private string? ErrorOf(string field) => _problems.GetValueOrDefault(field);
}
