using System.Globalization;
using MapDashboard.Core.Gazetteer;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace MapDashboard.Web.Components.Layout;

/// <summary>The app bar's place search: gazetteer autocomplete that flies the map to the chosen place and pins it there.</summary>
public sealed partial class PlaceSearchBox
{
    [Inject]
    private PlaceSearch Search { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private PlacePin Pin { get; set; } = default!;

    private MudAutocomplete<Place>? _box;
    private string _typed = "";
    private bool _enter;

    private async Task<IEnumerable<Place>> SearchAsync(string typed, CancellationToken cancellationToken)
    {
        _typed = typed ?? "";
        return await Search.FindAsync(typed, cancellationToken);
    }

    /// <summary>Notes an Enter: it chooses the highlighted (first) result, which is taken only when it is a best match.</summary>
    private void OnKeyDown(KeyboardEventArgs args) => _enter = args.Key is "Enter" or "NumpadEnter";

    private async Task GoToAsync(Place? place)
    {
        var byEnter = _enter;
        _enter = false;
        if (place is not null && byEnter && !await Search.IsBestMatchAsync(_typed, place))
        {
            // Enter on a list whose first result only starts with or contains the text: nothing is chosen, the map stays.
            if (_box is not null)
            {
                await _box.ClearAsync();
            }
            return;
        }
        if (place is not null)
        {
            Pin.Drop(place);
            var zoom = place.IsCountry ? 6 : place.IsArea ? 8 : 11;
            Navigation.NavigateTo(Navigation.GetUriWithQueryParameters("/", new Dictionary<string, object?>
            {
                ["lat"] = place.Lat.ToString("F5", CultureInfo.InvariantCulture),
                ["lon"] = place.Lon.ToString("F5", CultureInfo.InvariantCulture),
                ["zoom"] = zoom,
            }));
        }
    }

    /// <summary>"Arran (village) - Tadaf, Al Bab, Aleppo, SY - عران".</summary>
    private static string Describe(Place? place)
    {
        if (place is null)
        {
            return "";
        }
        var where = string.Join(", ", new[] { PlaceLabels.AdminPath(place), place.CountryCode }.Where(s => !string.IsNullOrEmpty(s)));
        var text = $"{place.Name} ({PlaceLabels.Type(place)})" + (where.Length > 0 ? " - " + where : "");
        return place.NameAr is { Length: > 0 } arabic ? $"{text} - {arabic}" : text;
    }
}
