using System.Collections.Concurrent;
using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// The gazetteer names the geoparser needs, in memory: candidates by folded key and by skeleton, and the lexicon
/// the recognizer walks. Built once at start-up from the bundled gazetteer; immutable and shared by all requests.
/// </summary>
public sealed class PlaceIndex
{
    private readonly Dictionary<string, (Place Place, string Name)[]> _byFold;
    private readonly Dictionary<string, (Place Place, string Name)[]> _bySkeleton;
    private readonly string? _skeletonCountry;

    // Per skeleton bucket, the folded names of its focus-country populated places (null for the others), worked out at the
    // bucket's first use: the look-alike and close-spelling readings compare them with the surface's fold on every call.
    private readonly ConcurrentDictionary<string, string?[]> _skeletonFolds = new(StringComparer.Ordinal);

    /// <summary>One letter of a shorter name is too much of it ("Kat" is not "Qata").</summary>
    private const int MinCloseSpellingLetters = 4;

    // A skeleton of two letters and no space: one word with two consonants.
    private const int ShortSkeleton = 2;

    private PlaceIndex(Dictionary<string, (Place, string)[]> byFold, Dictionary<string, (Place, string)[]> bySkeleton, ToponymLexicon lexicon, int places,
        string? skeletonCountry)
    {
        _byFold = byFold;
        _bySkeleton = bySkeleton;
        _skeletonCountry = skeletonCountry;
        Lexicon = lexicon;
        PlaceCount = places;
    }

    /// <summary>The recognizer's lexicon over the same names.</summary>
    public ToponymLexicon Lexicon { get; }

    /// <summary>How many distinct places the index holds.</summary>
    public int PlaceCount { get; }

    /// <summary>Builds the index from (name, place) pairs; names of places in <paramref name="skeletonCountry"/> also match by skeleton.</summary>
    public static PlaceIndex Build(IEnumerable<(string Name, Place Place)> entries, string? skeletonCountry = "SY")
    {
        var skeletonNames = new List<string>();
        var hillNames = new List<string>();
        var byFold = new Dictionary<string, List<(Place, string)>>(StringComparer.Ordinal);
        var bySkeleton = new Dictionary<string, List<(Place, string)>>(StringComparer.Ordinal);
        var names = new List<string>();
        var places = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, place) in entries)
        {
            var fold = NameFolding.Fold(name);
            if (fold.Length < 3 && !place.IsCountry)
            {
                // Two-letter codes and fragments ("DE", "Al") match ordinary words, not places.
                continue;
            }
            Add(byFold, fold, (place, name));
            var skeleton = NameFolding.Skeleton(name);
            if (skeleton.Length >= 2)
            {
                Add(bySkeleton, skeleton, (place, name));
            }
            names.Add(name);
            if (place.CountryCode == skeletonCountry && place.FeatureClass == "P")
            {
                skeletonNames.Add(name);
            }
            else if (place.CountryCode == skeletonCountry && IsHill(place))
            {
                hillNames.Add(name);
            }
            places.Add(place.Id);
        }
        return new PlaceIndex(Freeze(byFold), Freeze(bySkeleton),
            ToponymLexicon.Build(names, NameFolding.Fold, skeletonNames: skeletonNames, skeleton: NameFolding.Skeleton, hillNames: hillNames), places.Count, skeletonCountry);
    }

    /// <summary>A code of two or three capital letters (an airport's or a unit's: "DAM", "ALP"), which names a place only written so.</summary>
    private static bool IsCode(string name) => name.Length is 2 or 3 && name.All(char.IsAsciiLetterUpper);

    /// <summary>
    /// A hill or mountain (feature code HLL or MT: the curated strategic hills, "Tall X", "Jabal X"): its consonants are
    /// in the recognizer's lexicon as a populated place's are, so that "Tall Binasra" finds the hill "Tell Banasrah" (the
    /// recognizer trusts such a reading only where the text presents the span as a place, or the span opens with a hill
    /// word, word list <c>hill-head</c>, and has a hill's consonants: <see cref="ToponymLexicon.ContainsHillSkeleton"/>).
    /// </summary>
    private static bool IsHill(Place place) => place.FeatureCode is "HLL" or "MT";

    /// <summary>The index's contents with their keys, for a prebuilt index file (see <see cref="FromSnapshot"/>).</summary>
    public PlaceIndexSnapshot ToSnapshot() => new(_byFold, _bySkeleton, Lexicon.Keys, Lexicon.Prefixes, Lexicon.Skeletons, Lexicon.MaxWords, PlaceCount);

    /// <summary>
    /// The index a snapshot describes, keys taken as they are (folded by <see cref="NameFolding"/> when the snapshot was
    /// made): the same candidates and lexicon as the index the snapshot was taken from, without folding a name.
    /// </summary>
    public static PlaceIndex FromSnapshot(PlaceIndexSnapshot snapshot, string? skeletonCountry = "SY")
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var lexicon = ToponymLexicon.FromKeys(snapshot.LexiconKeys, snapshot.LexiconPrefixes, NameFolding.Fold, snapshot.MaxWords,
            snapshot.LexiconSkeletons, NameFolding.Skeleton);
        return new PlaceIndex(snapshot.ByFold, snapshot.BySkeleton, lexicon, snapshot.PlaceCount, skeletonCountry);
    }

    private static Dictionary<string, (Place, string)[]> Freeze(Dictionary<string, List<(Place, string)>> map)
    {
        var frozen = new Dictionary<string, (Place, string)[]>(map.Count, StringComparer.Ordinal);
        foreach (var (key, list) in map)
        {
            frozen[key] = [.. list];
        }
        return frozen;
    }

    /// <summary>Candidates for a surface form: exact and folded matches, and skeleton matches as a fallback.</summary>
    public IReadOnlyList<GeoCandidate> Candidates(string surface)
    {
        var fold = NameFolding.Fold(surface);
        var result = new Dictionary<string, GeoCandidate>(StringComparer.Ordinal);
        if (_byFold.TryGetValue(fold, out var folded))
        {
            foreach (var (place, name) in folded)
            {
                if (IsCode(name) && !IsCode(surface))
                {
                    continue; // "the Tishrin Dam": a code written in capitals ("DAM", "HAM") is no reading of the word "Dam" or "Ham"
                }
                var kind = string.Equals(name, surface, StringComparison.OrdinalIgnoreCase) ? MatchKind.Exact : MatchKind.Folded;
                Keep(result, new GeoCandidate(place, kind, kind == MatchKind.Exact ? 1.0 : 0.92, name));
            }
        }
        foreach (var form in result.Count == 0 ? NameQualifier.OtherForms(surface) : [])
        {
            // "eastern Jubb Tamr" is OCHA's "Jubb Tamr al-Sharqi" (the recognizer read it so only when the gazetteer holds it).
            foreach (var (place, name) in _byFold.GetValueOrDefault(NameFolding.Fold(form), []))
            {
                Keep(result, new GeoCandidate(place, MatchKind.Folded, 0.92, name));
            }
        }
        foreach (var form in result.Count == 0 && _skeletonCountry is not null ? NameQualifier.OtherForms(surface) : [])
        {
            // "Baqrus Tahtani" for OCHA's "Lower Baqras": the qualified name in another order, its name spelled otherwise
            // (the recognizer read it so only when a focus-country populated place has the form's consonants).
            foreach (var (place, name) in _bySkeleton.GetValueOrDefault(NameFolding.Skeleton(form), []))
            {
                if (place.CountryCode == _skeletonCountry && place.FeatureClass == "P")
                {
                    Keep(result, new GeoCandidate(place, MatchKind.Skeleton, 0.7, name));
                }
            }
        }
        // The consonant skeleton, read once: every fallback below but the last starts from it.
        var skeleton = result.Count == 0 ? NameFolding.Skeleton(surface) : null;
        if (skeleton is { Length: ShortSkeleton } shortKey)
        {
            // Two consonants (h-s: Hweisis, Hasa, Hosh ...) say little: only the focus country's places one letter from
            // the name as written, and only where the text supports them (the ranker's close-spelling rule).
            foreach (var (place, name) in _bySkeleton.TryGetValue(shortKey, out var few) ? CloseSpellings(shortKey, few, fold) : [])
            {
                Keep(result, new GeoCandidate(place, MatchKind.CloseSpelling, 0.7, name));
            }
        }
        else if (skeleton is not null && _bySkeleton.TryGetValue(skeleton, out var skeletal))
        {
            // Among many consonant look-alikes ("Shanan": dozens of places with sh-n-n), the focus country's places one
            // letter from the name as written ("Shinan") are its spelling variants; the rest only share consonants.
            // When that leaves others out, they are close-spelling readings, taken only where the text supports them.
            var close = CloseSpellings(skeleton, skeletal, fold);
            foreach (var (place, name) in close.Count > 0 ? (IEnumerable<(Place Place, string Name)>)close : skeletal)
            {
                Keep(result, new GeoCandidate(place, close.Count > 0 && close.Count < skeletal.Length ? MatchKind.CloseSpelling : MatchKind.Skeleton, 0.7, name));
            }
        }
        else if (result.Count > 0 && _skeletonCountry is not null && !result.Values.Any(c => c.Place.CountryCode == _skeletonCountry))
        {
            AddNearSpellings(result, surface, fold);
        }
        return [.. result.Values];
    }

    /// <summary>
    /// The focus country's populated places that share the consonants of a name some gazetteer name folds to, without
    /// folding alike themselves ("Kafr Hamra" spelled as written in Aleppo, "Kfar Hamrah" in Idlib): readings
    /// <see cref="Candidates"/> leaves out, because the name spelled as written usually is the place meant. The ranker
    /// weighs them only against a reading the report's own area contradicts (<see cref="PlaceRanker"/>'s look-alike rule).
    /// </summary>
    public IReadOnlyList<GeoCandidate> LookAlikes(string surface)
    {
        var fold = NameFolding.Fold(surface);
        if (_skeletonCountry is null || !_byFold.ContainsKey(fold) || fold.Count(char.IsLetter) < MinCloseSpellingLetters
            || NameFolding.Skeleton(surface) is not { Length: > ShortSkeleton } skeleton || !_bySkeleton.TryGetValue(skeleton, out var skeletal))
        {
            return [];
        }
        var result = new Dictionary<string, GeoCandidate>(StringComparer.Ordinal);
        var folds = FoldsOf(skeleton, skeletal);
        for (var k = 0; k < skeletal.Length; k++)
        {
            if (folds[k] is { } other && other != fold)
            {
                Keep(result, new GeoCandidate(skeletal[k].Place, MatchKind.Skeleton, 0.7, skeletal[k].Name));
            }
        }
        return [.. result.Values];
    }

    /// <summary>
    /// A name read only abroad ("Baza'a" folds to a Spanish and an Iraqi Baza) may be a village of the focus country
    /// spelled one letter apart ("Bza'a", "Biza'a": a vowel written or not, an ayn written as a vowel). Its populated
    /// places with the same consonants and a folded name one edit away join as close-spelling readings
    /// (<see cref="MatchKind.Fuzzy"/>): the ranker takes one only where the article's other places lie near it.
    /// </summary>
    private void AddNearSpellings(Dictionary<string, GeoCandidate> result, string surface, string fold)
    {
        var skeleton = NameFolding.Skeleton(surface);
        if (!_bySkeleton.TryGetValue(skeleton, out var skeletal))
        {
            return;
        }
        foreach (var (place, name) in CloseSpellings(skeleton, skeletal, fold))
        {
            Keep(result, new GeoCandidate(place, MatchKind.Fuzzy, 0.6, name));
        }
    }

    /// <summary>The focus country's populated places among <paramref name="skeletal"/> whose folded name is one letter from <paramref name="fold"/>.</summary>
    private List<(Place Place, string Name)> CloseSpellings(string skeleton, (Place Place, string Name)[] skeletal, string fold)
    {
        var close = new List<(Place, string)>();
        if (_skeletonCountry is null || fold.Count(char.IsLetter) < MinCloseSpellingLetters)
        {
            return close;
        }
        var folds = FoldsOf(skeleton, skeletal);
        for (var k = 0; k < skeletal.Length; k++)
        {
            if (folds[k] is { } other && SpellingDistance.AtMostOne(fold, other))
            {
                close.Add(skeletal[k]);
            }
        }
        return close;
    }

    /// <summary>The folded name of each entry of the bucket <paramref name="skeletal"/> of <paramref name="skeleton"/> that is a focus-country populated place, else null.</summary>
    private string?[] FoldsOf(string skeleton, (Place Place, string Name)[] skeletal) =>
        _skeletonFolds.TryGetValue(skeleton, out var folds) ? folds
            : _skeletonFolds.GetOrAdd(skeleton, Array.ConvertAll(skeletal, e => e.Place.CountryCode == _skeletonCountry && e.Place.FeatureClass == "P" ? NameFolding.Fold(e.Name) : null));

    private static void Keep(Dictionary<string, GeoCandidate> result, GeoCandidate candidate)
    {
        if (!result.TryGetValue(candidate.Place.Id, out var existing) || candidate.Kind < existing.Kind)
        {
            result[candidate.Place.Id] = candidate;
        }
    }

    private static void Add(Dictionary<string, List<(Place, string)>> map, string key, (Place, string) value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }
        list.Add(value);
    }
}
