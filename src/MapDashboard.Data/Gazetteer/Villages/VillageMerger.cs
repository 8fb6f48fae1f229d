using System.Text.RegularExpressions;
using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Data.Gazetteer.Villages;

/// <summary>
/// Merges Syria's three lists of populated places into one place per real village: OCHA's communities (the ids,
/// ocha:&lt;P-code&gt;, and the admin path), Who's On First's localities and GeoNames cities500 (joined by GeoNames id).
/// A WOF/GeoNames place joins an OCHA community within about 2 km (more for towns, whose points vary more) whose names
/// meet on a folded key, the Arabic name or the consonant skeleton; every spelling is kept as a name and the merged ids
/// as a concordance. Places that meet no community stay distinct and take the admin path of the nearest community of
/// their governorate.
/// </summary>
public static partial class VillageMerger
{
    /// <summary>Merges; returns the Syrian entries to write (the given cities500 entries included) and the counts.</summary>
    public static (List<PlaceEntry> Entries, VillageMergeReport Report) MergeSyria(
        IReadOnlyList<OchaCommunity> communities, IReadOnlyList<WofLocality> localities, IReadOnlyList<PlaceEntry> cities500, Admin1Names admin1)
    {
        var ocha = communities.Select(c => FromOcha(c, admin1)).ToList();
        var (others, wofJoinedGeoNames) = NeighbourLocalities.Join(localities, cities500, admin1);

        var grid = new PointGrid(ocha);
        var merged = new HashSet<VillageRecord>();
        int joinedFold = 0, joinedArabic = 0, joinedSkeleton = 0;
        foreach (var record in others)
        {
            var reach = record.Place.Population >= 100_000 ? 8.0 : record.Place.Population >= 10_000 ? 4.0 : 2.0;
            var best = grid.Within(record.Place.Lat, record.Place.Lon, reach)
                .Select(c => (c.Record, c.Km, Match: c.Record.NameMatch(record)))
                .Where(c => c.Match > 0)
                .OrderByDescending(c => c.Match).ThenBy(c => c.Km).ThenBy(c => c.Record.Place.Id, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best.Record is null)
            {
                continue;
            }
            Absorb(best.Record, record);
            merged.Add(record);
            _ = best.Match switch { 3 => joinedFold++, 2 => joinedArabic++, _ => joinedSkeleton++ };
        }

        var alone = others.Where(r => !merged.Contains(r)).ToList();
        foreach (var record in alone)
        {
            var governorate = record.Place.Admin1;
            var nearest = grid.Nearest(record.Place.Lat, record.Place.Lon, c => governorate is null || c.Place.Admin1 == governorate);
            if (nearest is not null)
            {
                record.Place = record.Place with
                {
                    Admin1 = nearest.Place.Admin1, Admin2 = nearest.Place.Admin2, Admin3 = nearest.Place.Admin3,
                };
            }
        }
        var entries = ocha.Concat(alone).Select(r => r.ToEntry()).ToList();
        var report = new VillageMergeReport(communities.Count, localities.Count, cities500.Count, wofJoinedGeoNames,
            joinedFold, joinedArabic, joinedSkeleton, ocha.Count(r => r.OtherIds.Count > 0), alone.Count, entries.Count);
        return (entries, report);
    }

    /// <summary>An OCHA community alone: its P-code id, OCHA's names (bracketed disambiguator dropped, joined names apart) and admin path.</summary>
    internal static VillageRecord FromOcha(OchaCommunity c, Admin1Names admin1)
    {
        var name = Disambiguator().Replace(c.NameEn, "").Trim();
        var nameAr = c.NameAr is null ? null : c.NameAr.Split(" - ")[0].Trim();
        var place = new Place($"ocha:{c.Pcode}", name.Length > 0 ? name : c.NameEn, c.Lat, c.Lon, "P", "PPL", "SY",
            admin1.ByPcode(c.Admin1Pcode) ?? admin1.ByName("SY", c.Admin1En) ?? c.Admin1En, c.Admin2En, 0, c.Source, null, c.Admin3En, nameAr);
        var record = new VillageRecord(place, [new PlaceName(place.Name, "en", "primary"), new PlaceName(c.NameEn, "en", "ascii")]);
        foreach (var english in Parts(name).Append(c.Admin4En).OfType<string>())
        {
            record.AddName(new PlaceName(english, "en", "ascii"));
        }
        if (FusedArticle.Without(place.Name, nameAr) is { } unfused)
        {
            record.AddName(new PlaceName(unfused, "en", "alternate"));
        }
        foreach (var arabic in Parts(c.NameAr).Prepend(nameAr).OfType<string>())
        {
            record.AddName(new PlaceName(arabic, "ar", "alternate"));
        }
        return record;
    }

    /// <summary>A WOF locality alone (its GeoNames id, when it has one, is its id).</summary>
    internal static VillageRecord FromWof(WofLocality w, string? admin1)
    {
        var id = w.GeoNameId > 0 ? $"gn:{w.GeoNameId}" : $"wof:{w.WofId}";
        var code = w.FeatureCode ?? (w.PlaceType == "neighbourhood" ? "PPLX" : "PPL");
        var place = new Place(id, w.Name, w.Lat, w.Lon, "P", code, w.CountryCode, admin1 ?? w.Region, null, w.Population, w.Source, null, null, w.NameAr?.Split('|')[0]);
        var record = new VillageRecord(place, [new PlaceName(w.Name, null, "primary")]);
        AddLocality(record, w);
        return record;
    }

    /// <summary>Adds a WOF locality's names, id, Arabic name and population to a record of the same place.</summary>
    internal static void AddLocality(VillageRecord record, WofLocality w)
    {
        record.AddName(new PlaceName(w.Name, null, "ascii"));
        if (w.GnName is not null)
        {
            record.AddName(new PlaceName(w.GnName, null, "ascii"));
        }
        foreach (var alternate in w.AltNames)
        {
            record.AddName(new PlaceName(alternate, null, "alternate"));
        }
        foreach (var arabic in (w.NameAr ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            record.AddName(new PlaceName(arabic, "ar", "alternate"));
        }
        record.OtherIds.Add($"wof:{w.WofId}");
        record.Place = record.Place with
        {
            Population = Math.Max(record.Place.Population, w.Population),
            NameAr = record.Place.NameAr ?? w.NameAr?.Split('|')[0],
        };
    }

    /// <summary>Folds a GeoNames/WOF record into the OCHA community it is: names, ids, and the better-known name, point and code.</summary>
    private static void Absorb(VillageRecord community, VillageRecord other)
    {
        foreach (var name in other.Names)
        {
            community.AddName(name.Kind == "primary" ? name with { Kind = "ascii" } : name);
        }
        community.OtherIds.Add(other.Place.Id);
        community.OtherIds.AddRange(other.OtherIds);
        var p = community.Place;
        var o = other.Place;
        var known = other.InCities500 && (p.Population == 0 || o.Population > p.Population);
        community.Place = p with
        {
            Name = known ? o.Name : p.Name,
            Lat = known ? o.Lat : p.Lat,
            Lon = known ? o.Lon : p.Lon,
            FeatureCode = (known || p.FeatureCode == "PPL") && o.FeatureCode is not ("PPLQ" or "PPLH" or "PPLW") ? o.FeatureCode : p.FeatureCode,
            Population = Math.Max(p.Population, o.Population),
            Source = p.Source.Contains(o.Source, StringComparison.Ordinal) ? p.Source : $"{p.Source}+{o.Source}",
            NameAr = p.NameAr ?? o.NameAr,
        };
        if (known)
        {
            var names = community.Names;
            var primary = names.FindIndex(n => n.Kind == "primary");
            var chosen = names.FindIndex(n => n.Name == o.Name);
            if (primary >= 0 && chosen >= 0 && primary != chosen)
            {
                (names[primary], names[chosen]) = (names[primary] with { Kind = "ascii" }, names[chosen] with { Kind = "primary" });
            }
        }
    }

    /// <summary>The names OCHA joins into one ("Tarahiyeh - Sheikh Salem", "الروضة / طرجانو الحفة", "الصياح_صياح ظاهرية"), each alone.</summary>
    private static IEnumerable<string> Parts(string? name) =>
        name is null ? [] : name.Split([" - ", " / ", "_", "/"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(p => p != name);

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Disambiguator();
}
