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

    [Inject]
    private OutletStore Store { get; set; } = default!;

    /// <inheritdoc />
    protected override async Task LoadAsync()
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
            LoadError = null;
        }
        catch (DbException ex)
        {
            LoadError = $"The outlets could not be read from the store: {ex.Message}";
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
        Error = null;
    }

    private void Cancel() => Open(null, null);

    private async Task SaveAsync()
    {
        if (_form is not { } form)
        {
            return;
        }
        Error = null;
        if (!Allowed())
        {
            return;
        }
        await RunAsync(async () =>
        {
            // Adding an outlet under a name that is taken would edit that outlet: refused instead.
            var problems = _editing is null && await Store.GetAsync(form.Name?.Trim() ?? "") is { } existing
                ? [new OutletProblem("name", $"There is already an outlet named '{existing.Name}'; edit it in the list.")]
                : await Store.SaveAsync(form, _editing);
            _problems = problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(p => p.Message)));
            if (problems.Count > 0)
            {
                Error = "Not saved: " + string.Join(" ", problems.Select(p => p.Message));
                return;
            }
            Snackbar.Add($"{(form.Name ?? "").Trim()} saved.", Severity.Success);
            Open(null, null);
        });
    }

    private bool Has(string field) => _problems.ContainsKey(field);

    private string? ErrorOf(string field) => _problems.GetValueOrDefault(field);
}
