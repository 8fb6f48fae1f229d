using System.Globalization;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Pipeline;
using MapDashboard.Data.Store;

namespace MapDashboard.Data.Corrections;

/// <summary>
/// Applies an article's corrections to what the pipeline made of it: mention corrections before events are coded (so
/// every event follows the corrected place), article corrections to its metadata, event corrections after coding.
/// Article-scope corrections beat everywhere-scope ones; among equals the newest wins.
/// </summary>
public static class CorrectionApplier
{
    /// <summary>A mention after corrections: the place decided, and the correction that decided it.</summary>
    public sealed record CorrectedMention(ResolvedPlace Place, Correction? Correction)
    {
        /// <summary>Whether an analyst said the words are not a place.</summary>
        public bool NotAPlace => Correction?.Payload.NotAPlace == true;
    }

    /// <summary>The mention correction in force for a mention of this article, or null.</summary>
    public static Correction? For(ResolvedPlace place, string articleHash, IReadOnlyList<Correction> corrections)
    {
        var offset = place.OriginalStart.ToString(CultureInfo.InvariantCulture);
        var fold = NameFolding.Fold(place.OriginalText);
        return corrections.Where(c => c is { Active: true, Kind: CorrectionKind.Mention, Scope: CorrectionScope.Article } && c.ArticleHash == articleHash && c.TargetKey == offset)
                   .MaxBy(c => c.Id)
               ?? corrections.Where(c => c is { Active: true, Kind: CorrectionKind.Mention, Scope: CorrectionScope.Everywhere } && c.SurfaceForm is { } form && NameFolding.Fold(form) == fold)
                   .MaxBy(c => c.Id);
    }

    /// <summary>Every mention with its correction applied.</summary>
    public static IReadOnlyList<CorrectedMention> ApplyToMentions(IReadOnlyList<ResolvedPlace> places, string articleHash, IReadOnlyList<Correction> corrections)
    {
        var result = new List<CorrectedMention>(places.Count);
        foreach (var place in places)
        {
            var correction = For(place, articleHash, corrections);
            result.Add(correction switch
            {
                null => new CorrectedMention(place, null),
                { Payload.NotAPlace: true } => new CorrectedMention(place with
                {
                    Place = null, Anchor = null, RunnerUp = null, Precision = 0, Confidence = 1,
                    Reason = $"not a place (corrected by {correction.Author})",
                }, correction),
                { Payload.Place: { } chosen } => new CorrectedMention(place with
                {
                    Place = ToPlace(chosen),
                    Anchor = null,
                    Precision = place.Place is null || place.Precision == 0 ? 1 : place.Precision,
                    Confidence = 1,
                    Reason = $"corrected by {correction.Author}",
                }, correction),
                _ => new CorrectedMention(place, null),
            });
        }
        return result;
    }

    /// <summary>What an analyst fixed about the article (title, outlet, date), newest correction per field.</summary>
    public static (string? Title, string? Outlet, DateOnly? Published, IReadOnlyList<Correction> Applied) ApplyToArticle(string articleHash, IReadOnlyList<Correction> corrections)
    {
        var mine = corrections.Where(c => c is { Active: true, Kind: CorrectionKind.Article } && c.ArticleHash == articleHash).OrderByDescending(c => c.Id).ToList();
        var title = mine.FirstOrDefault(c => c.Payload.Title is not null);
        var outlet = mine.FirstOrDefault(c => c.Payload.Outlet is not null);
        var published = mine.FirstOrDefault(c => c.Payload.Published is not null);
        var applied = new[] { title, outlet, published }.OfType<Correction>().Distinct().ToList();
        return (title?.Payload.Title, outlet?.Payload.Outlet, published?.Payload.Published, applied);
    }

    /// <summary>One event correction applied to an event it targets (by merge key).</summary>
    public static StoredEvent ApplyToEvent(StoredEvent stored, Correction correction)
    {
        var p = correction.Payload;
        var result = stored with { CorrectionId = correction.Id };
        if (p.Type is { } type)
        {
            result = result with { Type = type, SubType = p.SubType ?? stored.SubType };
        }
        if (p.Actor1 is { } actor1)
        {
            result = result with { Actor1 = actor1.Length == 0 ? null : actor1 };
        }
        if (p.Actor2 is { } actor2)
        {
            result = result with { Actor2 = actor2.Length == 0 ? null : actor2 };
        }
        if (p.Date is { } date)
        {
            var end = p.DateEnd is { } e && e > date ? e : date;
            result = result with { DateStart = date, DateEnd = end, DatePrecision = end == date ? "day" : "range", DateEvidence = $"set by {correction.Author}" };
            if (result.ControlChange is { } moved)
            {
                result = result with { ControlChange = moved with { Date = end } };
            }
        }
        if (p.Control is { } control)
        {
            result = result with
            {
                ControlChange = control.NewController is not { } controller ? null
                    : result.ControlChange is { } existing ? existing with { NewController = controller, PreviousController = control.PreviousController, Confidence = 1 }
                    : result is { PlaceId: { } placeId, Lat: { } lat, Lon: { } lon }
                        ? new ControlChangeReport(placeId, result.PlaceName, lat, lon, result.DateEnd ?? result.DateStart, controller, control.PreviousController, "set by analyst", 1)
                        : null,
            };
        }
        if (p.Delete)
        {
            result = result with { Deleted = true, ControlChange = null };
        }
        return result;
    }

    private static Place ToPlace(CorrectionPlace p) =>
        new(p.Id, p.Name, p.Lat, p.Lon, p.FeatureClass, p.FeatureCode, p.Country, p.Admin1, null, 0, "analyst");
}
