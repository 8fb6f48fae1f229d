using System.Globalization;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Data.Composition;
using MapDashboard.Data.Corrections;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Store;
using MapDashboard.Web.Components.Map;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MapDashboard.Web.Components.Review;

/// <summary>
/// Corrects one place mention: its sentence, the gazetteer's candidates ranked with their reasons on a small map, a
/// gazetteer search, a new place dropped on the map, or "not a place"; in this article or wherever the words appear.
/// </summary>
public sealed partial class MentionCorrection : CorrectionForm
{
    private static readonly IReadOnlyList<(string Code, string Label)> PlaceTypes =
    [
        ("PPL", "village or town"), ("PPLX", "neighbourhood"), ("PPLL", "locality"), ("AIRB", "air base"), ("MILB", "military base"),
        ("HLL", "hill"), ("DAM", "dam"), ("BDG", "bridge"), ("RGN", "region"),
    ];

    private MentionForReview? _mention;
    private RemovedRecord? _removed;
    private bool _loaded;
    private List<(Place Place, string Reason)> _candidates = [];
    private Place? _selected;
    private CorrectionScope _scope = CorrectionScope.Article;
    private LeafletMap? _map;
    private string? _newName;
    private string _newType = "PPL";
    private string? _newLat;
    private string? _newLon;
    private string? _newSource;

    /// <summary>The mention to correct.</summary>
    [Parameter]
    public long MentionId { get; set; }

    [Inject]
    private ReviewQueue Queue { get; set; } = default!;

    [Inject]
    private RemovedRecordQueries Removed { get; set; } = default!;

    [Inject]
    private PlaceSearch Search { get; set; } = default!;


    private string Before => _mention is { } m ? m.Sentence[..Math.Min(m.SentenceMentionStart, m.Sentence.Length)] : "";

    private string Within => _mention is { } m ? m.Sentence.Substring(Math.Min(m.SentenceMentionStart, m.Sentence.Length),
        Math.Clamp((int)(m.End - m.Start), 0, m.Sentence.Length - Math.Min(m.SentenceMentionStart, m.Sentence.Length))) : "";

    private string After => _mention is { } m ? m.Sentence[Math.Min(m.Sentence.Length, m.SentenceMentionStart + Within.Length)..] : "";

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        if (_mention?.Id == MentionId)
        {
            return;
        }
        await LoadAsync();
        if (_map?.IsReady == true)
        {
            await DrawAsync();
        }
    }

    private async Task LoadAsync()
    {
        _mention = await Queue.GetMentionAsync(MentionId);
        _removed = _mention is null ? await Removed.FindMentionAsync(MentionId) : null;
        _loaded = true;
        _selected = null;
        _candidates = [];
        if (_mention is not { } m || Search.Gazetteer is not { } gazetteer)
        {
            return;
        }
        _newName = m.Text;
        // The gazetteer's matches from the article's region first (its resolved places, then Syria and its neighbours).
        var found = RegionalCandidateOrder.Order(await gazetteer.FindCandidatesAsync(m.Text, 50),
            await Queue.GetArticlePlacesAsync(m.ArticleId), PlaceIndexLoader.FocusCountries).Take(10);
        // The geoparser's choice and runner-up first, then the other matches as the gazetteer ranks them.
        if (m.PlaceId is { } chosen && await gazetteer.GetByIdAsync(chosen) is { } place)
        {
            _candidates.Add((place, m.CorrectionId is null ? $"chosen by the geoparser: {m.Reason}" : $"chosen by an analyst ({m.Reason})"));
        }
        if (m.RunnerUpId is { } runnerUp && runnerUp != m.PlaceId && await gazetteer.GetByIdAsync(runnerUp) is { } second)
        {
            _candidates.Add((second, "the geoparser's runner-up"));
        }
        foreach (var c in found.Where(c => _candidates.All(k => k.Place.Id != c.Place.Id)))
        {
            _candidates.Add((c.Place, $"{c.Kind.ToString().ToLowerInvariant()} match of “{c.MatchedName}” ({c.Score:P0})"));
        }
    }

    private async Task DrawAsync()
    {
        if (_map is null || !_map.IsReady || _mention is null)
        {
            return;
        }
        var markers = _candidates.Select((c, i) => new MapMarker(c.Place.Id, c.Place.Lat, c.Place.Lon, _selected?.Id == c.Place.Id ? "#2e7d32" : "#1565c0",
            $"{i + 1}. {c.Place.Name} ({Where(c.Place)})", Radius: 8)).ToList();
        if (TryParse(_newLat, _newLon) is { } dropped)
        {
            markers.Add(new MapMarker("new-place", dropped.Lat, dropped.Lon, "#c62828", "the new place", Radius: 8, Shape: "star"));
        }
        await _map.SetMarkersAsync("candidates", markers, clustered: false);
        var near = markers.Where(k => Math.Abs(k.Lat - 35) < 10 && Math.Abs(k.Lon - 38) < 12).ToList();
        var frame = near.Count > 0 ? near : markers;
        if (frame.Count > 0)
        {
            await _map.FitBoundsAsync(frame.Min(k => k.Lat) - 0.2, frame.Min(k => k.Lon) - 0.2, frame.Max(k => k.Lat) + 0.2, frame.Max(k => k.Lon) + 0.2);
        }
    }

    private async Task Select(Place place)
    {
        _selected = place;
        if (_candidates.All(c => c.Place.Id != place.Id))
        {
            _candidates.Add((place, "found by searching the gazetteer"));
        }
        await DrawAsync();
    }

    private Task OnMarkerClick(MapMarkerClick click) =>
        _candidates.FirstOrDefault(c => c.Place.Id == click.MarkerId) is { Place: { } place } ? Select(place) : Task.CompletedTask;

    private async Task OnMapClickAsync(MapPoint point)
    {
        _newLat = point.Lat.ToString("F5", CultureInfo.InvariantCulture);
        _newLon = point.Lon.ToString("F5", CultureInfo.InvariantCulture);
        await DrawAsync();
    }

    private async Task<IEnumerable<Place>> SearchAsync(string typed, CancellationToken cancellationToken) => await Search.FindAsync(typed, cancellationToken);

    private Task OnSearchChosen(Place? place) => place is null ? Task.CompletedTask : Select(place);

    private Task ApplyPlaceAsync() => _selected is { } place
        ? ApplyAsync(c => c.CorrectMentionAsync(MentionId, _scope, ToCorrection(place), notAPlace: false, Author), $"“{_mention?.Text}” is now {place.Name}")
        : Task.CompletedTask;

    private Task NotAPlaceAsync() =>
        ApplyAsync(c => c.CorrectMentionAsync(MentionId, _scope, null, notAPlace: true, Author), $"“{_mention?.Text}” is marked not a place");

    private async Task CreatePlaceAsync()
    {
        if (TryParse(_newLat, _newLon) is not { } point)
        {
            Snackbar.Add($"'{_newLat}', '{_newLon}' are not coordinates: click the map or type latitude -90..90 and longitude -180..180.", Severity.Error);
            return;
        }
        if (string.IsNullOrWhiteSpace(_newName) || string.IsNullOrWhiteSpace(_newSource))
        {
            Snackbar.Add("A new place needs a name and the source of its coordinates.", Severity.Error);
            return;
        }
        Place? place = null;
        if (await WriteAsync(async () => place = await Ingest.AddUserPlaceAsync(_newName, point.Lat, point.Lon, _newType, _newSource)) && place is not null)
        {
            _selected = place;
            await ApplyAsync(c => c.CorrectMentionAsync(MentionId, _scope, ToCorrection(place), notAPlace: false, Author), $"{place.Name} added to the gazetteer and used");
        }
    }

    private async Task ApplyAsync(Func<Corrector, Task<CorrectionResult>> correct, string done)
    {
        if (await CorrectAsync(correct, done) is null)
        {
            return;
        }
        // Processing the article again stored its mentions anew: follow this one to its new id.
        if (_mention is { } m && await Queue.FindMentionAsync(m.ArticleId, m.Start) is { } now && now != MentionId)
        {
            Navigation.NavigateTo($"/review?mention={now}");
            return;
        }
        await LoadAsync();
        await DrawAsync();
    }

    private static CorrectionPlace ToCorrection(Place p) => new(p.Id, p.Name, p.Lat, p.Lon, p.FeatureClass, p.FeatureCode, p.CountryCode, p.Admin1);

    private static (double Lat, double Lon)? TryParse(string? lat, string? lon) =>
        double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var y) && y is >= -90 and <= 90
        && double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && x is >= -180 and <= 180
            ? (y, x)
            : null;

    /// <summary>The place's admin path and country: "Tadaf, Al Bab, Aleppo, SY".</summary>
    private static string Where(Place p) => string.Join(", ", new[] { PlaceLabels.AdminPath(p), p.CountryCode }.Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>The kind in words with the feature code, and the Arabic name when known: "village (PPL) · عران".</summary>
    private static string Kind(Place p) => $"{PlaceLabels.Type(p)} ({p.FeatureCode})" + (p.NameAr is { Length: > 0 } arabic ? $" · {arabic}" : "");

    private static string Describe(Place? p) => p is null ? "" : $"{p.Name} ({Where(p)})";
}
