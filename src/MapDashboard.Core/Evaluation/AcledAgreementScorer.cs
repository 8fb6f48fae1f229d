using System.Globalization;
using System.Text;
using MapDashboard.Core.Events;
using MapDashboard.Core.Geo;

namespace MapDashboard.Core.Evaluation;

/// <summary>
/// Compares the coder's reading of ACLED rows' notes with the rows: event found, type and sub-type (with a confusion
/// matrix), location within 10 km and in the same second-level division, exact date, first actor after the alias map,
/// the territory's gainer on territory rows, and exact fatalities.
/// </summary>
public static class AcledAgreementScorer
{
    /// <summary>The label of "no event" in the confusion matrix.</summary>
    public const string NoEvent = "(no event)";

    /// <summary>
    /// Scores pairs of row and prediction; <paramref name="canonical"/> maps a faction id at a date to the id compared
    /// (lineage and units: Jabhat Fatah al-Sham in 2018 is Hayat Tahrir al-Sham; the Tiger Forces are the army);
    /// <paramref name="side"/>, when given, maps a faction id at a date to the side of the war compared for the gainer's
    /// side (the government's camp, the opposition, the Islamic State ...; null where no side is known, which never agrees).
    /// </summary>
    public static AcledAgreement Score(IReadOnlyList<(AcledCodedRow Row, AcledPrediction Predicted)> pairs, Func<string, DateOnly, string> canonical,
        Func<string, DateOnly, string?>? side = null)
    {
        int found = 0, type = 0, sub = 0, within = 0, located = 0, admin2 = 0, date = 0, actor = 0, mapped = 0, territory = 0, change = 0, direction = 0, fatalities = 0;
        var sideAgree = 0;
        var confusion = new Dictionary<(string, string), int>();
        var byPrecision = new SortedDictionary<int, int[]>(); // rows, within 10 km, placed
        foreach (var (row, p) in pairs)
        {
            var key = (row.SubType ?? row.Type, p.Found ? p.SubType ?? p.Type ?? NoEvent : NoEvent);
            confusion[key] = confusion.GetValueOrDefault(key) + 1;
            var gold = row.Actor1Faction is { } g ? canonical(g, row.Date) : null;
            mapped += gold is null ? 0 : 1;
            int[]? atPrecision = null;
            if (row.GeoPrecision is { } precision && !byPrecision.TryGetValue(precision, out atPrecision))
            {
                byPrecision[precision] = atPrecision = new int[3];
            }
            if (atPrecision is not null)
            {
                atPrecision[0]++;
            }
            var isTerritory = row.SubType is EventType.GovernmentRegainsTerritory or EventType.NonStateActorOvertakesTerritory;
            territory += isTerritory ? 1 : 0;
            if (!p.Found)
            {
                continue;
            }
            found++;
            type += p.Type == row.Type ? 1 : 0;
            sub += p.SubType == row.SubType ? 1 : 0;
            if (p.Lat is { } lat && p.Lon is { } lon)
            {
                var near = GeoDistance.Kilometres(lat, lon, row.Lat, row.Lon) <= 10 ? 1 : 0;
                located++;
                within += near;
                if (atPrecision is not null)
                {
                    atPrecision[1] += near;
                    atPrecision[2]++;
                }
            }
            admin2 += SameName(p.Admin2, row.Admin2) ? 1 : 0;
            date += p.Date == row.Date ? 1 : 0;
            actor += gold is not null && p.Actor1Faction is { } a && canonical(a, row.Date) == gold ? 1 : 0;
            if (isTerritory && p.Gainer is { } gainer)
            {
                change++;
                direction += gold is not null && canonical(gainer, row.Date) == gold ? 1 : 0;
                sideAgree += side is not null && row.Actor1Faction is { } g1 && side(g1, row.Date) is { } goldSide && side(gainer, row.Date) == goldSide ? 1 : 0;
            }
            fatalities += row.Fatalities is { } f && p.Fatalities == f ? 1 : 0;
        }
        return new AcledAgreement(pairs.Count, found, type, sub, within, located, admin2, date, actor, mapped, territory, change, direction, fatalities, confusion)
        {
            ByPrecision = byPrecision.Select(b => new PrecisionAgreement(b.Key, b.Value[0], b.Value[1], b.Value[2])).ToList(),
            GainerSideAgree = side is null ? null : sideAgree,
        };
    }

    /// <summary>Whether two division names are the same once case, accents, articles ("al-") and punctuation are set aside.</summary>
    public static bool SameName(string? a, string? b) =>
        a is not null && b is not null && Fold(a).Length > 0 && Fold(a) == Fold(b);

    private static string Fold(string name)
    {
        var text = name.Normalize(NormalizationForm.FormD).ToLowerInvariant();
        var builder = new StringBuilder();
        foreach (var word in text.Split([' ', '-', '\'', '’', '`'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is "al" or "el" or "ar" or "as" or "ad" or "an" or "at" or "az" or "ash" or "district")
            {
                continue;
            }
            foreach (var c in word.Where(c => char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
