using System.Text.RegularExpressions;
using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// "A in eastern Hama", "A in the northern countryside of Aleppo", "A east of Homs": the compass part of a governorate
/// (as seen from its seat) or of a town that a report places A in. Among namesakes in the same governorate, those in
/// that part are the ones meant; the test is wide (a compass word covers a quarter of the map and then some).
/// </summary>
internal static class CompassSector
{
    /// <summary>Half the width of the sector a compass word covers, in degrees.</summary>
    public const double HalfWidth = 67.5;

    /// <summary>Half the width of the narrow part a compass word names (a quarter of the compass: "eastern" is east-north-east to east-south-east and then some).</summary>
    public const double NarrowHalfWidth = 45;

    /// <summary>Half the width of the side of the seat a compass word names (the half of the compass it faces).</summary>
    public const double SideHalfWidth = 90;

    /// <summary>Places this close to the reference point (km) lie in every part of it.</summary>
    private const double CentreKm = 3;

    private static readonly GeoparsingWords W = GeoparsingWords.Default;

    // "the north-western countryside of B", "the north eastern desert of B": the compass part of B named before it.
    private static readonly Regex PartBefore = new(@"\b((?:" + W.Alternation("direction") + @")(?:[\s-]+(?:" + W.Alternation("direction") + @"))?)\s+(?:"
        + W.Alternation("region-before", "region-after") + @")\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // "B eastern countryside", "B's northern countryside": the compass part of B named after it.
    private static readonly Regex PartAfter = new(@"^(?:'s)?\s+((?:" + W.Alternation("direction") + @")(?:[\s-]+(?:" + W.Alternation("direction") + @"))?)\s+(?:"
        + W.Alternation("region-after") + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The compass word that names a part of mention <paramref name="m"/> ("eastern B", "the northern countryside of B", "B eastern countryside").</summary>
    public static string? PartWord(string? text, PlaceMention m)
    {
        if ((m.Cues & MentionCue.Direction) != 0 && m.Direction is not null)
        {
            return m.Direction;
        }
        if (text is null)
        {
            return null;
        }
        var from = Math.Max(m.SentenceStart, m.Start - 60);
        var before = PartBefore.Match(text[from..m.Start]);
        if (before.Success)
        {
            return before.Groups[1].Value;
        }
        var after = PartAfter.Match(text[m.End..Math.Min(m.SentenceEnd, m.End + 40)]);
        return after.Success ? after.Groups[1].Value : null;
    }

    /// <summary>
    /// The parts of <paramref name="centre"/> to look for a namesake in, narrowest first: the quarter the bearing names,
    /// its wide part, then the side of the centre it faces. "A in eastern Hama" with one namesake due east and one to the
    /// north-north-east means the one due east; with none in the part, the one on the named side before one beyond it.
    /// </summary>
    public static Func<Place, bool>[] Parts(Place centre, double bearing, Func<Place, bool> inside) =>
        [.. new[] { NarrowHalfWidth, HalfWidth, SideHalfWidth }.Select(width => (Func<Place, bool>)(p => !p.IsArea && inside(p) && Contains(centre, bearing, p, width)))];

    /// <summary>The bearing (degrees from north) a compass word names, or null for a word without one ("central").</summary>
    public static double? Bearing(string? word)
    {
        if (string.IsNullOrEmpty(word))
        {
            return null;
        }
        var w = word.ToLowerInvariant();
        var north = w.Contains("north", StringComparison.Ordinal);
        var south = w.Contains("south", StringComparison.Ordinal);
        var east = w.Contains("east", StringComparison.Ordinal);
        var west = w.Contains("west", StringComparison.Ordinal);
        double? ns = north ? 0 : south ? 180 : null;
        double? ew = east ? 90 : west ? 270 : null;
        return (ns, ew) switch
        {
            (null, null) => null,
            ({ } a, null) => a,
            (null, { } b) => b,
            (0, 270) => 315,
            ({ } a, { } b) => (a + b) / 2,
        };
    }

    /// <summary>
    /// Whether <paramref name="place"/> lies in the part of <paramref name="centre"/> that the bearing names, within
    /// <paramref name="halfWidth"/> degrees of it (the wide part unless told).
    /// </summary>
    public static bool Contains(Place centre, double bearing, Place place, double halfWidth = HalfWidth)
    {
        var dLat = place.Lat - centre.Lat;
        var dLon = (place.Lon - centre.Lon) * Math.Cos(centre.Lat * Math.PI / 180);
        if (Math.Sqrt(dLat * dLat + dLon * dLon) * 111.2 < CentreKm)
        {
            return true;
        }
        var towards = (Math.Atan2(dLon, dLat) * 180 / Math.PI + 360) % 360;
        var difference = Math.Abs(towards - bearing) % 360;
        return Math.Min(difference, 360 - difference) <= halfWidth;
    }
}
