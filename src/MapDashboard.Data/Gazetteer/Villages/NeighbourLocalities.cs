using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Data.Gazetteer.Villages;

/// <summary>
/// The WOF localities of Syria's neighbours joined with the cities500 places of the same countries: a locality with the
/// GeoNames id of a cities500 place adds its names to it, the others become places of their own (gn:&lt;id&gt;, or
/// wof:&lt;id&gt; without a GeoNames id).
/// </summary>
public static class NeighbourLocalities
{
    /// <summary>The entries to write for these countries (the given cities500 entries included), and how many localities joined one.</summary>
    public static (List<PlaceEntry> Entries, int Joined) Merge(IReadOnlyList<WofLocality> localities, IReadOnlyList<PlaceEntry> cities500, Admin1Names admin1)
    {
        var records = new List<VillageRecord>();
        var byId = new Dictionary<string, VillageRecord>(StringComparer.Ordinal);
        foreach (var entry in cities500)
        {
            var record = new VillageRecord(entry.Place, entry.Names) { InCities500 = true };
            byId[entry.Place.Id] = record;
            records.Add(record);
        }
        var joined = 0;
        foreach (var locality in localities)
        {
            var id = locality.GeoNameId > 0 ? $"gn:{locality.GeoNameId}" : $"wof:{locality.WofId}";
            if (byId.TryGetValue(id, out var existing))
            {
                VillageMerger.AddLocality(existing, locality);
                joined++;
                continue;
            }
            var record = VillageMerger.FromWof(locality, admin1.ByName(locality.CountryCode, locality.Region));
            byId[id] = record;
            records.Add(record);
        }
        return (records.Select(r => r.ToEntry()).ToList(), joined);
    }
}
