using System.Text;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Data.Gazetteer.Index;

/// <summary>
/// The geoparser's place index prebuilt into a compact binary file beside gazetteer.db, so that start-up reads keys
/// already folded instead of querying and folding the whole gazetteer. The file carries a stamp (the gazetteer's build
/// and change count, and what the index was selected with), the stamp of the folding rules its keys were made with
/// (<see cref="NameFolding.RulesStamp"/>: a changed transliteration.tsv changes it, however few names the change
/// touches) and a sample of names with their keys: a file whose stamps differ, whose sample folds differently today,
/// or that is damaged or truncated is not used (the loader then builds the index again and rewrites the file).
/// </summary>
public static class PlaceIndexFile
{
    /// <summary>Changes whenever the file layout or the way <see cref="PlaceIndex"/> derives its keys changes.</summary>
    public const int FormatVersion = 4;

    private const string Magic = "MAPDASH-PLACEINDEX";
    private const string EndMark = "END-PLACEINDEX";
    private const int SampleSize = 256;

    /// <summary>Where the index file of the gazetteer at <paramref name="databasePath"/> lives.</summary>
    public static string PathFor(string databasePath) => Path.ChangeExtension(databasePath, ".placeindex");

    /// <summary>Writes <paramref name="index"/> with <paramref name="stamp"/> to <paramref name="path"/> (a temporary file moved in place).</summary>
    public static void Write(string path, PlaceIndex index, string stamp) => Write(path, index, stamp, NameFolding.RulesStamp);

    /// <summary>Writes the file as if its keys had been folded under <paramref name="foldingStamp"/> (tests of a stale file).</summary>
    internal static void Write(string path, PlaceIndex index, string stamp, string foldingStamp)
    {
        var temp = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8))
            {
                Write(writer, index.ToSnapshot(), stamp, foldingStamp);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>
    /// Reads the index at <paramref name="path"/> when it was written with <paramref name="stamp"/> and still folds as
    /// today; otherwise null, with the reason in <paramref name="reason"/>.
    /// </summary>
    public static PlaceIndex? TryRead(string path, string stamp, out string reason)
    {
        if (!File.Exists(path))
        {
            reason = "there is no index file";
            return null;
        }
        try
        {
            // Read whole into memory: a reader over a memory stream reads numbers and strings without a stream call each.
            using var stream = new MemoryStream(File.ReadAllBytes(path), writable: false);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion)
            {
                reason = "the index file has another format";
                return null;
            }
            if (reader.ReadString() != stamp)
            {
                reason = "the index file was made from another state of the gazetteer";
                return null;
            }
            if (reader.ReadString() is var folding && folding != NameFolding.RulesStamp)
            {
                reason = $"the index file's names were folded under other spelling rules ({folding}, today {NameFolding.RulesStamp}); "
                    + "it is rebuilt at start, or with `./mapdash gazetteer build`";
                return null;
            }
            var index = Read(reader, out reason);
            return index;
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or InvalidDataException or IndexOutOfRangeException or ArgumentException or DecoderFallbackException)
        {
            reason = $"the index file is damaged ({ex.Message})";
            return null;
        }
    }

    private static void Write(BinaryWriter writer, PlaceIndexSnapshot snapshot, string stamp, string foldingStamp)
    {
        var strings = StringTable.Empty();
        var places = new Dictionary<Place, int>(ReferenceEqualityComparer.Instance);
        var placeList = new List<Place>();
        foreach (var map in new[] { snapshot.ByFold, snapshot.BySkeleton })
        {
            foreach (var (key, entries) in map)
            {
                strings.Add(key);
                foreach (var (place, name) in entries)
                {
                    strings.Add(name);
                    if (places.TryAdd(place, placeList.Count))
                    {
                        placeList.Add(place);
                        foreach (var text in PlaceStrings(place))
                        {
                            strings.Add(text);
                        }
                    }
                }
            }
        }
        foreach (var set in new[] { snapshot.LexiconKeys, snapshot.LexiconPrefixes, snapshot.LexiconSkeletons })
        {
            foreach (var key in set)
            {
                strings.Add(key);
            }
        }
        var sample = Sample(snapshot.ByFold);
        foreach (var (name, fold, skeleton) in sample)
        {
            strings.Add(name);
            strings.Add(fold);
            strings.Add(skeleton);
        }

        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(stamp);
        writer.Write(foldingStamp);
        strings.WriteTo(writer);
        writer.Write(placeList.Count);
        foreach (var place in placeList)
        {
            writer.Write(place.Lat);
            writer.Write(place.Lon);
            writer.Write(place.Population);
            foreach (var text in PlaceStrings(place))
            {
                writer.Write(strings.IndexOf(text));
            }
        }
        foreach (var map in new[] { snapshot.ByFold, snapshot.BySkeleton })
        {
            writer.Write(map.Count);
            foreach (var (key, entries) in map)
            {
                writer.Write(strings.IndexOf(key));
                writer.Write(entries.Length);
                foreach (var (place, name) in entries)
                {
                    writer.Write(places[place]);
                    writer.Write(strings.IndexOf(name));
                }
            }
        }
        foreach (var set in new[] { snapshot.LexiconKeys, snapshot.LexiconPrefixes, snapshot.LexiconSkeletons })
        {
            writer.Write(set.Count);
            foreach (var key in set)
            {
                writer.Write(strings.IndexOf(key));
            }
        }
        writer.Write(snapshot.MaxWords);
        writer.Write(snapshot.PlaceCount);
        writer.Write(sample.Count);
        foreach (var (name, fold, skeleton) in sample)
        {
            writer.Write(strings.IndexOf(name));
            writer.Write(strings.IndexOf(fold));
            writer.Write(strings.IndexOf(skeleton));
        }
        writer.Write(EndMark);
    }

    private static PlaceIndex? Read(BinaryReader reader, out string reason)
    {
        var strings = StringTable.ReadFrom(reader);
        var places = new Place[reader.ReadInt32()];
        for (var i = 0; i < places.Length; i++)
        {
            var (lat, lon, population) = (reader.ReadDouble(), reader.ReadDouble(), reader.ReadInt64());
            string? Next() => strings.At(reader.ReadInt32());
            places[i] = new Place(Next()!, Next()!, lat, lon, Next()!, Next()!, Next(), Next(), Next(), population, Next()!, Next(), Next(), Next());
        }
        var byFold = ReadMap(reader, strings, places);
        var bySkeleton = ReadMap(reader, strings, places);
        var keys = ReadSet(reader, strings);
        var prefixes = ReadSet(reader, strings);
        var skeletons = ReadSet(reader, strings);
        var (maxWords, placeCount) = (reader.ReadInt32(), reader.ReadInt32());
        var samples = reader.ReadInt32();
        for (var i = 0; i < samples; i++)
        {
            var (name, fold, skeleton) = (strings.At(reader.ReadInt32())!, strings.At(reader.ReadInt32()), strings.At(reader.ReadInt32()));
            if (NameFolding.Fold(name) != fold || NameFolding.Skeleton(name) != skeleton)
            {
                reason = $"names fold differently now than when the index file was written ('{name}')";
                return null;
            }
        }
        if (reader.ReadString() != EndMark)
        {
            throw new InvalidDataException("no end mark");
        }
        reason = "";
        return PlaceIndex.FromSnapshot(new PlaceIndexSnapshot(byFold, bySkeleton, keys, prefixes, skeletons, maxWords, placeCount));
    }

    private static Dictionary<string, (Place Place, string Name)[]> ReadMap(BinaryReader reader, StringTable strings, Place[] places)
    {
        var count = reader.ReadInt32();
        var map = new Dictionary<string, (Place, string)[]>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = strings.At(reader.ReadInt32())!;
            var entries = new (Place, string)[reader.ReadInt32()];
            for (var j = 0; j < entries.Length; j++)
            {
                entries[j] = (places[reader.ReadInt32()], strings.At(reader.ReadInt32())!);
            }
            map.Add(key, entries);
        }
        return map;
    }

    private static HashSet<string> ReadSet(BinaryReader reader, StringTable strings)
    {
        var count = reader.ReadInt32();
        var set = new HashSet<string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            set.Add(strings.At(reader.ReadInt32())!);
        }
        return set;
    }

    /// <summary>The place's text fields in file order (the constructor's order, numbers left out).</summary>
    private static string?[] PlaceStrings(Place p) =>
        [p.Id, p.Name, p.FeatureClass, p.FeatureCode, p.CountryCode, p.Admin1, p.Admin2, p.Source, p.Wkt, p.Admin3, p.NameAr];

    /// <summary>Names spread over the index with the keys they were stored under: a check that folding has not changed since.</summary>
    private static List<(string Name, string Fold, string Skeleton)> Sample(Dictionary<string, (Place Place, string Name)[]> byFold)
    {
        var step = Math.Max(1, byFold.Count / SampleSize);
        return byFold.Where((_, i) => i % step == 0).Take(SampleSize)
            .Select(e => (e.Value[0].Name, e.Key, NameFolding.Skeleton(e.Value[0].Name))).ToList();
    }
}
