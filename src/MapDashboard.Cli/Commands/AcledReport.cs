using System.Globalization;
using System.Text;
using MapDashboard.Core.Evaluation;
using MapDashboard.Core.Geo;

namespace MapDashboard.Cli.Commands;

/// <summary>The text, JSON and per-row forms of the ACLED agreement report.</summary>
public static class AcledReport
{
    /// <summary>The figures as text, then the sub-event confusion matrix (rows: human coding; columns: machine).</summary>
    public static string Text(AcledAgreement s)
    {
        var b = new StringBuilder();
        string Line(string label, int count, int of) => string.Create(CultureInfo.InvariantCulture,
            $"{label,-28} {count,5}/{of,-5} {(of == 0 ? 0 : (double)count / of),7:P1}");
        b.AppendLine(CultureInfo.InvariantCulture, $"rows                         {s.Rows}");
        if (s.SharedNotesRows > 0)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"  sharing notes and date     {s.SharedNotesRows,5}   (a report coded at several places: matched one-to-one to the coder's events, closest first)");
        }
        b.AppendLine(Line("event found", s.Found, s.Rows));
        b.AppendLine(Line("event type agrees", s.TypeAgree, s.Rows));
        b.AppendLine(Line("sub-event type agrees", s.SubTypeAgree, s.Rows));
        b.AppendLine(Line("location within 10 km", s.Within10Km, s.Rows) + $"   ({s.Located} events placed)");
        foreach (var p in s.ByPrecision)
        {
            b.AppendLine(Line($"  geo-precision {p.Precision} ({PrecisionLabel(p.Precision)})", p.Within10Km, p.Rows) + $"   ({p.Located} placed)");
        }
        b.AppendLine(Line("same admin2", s.SameAdmin2, s.Rows));
        b.AppendLine(Line("date exact", s.DateExact, s.Rows));
        b.AppendLine(Line("actor 1 agrees", s.Actor1Agree, s.Rows));
        b.AppendLine(Line("  of rows with a mapped actor", s.Actor1Agree, s.Actor1Mapped));
        b.AppendLine(Line("territory: change found", s.ChangeFound, s.TerritoryRows));
        b.AppendLine(Line("territory: direction agrees", s.DirectionAgree, s.TerritoryRows));
        if (s.GainerSideAgree is { } sideAgree)
        {
            b.AppendLine(Line("  gainer's side agrees", sideAgree, s.TerritoryRows) + "   (the same side of the war as the human actor 1; units and allied factions agree)");
        }
        b.AppendLine(Line("fatalities exact", s.FatalitiesExact, s.Rows));
        b.AppendLine();
        b.AppendLine("sub-event confusion (human coding -> machine coding: rows)");
        foreach (var gold in s.Confusion.Keys.Select(k => k.Gold).Distinct().OrderBy(g => g, StringComparer.Ordinal))
        {
            var cells = s.Confusion.Where(c => c.Key.Gold == gold).OrderByDescending(c => c.Value)
                .Select(c => $"{c.Key.Predicted}: {c.Value}");
            b.AppendLine(CultureInfo.InvariantCulture, $"  {gold} -> {string.Join("; ", cells)}");
        }
        return b.ToString();
    }

    /// <summary>The figures as an object for JSON.</summary>
    public static object Json(AcledAgreement s) => new
    {
        rows = s.Rows,
        sharedNotesRows = s.SharedNotesRows,
        eventFound = R(s.Rate(s.Found)),
        eventTypeAgrees = R(s.Rate(s.TypeAgree)),
        subEventTypeAgrees = R(s.Rate(s.SubTypeAgree)),
        locationWithin10Km = R(s.Rate(s.Within10Km)),
        locationByPrecision = s.ByPrecision.Select(p => new { precision = p.Precision, rows = p.Rows, within10Km = R(p.Rate), placed = p.Located }).ToList(),
        sameAdmin2 = R(s.Rate(s.SameAdmin2)),
        dateExact = R(s.Rate(s.DateExact)),
        actor1Agrees = R(s.Rate(s.Actor1Agree)),
        actor1AgreesOfMapped = R(s.Actor1RateOfMapped),
        actor1Mapped = s.Actor1Mapped,
        territoryRows = s.TerritoryRows,
        territoryChangeFound = s.ChangeFound,
        directionAgrees = R(s.DirectionRate),
        gainerSideAgrees = s.GainerSideAgree is { } sideAgree && s.TerritoryRows > 0 ? R((double)sideAgree / s.TerritoryRows) : (double?)null,
        fatalitiesExact = R(s.Rate(s.FatalitiesExact)),
        confusion = s.Confusion.OrderBy(c => c.Key.Gold, StringComparer.Ordinal).ThenByDescending(c => c.Value)
            .Select(c => new { human = c.Key.Gold, machine = c.Key.Predicted, rows = c.Value }).ToList(),
    };

    /// <summary>One row: the human coding, then the machine's.</summary>
    public static string Detail(AcledCodedRow row, AcledPrediction p)
    {
        var human = string.Create(CultureInfo.InvariantCulture,
            $"{row.EventId} {row.Date:yyyy-MM-dd} | human: {row.SubType} | {row.Actor1Faction ?? row.Actor1 ?? "-"} | {row.Location} | {row.Fatalities}");
        var machine = !p.Found ? "no event" : string.Create(CultureInfo.InvariantCulture,
            $"{p.SubType} | {p.Actor1Faction ?? "-"} | {p.PlaceName ?? "-"}{Distance(row, p)} | {p.Date:yyyy-MM-dd} | gainer {p.Gainer ?? "-"} | fatalities {p.Fatalities?.ToString(CultureInfo.InvariantCulture) ?? "-"} | {p.EventCount} events");
        return human + "\n    machine: " + machine;
    }

    /// <summary>" (12.3 km off)" after a placed event's name: how far it is from the human coders' point.</summary>
    private static string Distance(AcledCodedRow row, AcledPrediction p) => p.Lat is { } lat && p.Lon is { } lon
        ? string.Create(CultureInfo.InvariantCulture, $" ({GeoDistance.Kilometres(lat, lon, row.Lat, row.Lon):0.#} km off)")
        : "";

    /// <summary>What ACLED's geo-precision codes mean (its codebook), for the report's labels.</summary>
    private static string PrecisionLabel(int precision) => precision switch
    {
        1 => "place",
        2 => "near",
        3 => "region",
        _ => "other",
    };

    private static double R(double value) => Math.Round(value, 4);
}
