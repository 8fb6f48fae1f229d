using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Web;

/// <summary>
/// The place a user chose in the place search, per browser session (circuit): the search box drops it here and the
/// map shows it as a labelled pin, also when the map is created after the choice (the search navigates to the map).
/// </summary>
public sealed class PlacePin
{
    /// <summary>The chosen place, or null before any choice.</summary>
    public Place? Current { get; private set; }

    /// <summary>Raised after <see cref="Drop"/>.</summary>
    public event Action? Changed;

    /// <summary>Makes <paramref name="place"/> the pinned place.</summary>
    public void Drop(Place place)
    {
        Current = place;
        Changed?.Invoke();
    }

    /// <summary>The pin's label: "al-Bab (city)".</summary>
    public static string Label(Place place) => $"{place.Name} ({PlaceLabels.Type(place)})";
}
