using MapDashboard.Data.Gazetteer;

namespace MapDashboard.Data.Tests.Gazetteer;

/// <summary>
/// Small village sources written by the tests on top of <see cref="SampleSources"/>: an OCHA community list, a WOF
/// list of Syria and one of Lebanon, with invented villages placed to exercise the merge (same village spelled twice
/// a few hundred metres apart, same name far apart, a WOF-only place between communities).
/// </summary>
internal static class VillageSampleSources
{
    public const string OchaHeader = "location_pcode\tlocation_type\tname_en\tname_ar\tadmin4_pcode\tadmin4_en\tadmin4_ar\tadmin3_pcode\tadmin3_en\tadmin3_ar\tadmin2_pcode\tadmin2_en\tadmin1_pcode\tadmin1_en\tlat\tlon\tlast_update";
    public const string WofHeader = "wof_id\tgeonameid\tname\tgn_name\tname_ar\talt_names\tplacetype\tfeature_code\tlat\tlon\tpopulation\tis_current\tregion\tcounty\tsrc";

    public static GazetteerSources Write(string folder)
    {
        var sources = SampleSources.Write(folder);
        var villages = Path.Combine(folder, "villages");
        Directory.CreateDirectory(villages);
        File.WriteAllLines(Path.Combine(villages, GazetteerSources.OchaFile), [
            OchaHeader,
            Ocha("C9001", "Tal Hamra", "تل حمرا", "Tadaf", "Al Bab", "SY02", "Aleppo", 36.0, 37.0),
            Ocha("C9002", "Tal Hamra", "تل حمرا", "Rasm Haram", "Al Bab", "SY02", "Aleppo", 36.3, 37.3),
            Ocha("C9003", "Kafer Nasr", "كفر نصر", "Ehsem", "Ariha", "SY07", "Idleb", 35.8, 36.6),
            Ocha("C9004", "Deir Warda (Ariha)", "دير وردة", "Ehsem", "Ariha", "SY07", "Idleb", 35.75, 36.55),
            Ocha("C1202", "Al Bab", "الباب", "Al Bab", "Al Bab", "SY02", "Aleppo", 36.3712, 37.5168),
            "C9999\tCommunity\tNo Point\t\t\t\t\t\t\t\t\t\tSY02\tAleppo\tnorth\t37\t01/01/2020",
        ]);
        File.WriteAllLines(Path.Combine(villages, GazetteerSources.OchaAdmin1File), [
            "admin1_pcode\tadmin1_en\tiso_3166_2\tsource",
            "SY02\tAleppo\tSY-HL\ttest",
            "SY07\tIdleb\tSY-ID\ttest",
        ]);
        File.WriteAllLines(Path.Combine(villages, "wof_sy_localities.tsv"), [
            WofHeader,
            Wof(101, 0, "Tall Hamra", "", "Tell Hamra|Tall Hamrah", 36.004, 37.004, "Aleppo"),
            Wof(102, 0, "Tell Hamrah", "تل حمرا", "", 36.302, 37.309, "Aleppo"),
            Wof(103, 0, "Tall Hamra", "", "", 36.05, 37.06, "Aleppo"),
            Wof(104, 0, "Kfar Nasr", "", "Kafr Nasr", 35.809, 36.601, "Idlib"),
            Wof(105, 0, "Qasr Jadid", "قصر جديد", "", 35.79, 36.61, "Idlib"),
            Wof(106, 174018, "Al Bab", "الباب", "Al-Bab", 36.37051, 37.5157, "Aleppo"),
            Wof(107, 0, "Dayr Wardah", "", "", 35.751, 36.552, ""),
            "108\t0\tBroken\t\t\t\tlocality\tPPL\t35\tnot-a-number\t0\t-1\t\t\tgeonames",
        ]);
        File.WriteAllLines(Path.Combine(villages, "wof_lb_localities.tsv"), [
            WofHeader,
            Wof(201, 0, "Qaryat Jabal", "قرية جبل", "", 34.1, 35.9, ""),
        ]);
        return sources with { VillageFolder = villages };
    }

    private static string Ocha(string pcode, string name, string nameAr, string admin3, string admin2, string admin1Pcode, string admin1, double lat, double lon) =>
        FormattableString.Invariant($"{pcode}\tCommunity\t{name}\t{nameAr}\t{pcode}\t{name}\t{nameAr}\tSY0X\t{admin3}\t\tSY0X0\t{admin2}\t{admin1Pcode}\t{admin1}\t{lat}\t{lon}\t01/01/2020");

    private static string Wof(long id, long geonameId, string name, string nameAr, string alternates, double lat, double lon, string region) =>
        FormattableString.Invariant($"{id}\t{geonameId}\t{name}\t{name}\t{nameAr}\t{alternates}\tlocality\tPPL\t{lat}\t{lon}\t0\t-1\t{region}\t\tgeonames");
}
