using System.Globalization;
using MapDashboard.Core.Actors;
using MapDashboard.Core.Articles;
using MapDashboard.Core.Events;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;

using MapDashboard.Core.Tests.Pipeline;

namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Runs a battery file (tests/data/coding/*.tsv: sentence, sub-type, actor 1, actor 2, gainer, fatalities, optionally the event count and the first event's first day) through the
/// geoparser over a small index of real Syrian places and the event coder, and lists the sentences coded otherwise.
/// </summary>
internal static class CodingBattery
{
    private static Place P(string id, string name, double lat, double lon, string code = "PPL", long population = 10_000, string country = "SY") =>
        new(id, name, lat, lon, code == "ADM1" ? "A" : "P", code, country, null, null, population, "test");

    private static readonly (string, Place)[] Places =
    [
        ("Saraqib", P("t:saraqib", "Saraqib", 35.8623, 36.8006)), ("Kafr Nabl", P("t:kafr-nabl", "Kafr Nabl", 35.6134, 36.5612)),
        ("Palmyra", P("t:palmyra", "Palmyra", 34.5503, 38.2684)), ("Raqqa", P("t:raqqa", "Raqqa", 35.9528, 39.0079, "PPLA", 200_000)),
        ("Manbij", P("t:manbij", "Manbij", 36.5281, 37.9549)), ("Douma", P("t:douma", "Douma", 33.5711, 36.4026)),
        ("Daraa", P("t:daraa", "Daraa", 32.6189, 36.1021, "PPLA", 100_000)), ("Tall Rifaat", P("t:tall-rifaat", "Tall Rifaat", 36.4733, 37.0972)),
        ("Qamishli", P("t:qamishli", "Qamishli", 37.0522, 41.2317)), ("Jisr al-Shughur", P("t:jisr", "Jisr al-Shughur", 35.8126, 36.3176)),
        ("Homs", P("t:homs", "Homs", 34.7324, 36.7137, "PPLA", 700_000)), ("Hama", P("t:hama", "Hama", 35.1318, 36.7578, "PPLA", 500_000)),
        ("Khan Shaykhun", P("t:khan-shaykhun", "Khan Shaykhun", 35.4417, 36.6508)), ("Aleppo", P("t:aleppo", "Aleppo", 36.2021, 37.1343, "PPLA", 1_600_000)),
        ("Dumayr", P("t:dumayr", "Dumayr", 33.6436, 36.6936)), ("Azaz", P("t:azaz", "Azaz", 36.5866, 37.0463)),
        ("Afrin", P("t:afrin", "Afrin", 36.5119, 36.8692)), ("Suwayda", P("t:suwayda", "Suwayda", 32.7089, 36.5695, "PPLA", 100_000)),
        ("Idlib", P("t:idlib", "Idlib", 35.9306, 36.6339, "PPLA", 160_000)),
        ("Maarat al-Numan", P("t:maarat-al-numan", "Maarat al-Numan", 35.6479, 36.6740)), ("Tabqa", P("t:tabqa", "Tabqa", 35.8361, 38.5481)),
        ("Mayadin", P("t:mayadin", "Mayadin", 35.0204, 40.4526)), ("Sukhnah", P("t:sukhnah", "Sukhnah", 34.8853, 38.8711)),
        ("Salamiyah", P("t:salamiyah", "Salamiyah", 35.0113, 37.0532)), ("Qusayr", P("t:qusayr", "Qusayr", 34.5078, 36.5803)),
        ("Latakia", P("t:latakia", "Latakia", 35.5317, 35.7918, "PPLA", 400_000)),
        ("Morek", P("t:morek", "Morek", 35.3762, 36.6897)), ("Qaryatayn", P("t:qaryatayn", "Qaryatayn", 34.2296, 37.2407)),
        ("Hajin", P("t:hajin", "Hajin", 34.6951, 40.8314)), ("Sarmada", P("t:sarmada", "Sarmada", 36.1866, 36.7239)),
        ("Jandairis", P("t:jandairis", "Jandairis", 36.3950, 36.6889)), ("Kafr Zita", P("t:kafr-zita", "Kafr Zita", 35.3743, 36.6033)),
        ("Arak", P("t:arak", "Arak", 34.6399, 38.5692)), ("Latamna", P("t:latamna", "Latamna", 35.3208, 36.6232)),
        ("Busayrah", P("t:busayrah", "Busayrah", 35.1562, 40.4272)), ("Ain Issa", P("t:ain-issa", "Ain Issa", 36.3855, 38.8623)),
        ("Hasakah", P("t:hasakah", "Hasakah", 36.5024, 40.7477, "PPLA", 180_000)), ("Shaddadi", P("t:shaddadi", "Shaddadi", 36.0576, 40.7348)),
        ("Tal Tamr", P("t:tal-tamr", "Tal Tamr", 36.6556, 40.3708)), ("Abu Khashab", P("t:abu-khashab", "Abu Khashab", 36.6304, 41.2742)),
        ("Jasim", P("t:jasim", "Jasim", 32.9913, 36.0609)), ("Nawa", P("t:nawa", "Nawa", 32.8865, 36.0391)),
        ("Sanamayn", P("t:sanamayn", "Sanamayn", 33.0719, 36.1832)), ("Inkhil", P("t:inkhil", "Inkhil", 33.0181, 36.1283)),
        ("Tafas", P("t:tafas", "Tafas", 32.7371, 36.0665)), ("Dael", P("t:dael", "Dael", 32.7535, 36.1308)),
        ("Busra al-Sham", P("t:busra-al-sham", "Busra al-Sham", 32.5174, 36.4816)),
        ("Jarabulus", P("t:jarabulus", "Jarabulus", 36.8175, 38.0111)), ("Kobani", P("t:kobani", "Kobani", 36.8909, 38.3535)),
        ("Sarrin", P("t:sarrin", "Sarrin", 36.5884, 38.2979)),
        ("Susah", P("t:susah", "Susah", 34.5562, 40.9353)), ("Hish", P("t:hish", "Hish", 35.5489, 36.6428)),
        ("Kafr Nabudah", P("t:kafr-nabudah", "Kafr Nabudah", 35.4430, 36.5038)), ("Kafr Halab", P("t:kafr-halab", "Kafr Halab", 36.1180, 36.8960)),
        // Towns of other wars (session 22): the coder's generality beyond Syria's places.
        ("Mosul", P("t:mosul", "Mosul", 36.3350, 43.1189, "PPLA", 1_400_000, "IQ")), ("Kirkuk", P("t:kirkuk", "Kirkuk", 35.4681, 44.3922, "PPLA", 900_000, "IQ")),
        ("Tikrit", P("t:tikrit", "Tikrit", 34.6071, 43.6782, "PPLA", 160_000, "IQ")), ("Marib", P("t:marib", "Marib", 15.4542, 45.3263, "PPLA", 40_000, "YE")),
        ("Hodeidah", P("t:hodeidah", "Hodeidah", 14.7978, 42.9545, "PPLA", 600_000, "YE")), ("Kharkiv", P("t:kharkiv", "Kharkiv", 49.9935, 36.2304, "PPLA", 1_400_000, "UA")),
        ("Gao", P("t:gao", "Gao", 16.2666, -0.0400, "PPLA", 80_000, "ML")),
        // Towns of other wars (session 23's held-out rows).
        ("Ramadi", P("t:ramadi", "Ramadi", 33.4206, 43.3078, "PPLA", 500_000, "IQ")), ("Fallujah", P("t:fallujah", "Fallujah", 33.3500, 43.7833, "PPL", 250_000, "IQ")),
        ("Aden", P("t:aden", "Aden", 12.7797, 45.0367, "PPLA", 800_000, "YE")), ("Taiz", P("t:taiz", "Taiz", 13.5795, 44.0209, "PPLA", 600_000, "YE")),
        ("Benghazi", P("t:benghazi", "Benghazi", 32.1167, 20.0667, "PPLA", 650_000, "LY")), ("Sirte", P("t:sirte", "Sirte", 31.2089, 16.5887, "PPLA", 80_000, "LY")),
        ("Kherson", P("t:kherson", "Kherson", 46.6354, 32.6169, "PPLA", 280_000, "UA")), ("Timbuktu", P("t:timbuktu", "Timbuktu", 16.7735, -3.0074, "PPLA", 55_000, "ML")),
        ("Mandalay", P("t:mandalay", "Mandalay", 21.9750, 96.0836, "PPLA", 1_200_000, "MM")), ("Lashio", P("t:lashio", "Lashio", 22.9333, 97.7500, "PPL", 130_000, "MM")),
    ];

    private static readonly Geoparser Parser = TestPipeline.GeoparserOver(PlaceIndex.Build(Places));
    private static readonly EventCoder Coder = TestPipeline.Coder();

    /// <summary>The first event coded from a text published on a fixed day.</summary>
    public static List<CodedEvent> Code(string text) => BatteryFiles.Code(Parser, Coder, text, new DateOnly(2019, 5, 10));

    /// <summary>Every row of a battery file and, for those coded otherwise, what was coded.</summary>
    public static (int Rows, List<string> Failures) Run(string file)
    {
        var rows = BatteryFiles.Rows("coding", file);
        var failures = new List<string>();
        foreach (var r in rows)
        {
            var events = Code(r[0]);
            var e = events.FirstOrDefault();
            // The gainer column is a change of hands: a disputed capture (a contested claim) gains nothing.
            var gainer = e?.ControlChange is { Contested: false } change ? change.NewController : null;
            var got = e is null ? "none" : $"{e.SubType} | {e.Actor1 ?? "-"} | {e.Actor2 ?? "-"} | {gainer ?? "-"} | {e.Fatalities?.ToString() ?? "-"} | {events.Count} events | {Day(e)}";
            bool Check(string expected, string? actual) => expected == "*" || expected == (actual ?? "-");
            var ok = r[1] == "none" ? e is null
                : e is not null && Check(r[1], e.SubType) && Check(r[2], e.Actor1) && Check(r[3], e.Actor2)
                  && Check(r[4], gainer) && Check(r[5], e.Fatalities?.ToString())
                  && Check(r.Length > 6 ? r[6] : "*", events.Count.ToString(CultureInfo.InvariantCulture))
                  && Check(r.Length > 7 ? r[7] : "*", Day(e));
            if (!ok)
            {
                failures.Add($"{r[0]}\n    expected {string.Join(" | ", r.Skip(1))}\n    got      {got}");
            }
        }
        return (rows.Count, failures);
    }

    private static string? Day(CodedEvent e) => e.When.First?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
