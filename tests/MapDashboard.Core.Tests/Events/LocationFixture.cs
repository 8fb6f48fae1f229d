using System.Globalization;
using MapDashboard.Core.Events;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Tests.Pipeline;

namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Invented places for the location batteries (tests/data/location): governorates with their same-named seats, a
/// governorate without one, towns, villages with far namesakes, and place names that are also words of armed groups'
/// names. Coordinates are plausible, the villages are made up.
/// </summary>
internal static class LocationFixture
{
    private static Place P(string id, string name, double lat, double lon, string admin1, string code = "PPL", long population = 2_000, string country = "SY") =>
        new(id, name, lat, lon, code.StartsWith("ADM", StringComparison.Ordinal) || code == "PCLI" ? "A" : "P", code, country, admin1, null, population, "test");

    // Declared before the places: static fields are initialised in the order written.
    private static readonly FacilityNameForms Forms = FacilityNameForms.Parse(
        File.ReadLines(Path.Combine(Seeds.FindRoot(), "gazetteer", "sources", "facility_name_forms.tsv")), "facility_name_forms.tsv");

    private static readonly (string, Place)[] Places =
    [
        ("Aleppo", P("t:aleppo-city", "Aleppo", 36.20, 37.16, "Aleppo", "PPLA", 1_600_000)), ("Aleppo", P("t:aleppo-gov", "Aleppo", 36.10, 37.60, "Aleppo", "ADM1", 0)),
        ("Hama", P("t:hama-city", "Hama", 35.13, 36.76, "Hama", "PPLA", 460_000)), ("Hama", P("t:hama-gov", "Hama", 35.24, 37.22, "Hama", "ADM1", 0)),
        ("Homs", P("t:homs-city", "Homs", 34.73, 36.72, "Homs", "PPLA", 775_000)), ("Homs", P("t:homs-gov", "Homs", 34.15, 38.14, "Homs", "ADM1", 0)),
        ("Raqqa", P("t:raqqa-city", "Raqqa", 35.95, 39.01, "Raqqa", "PPLA", 177_000)), ("Raqqa", P("t:raqqa-gov", "Raqqa", 36.00, 38.91, "Raqqa", "ADM1", 0)),
        ("Daraa", P("t:daraa-city", "Daraa", 32.62, 36.10, "Daraa", "PPLA", 98_000)), ("Daraa", P("t:daraa-gov", "Daraa", 32.87, 36.17, "Daraa", "ADM1", 0)),
        ("Idlib", P("t:idlib-city", "Idlib", 35.93, 36.63, "Idlib", "PPLA", 128_000)), ("Idlib", P("t:idlib-gov", "Idlib", 35.85, 36.68, "Idlib", "ADM1", 0)),
        ("Rif Dimashq", P("t:rif-dimashq", "Rif Dimashq", 33.53, 37.07, "Rif Dimashq", "ADM1", 0)),
        // OCHA's English name of the governorate, as the gazetteer build adds it from gazetteer/sources/ocha_admin1_iso3166.tsv.
        ("Rural Damascus", P("t:rif-dimashq", "Rif Dimashq", 33.53, 37.07, "Rif Dimashq", "ADM1", 0)),
        ("Damascus", P("t:damascus", "Damascus", 33.51, 36.29, "Damascus", "PPLC", 1_570_000)), ("Al-Sham", P("t:damascus", "Damascus", 33.51, 36.29, "Damascus", "PPLC", 1_570_000)),
        ("Al-Quds", P("t:quds", "Al-Quds", 31.78, 35.22, "Jerusalem", "PPL", 900_000, "PS")),
        // Session 19 (lead): another country's capital, and a village far from Damascus whose name is also read as a
        // neighbourhood of "the capital".
        ("Baghdad", P("t:baghdad", "Baghdad", 33.34, 44.40, "Baghdad", "PPLC", 7_000_000, "IQ")),
        ("Mazzat Rumi", P("t:mazzat-rumi-homs", "Mazzat Rumi", 34.62, 36.95, "Homs")),
        ("Bustan Warda", P("t:bustan-warda", "Bustan Warda", 35.135, 36.755, "Hama")),
        // A town whose name, its article set aside, is the Arabic word for gate that opens many other names ("Bab X").
        ("Al-Bab", P("t:al-bab", "Al-Bab", 36.40, 37.55, "Aleppo", "PPLA2", 60_000)),
        ("Bir Salim", P("t:bir-salim", "Bir Salim", 36.37, 37.52, "Aleppo", "PPLA2", 40_000)),
        ("Qasr Nuri", P("t:qasr-nuri", "Qasr Nuri", 34.56, 38.28, "Homs", "PPLA2", 50_000)),
        ("Ariha", P("t:ariha", "Ariha", 35.81, 36.61, "Idlib", "PPLA2", 40_000)),
        ("Tall Nasr", P("t:tall-nasr", "Tall Nasr", 36.23, 38.97, "Raqqa")),
        ("Umm Jarad", P("t:umm-jarad-idlib", "Umm Jarad", 35.72, 36.62, "Idlib")),
        ("Mazraat Haddad", P("t:haddad-aleppo", "Mazraat Haddad", 36.40, 37.55, "Aleppo")),
        ("Mazraat Haddad", P("t:haddad-daraa", "Mazraat Haddad", 32.70, 36.12, "Daraa")),
        ("Khirbat Daraj", P("t:khirbat-daraj", "Khirbat Daraj", 36.80, 40.60, "Al-Hasakah")),
        ("Kafr Ward", P("t:kafr-ward", "Kafr Ward", 35.60, 35.95, "Latakia")),
        ("Khirbat Suwan", P("t:khirbat-suwan", "Khirbat Suwan", 36.10, 37.80, "Aleppo")),
        ("Syria", P("t:syria", "Syria", 34.8, 38.5, "", "PCLI", 0)),
        ("Zuhur", P("t:zuhur", "Zuhur", 36.33, 37.03, "Aleppo")), ("Jisr Warda", P("t:jisr-warda", "Jisr Warda", 35.30, 36.40, "Hama")),
        ("Rahman", P("t:rahman", "Rahman", 33.62, 36.52, "Rif Dimashq")), ("Horan", P("t:horan", "Horan", 32.76, 36.22, "Daraa")),
        ("Suqur", P("t:suqur", "Suqur", 35.42, 36.22, "Hama")), ("Fateh", P("t:fateh", "Fateh", 36.02, 36.95, "Aleppo")),
        ("Four", P("t:fawr", "Al Fawr", 35.80, 37.40, "Aleppo")), ("Thawra", P("t:thawra", "Thawra", 35.84, 38.55, "Raqqa")),
        ("Tall Hamra", P("t:tall-hamra-town", "Tall Hamra", 34.90, 37.10, "Homs", "PPL", 25_000)), ("Tall Hamra", P("t:tall-hamra-village", "Tall Hamra", 35.90, 36.40, "Idlib", "PPL", 0)),
        ("Nahda", P("t:nahda-village", "Nahda", 36.05, 39.01, "Raqqa")),
        ("Kafr Sabbagh", P("t:kafr-sabbagh", "Kafr Sabbagh", 33.62, 36.48, "Rif Dimashq")),
        ("Mosul", P("t:mosul", "Mosul", 36.34, 43.13, "Nineveh", "PPLA", 1_400_000, "IQ")),
        ("Tarafah", P("t:tarafah-iq", "Tarafah", 36.30, 43.25, "Nineveh", "PPL", 0, "IQ")), ("Trafa", P("t:trafa-sy", "Trafa", 36.30, 37.70, "Aleppo")),
        ("Ramlah", P("t:ramlah-iq", "Ramlah", 35.10, 42.90, "Nineveh", "PPL", 0, "IQ")),
        ("Rmla", P("t:rmla-hama", "Rmla", 35.30, 36.90, "Hama")), ("Rumla", P("t:rumla-idlib", "Rumla", 35.70, 36.50, "Idlib")),
        // Namesakes in one governorate, in different parts of it as seen from its seat.
        ("Tall Sabaa", P("t:tall-sabaa-east", "Tall Sabaa", 35.15, 37.30, "Hama")), ("Tall Sabaa", P("t:tall-sabaa-west", "Tall Sabaa", 35.40, 36.50, "Hama")),
        ("Jubb Ali", P("t:jubb-ali-north", "Jubb Ali", 36.45, 37.15, "Aleppo")), ("Jubb Ali", P("t:jubb-ali-southeast", "Jubb Ali", 35.95, 37.45, "Aleppo")),
        // Villages written in the text with other vowels or doubled letters (session 10's spelling rows).
        ("Sabikhan", P("t:sabikhan", "Sabikhan", 35.20, 40.30, "Deir ez-Zor")), ("Ruwayshid", P("t:ruwayshid", "Ruwayshid", 36.10, 38.70, "Raqqa")),
        ("Tall Hawar", P("t:tall-hawar", "Tall Hawar", 36.60, 40.90, "Al-Hasakah")),
        // A sub-district seat (OCHA gives no population) and a village of the same name elsewhere.
        // A governorate that is its city alone, and the one around it that OCHA names "Rural X" (as Damascus and Rif Dimashq):
        // Natural Earth gives the surrounding one the city's name as an alternate name, as the real gazetteer has it.
        ("Bayda", P("t:bayda-city", "Bayda", 34.40, 37.90, "Bayda", "PPLA", 300_000)), ("Bayda", P("t:bayda-gov", "Bayda", 34.41, 37.91, "Bayda", "ADM1", 0)),
        ("Bayda", P("t:rif-bayda", "Rif Bayda", 34.60, 38.40, "Rif Bayda", "ADM1", 0)), ("Rif Bayda", P("t:rif-bayda", "Rif Bayda", 34.60, 38.40, "Rif Bayda", "ADM1", 0)),
        ("Rural Bayda", P("t:rif-bayda", "Rif Bayda", 34.60, 38.40, "Rif Bayda", "ADM1", 0)),
        // Villages written with a single w or y where reports double it (session 11's shadda rows).
        ("Jubb Sawan", P("t:jubb-sawan", "Jubb Sawan", 36.70, 38.10, "Aleppo")), ("Kafr Sayad", P("t:kafr-sayad", "Kafr Sayad", 35.55, 36.85, "Idlib")),
        ("Dawara", P("t:dawara", "Dawara", 34.95, 40.70, "Deir ez-Zor")),
        // Villages whose name opens with another place's name (session 11's whole-phrase rows).
        ("Tall Nasr Gharbiyah", P("t:tall-nasr-gharbiyah", "Tall Nasr Gharbiyah", 36.30, 38.80, "Raqqa")),
        ("Zuhur Saghir", P("t:zuhur-saghir", "Zuhur Saghir", 36.05, 37.35, "Aleppo")),
        ("Kafr Ward Fawqani", P("t:kafr-ward-fawqani", "Kafr Ward Fawqani", 35.75, 36.05, "Latakia")),
        ("Dhibah", P("t:dhibah-seat", "Dhibah", 35.00, 40.50, "Deir ez-Zor", "PPLA3", 0)), ("Dhibah", P("t:dhibah-village", "Dhibah", 36.60, 39.10, "Raqqa", "PPL", 0)),
        // Villages and a town abroad with no Syrian namesake, and the countries they lie in (session 11b's foreign-village rows).
        ("Qasimiyah", P("t:qasimiyah-iq", "Qasimiyah", 36.50, 42.80, "Nineveh", "PPL", 0, "IQ")),
        ("Dallah", P("t:dallah-tr", "Dallah", 36.80, 38.90, "Sanliurfa", "PPL", 0, "TR")),
        ("Akcakale", P("t:akcakale-tr", "Akcakale", 36.71, 38.95, "Sanliurfa", "PPL", 30_000, "TR")),
        // A village written in the text with other vowels than its only reading in the governorate the text names, and a
        // reading spelled as written in another governorate (session 12's look-alike rows).
        // Session 13b (qualifier words): villages OCHA names with a compass or size word ("Western X", "Lower X") or the
        // Arabic form ("X al-Sharqi", "X Shamali"), each with a bare namesake far away that a dropped qualifier would read.
        ("Western Sawda", P("t:western-sawda", "Western Sawda", 36.15, 38.70, "Raqqa")), ("Eastern Sawda", P("t:eastern-sawda", "Eastern Sawda", 36.16, 38.80, "Raqqa")),
        ("Sawda", P("t:sawda-hasakah", "Sawda", 36.90, 41.50, "Al-Hasakah")),
        ("Jubb Tamr al-Sharqi", P("t:jubb-tamr-sharqi", "Jubb Tamr al-Sharqi", 35.45, 37.25, "Hama")), ("Jubb Tamr", P("t:jubb-tamr-homs", "Jubb Tamr", 34.40, 37.60, "Homs")),
        ("Qurayn Shamali", P("t:qurayn-shamali", "Qurayn Shamali", 36.55, 37.20, "Aleppo")), ("Qurayn", P("t:qurayn-daraa", "Qurayn", 32.75, 36.35, "Daraa")),
        ("Lower Hisn", P("t:lower-hisn", "Lower Hisn", 35.85, 36.55, "Idlib")), ("Hisn", P("t:hisn-homs", "Hisn", 34.75, 36.30, "Homs")),
        ("Marjabiyah", P("t:marjabiyah-aleppo", "Marjabiyah", 36.05, 37.60, "Aleppo")), ("Mrejbiyeh", P("t:mrejbiyeh-hama", "Mrejbiyeh", 35.35, 36.95, "Hama")),
        ("Tall Sawadi", P("t:tall-sawadi-raqqa", "Tall Sawadi", 36.10, 38.60, "Raqqa")), ("Tal Swedi", P("t:tal-swedi-homs", "Tal Swedi", 34.70, 37.30, "Homs")),
        ("Turkey", P("t:turkey", "Turkey", 39.0, 35.0, "", "PCLI", 0, "TR")), ("Iraq", P("t:iraq", "Iraq", 33.0, 44.0, "", "PCLI", 0, "IQ")),
        // Session 12 (locfound): Syrian villages whose report spelling folds exactly to a village abroad ("Zamlah" is
        // Jordan's "Zamla" letter for letter, Syria's "Zumlah" only by its consonants), and a Syrian pair of look-alikes.
        ("Zumlah", P("t:zumlah-sy", "Zumlah", 36.55, 40.95, "Al-Hasakah")), ("Zamla", P("t:zamla-jo", "Zamla", 32.35, 36.10, "Irbid", "PPL", 0, "JO")),
        ("Bishqa", P("t:bishqa-sy", "Bishqa", 35.35, 36.30, "Hama")), ("Bashqa", P("t:bashqa-iq", "Bashqa", 36.45, 43.30, "Nineveh", "PPL", 0, "IQ")),
        ("Dirbas", P("t:dirbas-hasakah", "Dirbas", 36.90, 41.20, "Al-Hasakah")), ("Darabis", P("t:darabis-daraa", "Darabis", 32.80, 36.00, "Daraa")),
        ("Derbas", P("t:derbas-lb", "Derbas", 34.20, 36.10, "Baalbek", "PPL", 0, "LB")),
        // The Syrian look-alike of a large foreign city ("Mosul"): a loose spelling never wins over the city.
        ("Masil", P("t:masil-sy", "Masil", 36.20, 37.70, "Aleppo")),
        // Villages opening with a generic word that OCHA and the press spell another way ("Jeb"/"Jubb" well, "Ber"/"Bir" well, "Tallet"/"Tallat" hillock).
        ("Jubb Qamar", P("t:jubb-qamar", "Jubb Qamar", 35.25, 37.05, "Hama")), ("Bir Hamid", P("t:bir-hamid", "Bir Hamid", 34.85, 38.10, "Homs")),
        ("Tallat Zaytun", P("t:tallat-zaytun", "Tallat Zaytun", 36.65, 36.95, "Aleppo")), ("Jubb Dib", P("t:jubb-dib", "Jubb Dib", 35.05, 36.95, "Hama")),
        ("Bir Kasab", P("t:bir-kasab", "Bir Kasab", 33.20, 37.10, "Rif Dimashq")), ("Tallat Rumman", P("t:tallat-rumman", "Tallat Rumman", 35.55, 36.75, "Idlib")),
        // Road ends for session 12's tuning rows: a village written in reports with other vowels ("Qrawil", "Sweidan").
        // Session 12 second round (look-alikes in the named governorate): a village abroad spelled as the report writes a
        // Syrian one; a name with two far look-alikes in one governorate; a name spelled alike and a look-alike in one governorate.
        ("Hazarin", P("t:hazarin-iq", "Hazarin", 36.20, 43.40, "Nineveh", "PPL", 0, "IQ")), ("Hizarin", P("t:hizarin-idlib", "Hizarin", 35.60, 36.70, "Idlib")),
        ("Kafr Dala", P("t:kafr-dala-homs", "Kafr Dala", 34.60, 36.90, "Homs")), ("Kafr Dalu", P("t:kafr-dalu-aleppo", "Kafr Dalu", 36.25, 36.85, "Aleppo")),
        ("Kafr Dili", P("t:kafr-dili-aleppo", "Kafr Dili", 36.00, 37.90, "Aleppo")),
        ("Hamidiyah", P("t:hamidiyah-homs", "Hamidiyah", 34.70, 37.40, "Homs")), ("Hamadiyah", P("t:hamadiyah-homs", "Hamadiyah", 34.90, 37.00, "Homs")),
        ("Qarawil", P("t:qarawil", "Qarawil", 35.10, 37.60, "Hama")), ("Suwaydan", P("t:suwaydan", "Suwaydan", 34.95, 40.55, "Deir ez-Zor")),
        // Session 13 (locchoose): villages whose name has a word opening with an ayn mark ("Kafr 'Uwayd"), villages whose
        // name has a nasab-like "Bin"/"Ibn" in it (a person's name is built the same way).
        ("Kafr `Uwayd", P("t:kafr-uwayd", "Kafr `Uwayd", 35.65, 36.55, "Idlib")), ("Tall `Ammar", P("t:tall-ammar", "Tall `Ammar", 35.35, 37.10, "Hama")),
        ("Ruwaysat Bin Hamad", P("t:ruwaysat-bin-hamad", "Ruwaysat Bin Hamad", 35.10, 40.20, "Deir ez-Zor")),
        ("Jarniyat Ibn Khalid", P("t:jarniyat-ibn-khalid", "Jarniyat Ibn Khalid", 36.30, 38.50, "Raqqa")),
        // A town named as a political party is ("Baath"): "the Baath party" is the party, not the town.
        ("Baath", P("t:baath", "Baath", 33.10, 35.85, "Quneitra", "PPL", 20_000)),
        // Session 14 (namesake): namesakes in one governorate at different bearings from its seat: one due east of Hama and
        // one north-north-east (both in the wide eastern part), one west-north-west of Aleppo and one south-south-east (neither
        // in the wide northern part), a village in the far north of Idlib only, and two namesakes close together east of Homs.
        ("Tall Qasab", P("t:tall-qasab-east", "Tall Qasab", 35.10, 37.40, "Hama")), ("Tall Qasab", P("t:tall-qasab-northeast", "Tall Qasab", 35.50, 37.10, "Hama")),
        ("Kafr Hamra", P("t:kafr-hamra-wnw", "Kafr Hamra", 36.28, 36.80, "Aleppo")), ("Kafr Hamra", P("t:kafr-hamra-sse", "Kafr Hamra", 35.85, 37.35, "Aleppo")),
        ("Jubb Kalb", P("t:jubb-kalb-north", "Jubb Kalb", 36.20, 36.60, "Idlib")),
        ("Umm Sharif", P("t:umm-sharif-a", "Umm Sharif", 34.80, 37.40, "Homs")), ("Umm Sharif", P("t:umm-sharif-b", "Umm Sharif", 34.70, 37.55, "Homs")),
        // Session 14 (spelling): Syrian villages one letter from a village abroad whose spelling the report writes
        // ("Sakra" is Iraq's letter for letter, Syria's "Skra" leaves out a vowel).
        ("Sakra", P("t:sakra-iq", "Sakra", 36.40, 43.00, "Nineveh", "PPL", 0, "IQ")), ("Skra", P("t:skra-sy", "Skra", 36.42, 37.58, "Aleppo")),
        ("Duwaila", P("t:duwaila-tr", "Duwaila", 37.10, 38.80, "Sanliurfa", "PPL", 0, "TR")), ("Duwayla", P("t:duwayla-sy", "Duwayla", 35.98, 39.10, "Raqqa")),
        ("Hamrin", P("t:hamrin-iq", "Hamrin", 35.00, 44.00, "Kirkuk", "PPL", 0, "IQ")), ("Hmrin", P("t:hmrin-sy", "Hmrin", 35.20, 36.80, "Hama")),
        // Five villages sharing the consonants n-d-r in five governorates; only "Nadira" is one letter from "Nadeira".
        ("Nadira", P("t:nadira-idlib", "Nadira", 35.55, 36.95, "Idlib")), ("Nudur", P("t:nudur-hama", "Nudur", 35.30, 36.60, "Hama")),
        ("Anadir", P("t:anadir-raqqa", "Anadir", 36.05, 38.70, "Raqqa")), ("Nadar", P("t:nadar-daraa", "Nadar", 32.80, 36.30, "Daraa")),
        ("Andar", P("t:andar-aleppo", "Andar", 36.30, 37.30, "Aleppo")),
        // Session 15 (recall): villages whose consonant skeleton has two letters only ("Bseis": b-s), which reports spell
        // with another vowel ("Buseis"); and villages OCHA names in English order ("Big Qarmal", "Lower Khashab") that
        // reports write in the Arabic order ("Qarmal Kabir", "Khashab al-Tahtani"), each with a bare namesake far away.
        ("Bseis", P("t:bseis-idlib", "Bseis", 35.62, 36.58, "Idlib")), ("Jneid", P("t:jneid-hama", "Jneid", 35.20, 37.05, "Hama")),
        ("Dlil", P("t:dlil-daraa", "Dlil", 32.78, 36.05, "Daraa")), ("Tmeim", P("t:tmeim-raqqa", "Tmeim", 36.08, 38.75, "Raqqa")),
        ("Hwar", P("t:hwar-homs", "Hwar", 34.85, 37.05, "Homs")),
        ("Big Qarmal", P("t:big-qarmal", "Big Qarmal", 36.45, 37.35, "Aleppo")), ("Qarmal", P("t:qarmal-hasakah", "Qarmal", 36.70, 40.80, "Al-Hasakah")),
        ("Lower Khashab", P("t:lower-khashab", "Lower Khashab", 35.35, 36.70, "Hama")), ("Khashab", P("t:khashab-daraa", "Khashab", 32.90, 36.25, "Daraa")),
        ("Upper Ruzz", P("t:upper-ruzz", "Upper Ruzz", 35.95, 38.85, "Raqqa")),
        // Namesakes in one governorate, told apart only by a second locator after it ("A in eastern Aleppo, near Bir Salim"):
        // the larger one lies far from the town named; and a village whose only reading is far from the town named after its governorate.
        ("Khirbat Nahr", P("t:khirbat-nahr-north", "Khirbat Nahr", 36.42, 37.50, "Aleppo")),
        ("Khirbat Nahr", P("t:khirbat-nahr-west", "Khirbat Nahr", 36.15, 36.95, "Aleppo", "PPL", 8_000)),
        ("Umm Dabs", P("t:umm-dabs-ariha", "Umm Dabs", 35.78, 36.65, "Idlib")),
        ("Umm Dabs", P("t:umm-dabs-north", "Umm Dabs", 36.15, 36.60, "Idlib", "PPL", 8_000)),
        ("Tall Ward", P("t:tall-ward", "Tall Ward", 35.05, 37.40, "Hama")),
        // Session 16 (locchoose): villages named "of Damascus" (a governorate that is the city alone) with their only reading
        // 80-90 km off in another governorate, and one just over the city's line in Rif Dimashq.
        ("Harat Nur", P("t:harat-nur-daraa", "Harat Nur", 32.75, 36.05, "Daraa")), ("Tall Zaha", P("t:tall-zaha-homs", "Tall Zaha", 34.20, 36.55, "Homs")),
        ("Ayn Dalfa", P("t:ayn-dalfa", "Ayn Dalfa", 33.57, 36.42, "Rif Dimashq")),
        // Villages just over Hama's line whose only reading lies on one side of Hama: south-west of it in Homs, east of it in Raqqa.
        ("Tall Dahab", P("t:tall-dahab-homs", "Tall Dahab", 34.95, 36.40, "Homs")), ("Umm Khirsa", P("t:umm-khirsa-raqqa", "Umm Khirsa", 35.40, 37.95, "Raqqa")),
        // Villages 40-50 km from a town, on one side of it only: west of Bir Salim, north of it.
        ("Jubb Ruman", P("t:jubb-ruman", "Jubb Ruman", 36.37, 36.95, "Aleppo")), ("Kafr Lusin", P("t:kafr-lusin", "Kafr Lusin", 36.75, 37.55, "Aleppo")),
        // Session 16 (facilities): a town with a namesake village far off and an air base named after the town 6 km from
        // it; an oil field and a dam named as a far village is; a gas field and a border crossing. The facilities' names
        // are written in every form of their category word as the gazetteer build writes them (facility_name_forms.tsv).
        ("Kafr Jalal", P("t:kafr-jalal", "Kafr Jalal", 36.05, 37.70, "Aleppo", "PPL", 12_000)),
        ("Kafr Jalal", P("t:kafr-jalal-daraa", "Kafr Jalal", 32.85, 36.20, "Daraa", "PPL", 0)),
        ("Zubayr", P("t:zubayr-homs", "Zubayr", 34.60, 36.60, "Homs")), ("Sultaniyah", P("t:sultaniyah-hama", "Sultaniyah", 35.25, 36.55, "Hama")),
        .. Facility("t:kafr-jalal-airbase", "Kafr Jalal Military Airbase", 36.08, 37.76, "Aleppo", "AIRB", "S"),
        .. Facility("t:zubayr-oil-field", "al-Zubayr oil field", 35.12, 40.45, "Deir ez-Zor", "OILF", "L"),
        .. Facility("t:rabiyah-gas-field", "Rabiyah gas field", 34.75, 38.10, "Homs", "GASF", "L"),
        .. Facility("t:sultaniyah-dam", "Sultaniyah Dam", 36.35, 38.25, "Aleppo", "DAM", "S"),
        .. Facility("t:bab-al-rih-crossing", "Bab al-Rih crossing", 36.62, 36.90, "Aleppo", "PSTB", "S"),
        // A hill and a mountain no village is named after (the supplement writes Jabal/Jebel/Mount as alternate names).
        .. Facility("t:tall-kharruf", "Tall Kharruf", 35.45, 36.95, "Hama", "HLL", "T"),
        // Session 17 (homonyms): villages whose only reading lies far from the towns a report names with them (Daraa, Latakia,
        // Al-Hasakah, Idlib), one named as a neighbourhood.
        ("Tall Bazan", P("t:tall-bazan-daraa", "Tall Bazan", 32.70, 36.30, "Daraa")), ("Jubb Hamdan", P("t:jubb-hamdan-latakia", "Jubb Hamdan", 35.70, 35.90, "Latakia")),
        ("Mazraat Sufan", P("t:mazraat-sufan-hasakah", "Mazraat Sufan", 36.70, 41.00, "Al-Hasakah")), ("Qusur", P("t:qusur-idlib", "Qusur", 35.65, 36.45, "Idlib")),
        .. Facility("t:jabal-nimr", "Jabal Nimr", 34.95, 36.35, "Homs", "MT", "T"), .. Facility("t:jabal-nimr", "Mount Nimr", 34.95, 36.35, "Homs", "MT", "T"),
        // Session 17b (homonyms2): a name spelled as written in one place and written with other vowels (two letters off, so
        // only its consonants match) in another, beside a village a report names with it: "Tall Marbaq" in the north-west of
        // Idlib and "Tall Murbiq" 3 km from Kafr Sayad in its south; "Umm Nasil" over Hama's line in Homs and "Umm Nusul" by Jubb Qamar.
        ("Tall Marbaq", P("t:tall-marbaq", "Tall Marbaq", 36.15, 36.35, "Idlib")), ("Tall Murbiq", P("t:tall-murbiq", "Tall Murbiq", 35.57, 36.83, "Idlib")),
        ("Umm Nasil", P("t:umm-nasil-homs", "Umm Nasil", 34.50, 37.80, "Homs")), ("Umm Nusul", P("t:umm-nusul-hama", "Umm Nusul", 35.27, 37.08, "Hama")),
        // Session 19 (split): names a gazetteer holds cut short, ending on a kinship word ("Tall Abu", as GeoNames has one in
        // Iraq), and villages named by a generic word alone ("Rasm", "Tlul"), each inside the governorate a report names
        // with a longer name that opens with it.
        ("Tall Abu", P("t:tall-abu-hama", "Tall Abu", 35.45, 37.40, "Hama")), ("Kafr Abu", P("t:kafr-abu-daraa", "Kafr Abu", 32.95, 36.35, "Daraa")),
        ("Tall Umm", P("t:tall-umm-idlib", "Tall Umm", 35.60, 36.45, "Idlib")), ("Rasm", P("t:rasm-hama", "Rasm", 35.30, 37.60, "Hama")),
        ("Tlul", P("t:tlul-raqqa", "Tlul", 36.20, 38.60, "Raqqa")), ("Qalat", P("t:qalat-aleppo", "Qalat", 36.55, 37.00, "Aleppo")),
        ("Rujm", P("t:rujm-homs", "Rujm", 34.60, 37.20, "Homs")), ("Kherbet", P("t:kherbet-idlib", "Kherbet", 35.70, 36.70, "Idlib")),
        ("Mazraat", P("t:mazraat-raqqa", "Mazraat", 36.10, 38.70, "Raqqa")), ("Maarat", P("t:maarat-idlib", "Maarat", 35.75, 36.80, "Idlib")),
        // A hill OCHA names with a compass word and no article ("Western Tall Nasr"), and villages whose names reports write
        // with the article as a word of its own ("Sahl al Ghab" for "Sahl Ghab").
        ("Western Tall Nasr", P("t:western-tall-nasr", "Western Tall Nasr", 32.80, 35.98, "Daraa", "HLL")),
        ("Sahl Ghab", P("t:sahl-ghab", "Sahl Ghab", 35.55, 36.35, "Hama")), ("Dawr Zaytun", P("t:dawr-zaytun", "Dawr Zaytun", 36.00, 38.80, "Raqqa")),
        // A village named by the generic word "Marj" (meadow) alone, inside the governorate of longer "Marj X" names.
        ("Marj", P("t:marj-homs", "Marj", 34.95, 37.05, "Homs")),
        // Session 21 (namesake): a name spelled as written only outside the compass part of a governorate a report names,
        // and spelled with other vowels inside it (one such reading, or two).
        ("Tall Sifr", P("t:tall-sifr-west", "Tall Sifr", 35.95, 36.30, "Idlib")), ("Tall Safr", P("t:tall-safr-south", "Tall Safr", 35.50, 36.72, "Idlib")),
        ("Kafr Nabil", P("t:kafr-nabil-sw", "Kafr Nabil", 34.98, 36.50, "Hama")), ("Kafr Nabl", P("t:kafr-nabl-north", "Kafr Nabl", 35.45, 36.80, "Hama")),
        ("Umm Turfa", P("t:umm-turfa-hama", "Umm Turfa", 35.15, 36.65, "Hama")), ("Umm Tarfa", P("t:umm-tarfa-homs", "Umm Tarfa", 34.65, 37.70, "Homs")),
        ("Jubb Sawr", P("t:jubb-sawr-north", "Jubb Sawr", 36.30, 36.62, "Idlib")), ("Jubb Suwar", P("t:jubb-suwar-south", "Jubb Suwar", 35.55, 36.70, "Idlib")),
        ("Jubb Siwar", P("t:jubb-siwar-south", "Jubb Siwar", 35.60, 36.55, "Idlib")),
        // Session 21 (unresolved): bare villages whose qualified halves ("Big X", "X Saghirah", "Upper X") the gazetteer
        // lacks: one recorded twice 2 km apart (GeoNames and OCHA), one with a namesake in another governorate.
        ("Hawsh Dalla", P("t:hawsh-dalla", "Hawsh Dalla", 36.30, 37.90, "Aleppo")), ("Hawsh Dalla", P("t:hawsh-dalla-twin", "Hawsh Dalla", 36.315, 37.91, "Aleppo")),
        ("Umm Sarat", P("t:umm-sarat-hama", "Umm Sarat", 35.40, 37.00, "Hama")), ("Umm Sarat", P("t:umm-sarat-raqqa", "Umm Sarat", 36.10, 38.50, "Raqqa")),
        // Villages the gazetteer holds only as their halves: two halves 3 km apart, and one half alone.
        ("Western Qasr Dibs", P("t:qasr-dibs-west", "Western Qasr Dibs", 35.30, 36.90, "Hama")), ("Eastern Qasr Dibs", P("t:qasr-dibs-east", "Eastern Qasr Dibs", 35.30, 36.93, "Hama")),
        ("Little Jubb Safa", P("t:little-jubb-safa", "Little Jubb Safa", 36.05, 38.80, "Raqqa")),
        // Session 22 (location): two mountain ranges (areas), each beside a district seat a report may name with it.
        .. Facility("t:jabal-zawr", "Jabal Zawr", 35.75, 36.52, "Idlib", "MTS", "T"),
        .. Facility("t:jabal-akhdar", "Jabal Akhdar", 36.45, 37.42, "Aleppo", "MTS", "T"),
        // Session 23 (location): real district seats (coordinates of the towns), each near one of a pair of namesakes
        // above (Tall Sabaa west of Hama by Suqaylabiyah, the other south-east towards Salamiyah), and one in Idlib's west.
        ("Suqaylabiyah", P("t:suqaylabiyah", "Suqaylabiyah", 35.37, 36.38, "Hama", "PPLA2", 20_000)),
        ("Salamiyah", P("t:salamiyah", "Salamiyah", 35.01, 37.05, "Hama", "PPLA2", 66_000)),
        ("Jisr al-Shughur", P("t:jisr-shughur", "Jisr al-Shughur", 35.81, 36.32, "Idlib", "PPLA2", 45_000)),
        // Session 24 (location): namesakes of unequal record (a population known for one, none or a smaller one for the
        // other), neither a town of 10,000 nor a seat, 40-500 km apart: in another governorate (Tall Jamal, Umm Kurum, Khan
        // Rihan) or in the same one (Jubb Layl in Idlib, Kafr Sinn in Aleppo); each has a village of the fixture within 12 km
        // of one reading (Jubb Qamar, Tmeim, Rujm, Ariha, Andar).
        ("Tall Jamal", P("t:tall-jamal-hama", "Tall Jamal", 35.20, 37.20, "Hama", "PPL", 6_000)),
        ("Tall Jamal", P("t:tall-jamal-dez", "Tall Jamal", 35.10, 40.40, "Deir ez-Zor", "PPL", 0)),
        ("Umm Kurum", P("t:umm-kurum-raqqa", "Umm Kurum", 36.10, 38.65, "Raqqa", "PPL", 4_000)),
        ("Umm Kurum", P("t:umm-kurum-daraa", "Umm Kurum", 32.70, 36.20, "Daraa", "PPL", 500)),
        ("Khan Rihan", P("t:khan-rihan-homs", "Khan Rihan", 34.60, 37.10, "Homs", "PPL", 700)),
        ("Khan Rihan", P("t:khan-rihan-hama", "Khan Rihan", 35.05, 37.00, "Hama", "PPL", 7_000)),
        ("Jubb Layl", P("t:jubb-layl-south", "Jubb Layl", 35.70, 36.75, "Idlib", "PPL", 0)),
        ("Jubb Layl", P("t:jubb-layl-north", "Jubb Layl", 36.15, 36.45, "Idlib", "PPL", 5_000)),
        ("Kafr Sinn", P("t:kafr-sinn-north", "Kafr Sinn", 36.25, 37.30, "Aleppo", "PPL", 0)),
        ("Kafr Sinn", P("t:kafr-sinn-south", "Kafr Sinn", 35.95, 37.75, "Aleppo", "PPL", 3_000)),
        // Session 25 (city parts): names a report calls a neighbourhood, quarter or district of a city, whose only reading
        // is a village far from every city (Karm Tuffah in Latakia, Sahat Nur in Aleppo's north-east, Jubb Nakhl in
        // Hasakah, Dahiyat Warda in Idlib's west, Harat Sultan in Deir ez-Zor); one read 5 km from Hama; a neighbourhood
        // the gazetteer holds as a section of Aleppo (PPLX); Hayy Salam 8 km from Homs and a namesake in Raqqa.
        ("Karm Tuffah", P("t:karm-tuffah", "Karm Tuffah", 35.70, 35.85, "Latakia")),
        ("Sahat Nur", P("t:sahat-nur", "Sahat Nur", 36.60, 37.90, "Aleppo")),
        ("Jubb Nakhl", P("t:jubb-nakhl", "Jubb Nakhl", 36.95, 41.40, "Al-Hasakah")),
        ("Dahiyat Warda", P("t:dahiyat-warda", "Dahiyat Warda", 36.10, 36.40, "Idlib")),
        ("Harat Sultan", P("t:harat-sultan", "Harat Sultan", 35.00, 40.60, "Deir ez-Zor")),
        ("Karm Lawz", P("t:karm-lawz", "Karm Lawz", 35.16, 36.80, "Hama")),
        ("Bab Hadid", P("t:bab-hadid", "Bab Hadid", 36.21, 37.17, "Aleppo", "PPLX", 0)),
        ("Hayy Salam", P("t:hayy-salam-homs", "Hayy Salam", 34.75, 36.80, "Homs")), ("Hayy Salam", P("t:hayy-salam-raqqa", "Hayy Salam", 36.30, 38.80, "Raqqa")),
        // Session 26 (location): villages a report may spell with other vowels, a single or doubled consonant or another
        // spelling of a generic word ("Smein" for Sumayn, "Tell Qirmah" for Tall Qarmah), one reading each.
        ("Sumayn", P("t:sumayn", "Sumayn", 36.05, 38.80, "Raqqa")), ("Huwayjat Ghanim", P("t:huwayjat-ghanim", "Huwayjat Ghanim", 35.20, 40.30, "Deir ez-Zor")),
        ("Sufayyat", P("t:sufayyat", "Sufayyat", 35.40, 36.90, "Hama")), ("Tall Qarmah", P("t:tall-qarmah", "Tall Qarmah", 36.25, 37.45, "Aleppo")),
        ("Khirbat Lubban", P("t:khirbat-lubban", "Khirbat Lubban", 35.70, 36.45, "Idlib")), ("Rasm Nafal", P("t:rasm-nafal", "Rasm Nafal", 34.80, 37.40, "Homs")),
        ("Duwayqilah", P("t:duwayqilah", "Duwayqilah", 36.12, 37.45, "Aleppo")), ("Masaran", P("t:masaran", "Masaran", 35.65, 36.75, "Idlib")),
        // A sub-district seat (PPLA3) and two plain villages of its name, none with a population (OCHA lists seats so);
        // the villages listed first.
        ("Ruwaysat", P("t:ruwaysat-latakia", "Ruwaysat", 35.55, 35.95, "Latakia", "PPL", 0)), ("Ruwaysat", P("t:ruwaysat-daraa", "Ruwaysat", 32.75, 36.05, "Daraa", "PPL", 0)),
        ("Ruwaysat", P("t:ruwaysat-seat", "Ruwaysat", 36.15, 38.55, "Raqqa", "PPLA3", 0)),
        // A district seat 45 km from Aleppo and a village of its name 7 km from the city; a sub-district seat (no population)
        // in Raqqa and a village of its name in Hama.
        ("Ayn Zarqa", P("t:ayn-zarqa-village", "Ayn Zarqa", 36.25, 37.10, "Aleppo", "PPL", 0)), ("Ayn Zarqa", P("t:ayn-zarqa-seat", "Ayn Zarqa", 36.55, 36.95, "Aleppo", "PPLA2", 30_000)),
        ("Khan Barud", P("t:khan-barud-village", "Khan Barud", 35.30, 36.70, "Hama", "PPL", 0)), ("Khan Barud", P("t:khan-barud-seat", "Khan Barud", 36.20, 38.40, "Raqqa", "PPLA3", 0)),
        // Session 27: a name spelled as written in Latakia, and a sub-district seat in Suwayda that shares its consonants (and names its sub-district).
        ("Qattub", P("t:qattub-latakia", "Qattub", 35.90, 35.95, "Latakia")), ("Qutayb", new("t:qutayb-seat", "Qutayb", 32.85, 36.75, "P", "PPLA3", "SY", "As-Suwayda", "Shahba", 0, "test", Admin3: "Qutayb")),
    ];

    /// <summary>A facility under its name and every form of its category word.</summary>
    private static (string, Place)[] Facility(string id, string name, double lat, double lon, string admin1, string code, string featureClass)
    {
        var place = new Place(id, name, lat, lon, featureClass, code, "SY", admin1, null, 0, "test");
        return [(name, place), .. Forms.Expand(code, [name]).Select(n => (n, place))];
    }

    private static readonly Geoparser Parser = TestPipeline.GeoparserOver(PlaceIndex.Build(Places));
    private static readonly EventCoder Coder = TestPipeline.Coder();

    /// <summary>The events coded from a text published on a fixed day.</summary>
    public static List<CodedEvent> Code(string text) => BatteryFiles.Code(Parser, Coder, text, new DateOnly(2018, 3, 12));

    /// <summary>Every row of a location battery file (rule, sentence, place id or "unplaced", precision) and the rows placed otherwise.</summary>
    public static (int Rows, List<string> Failures) Run(string file)
    {
        var rows = BatteryFiles.Rows("location", file);
        var failures = new List<string>();
        foreach (var r in rows)
        {
            var e = Code(r[1]).FirstOrDefault();
            var got = e is null ? "no event" : $"{e.Location?.Id ?? "unplaced"} {e.Precision.ToString(CultureInfo.InvariantCulture)} ({e.PlaceName})";
            var expected = $"{r[2]} {r[3]}";
            if (e is null || !got.StartsWith(expected + " ", StringComparison.Ordinal))
            {
                failures.Add($"[{r[0]}] {r[1]}\n    expected {expected}\n    got      {got}");
            }
        }
        return (rows.Count, failures);
    }
}
