using MapDashboard.Core.Events;
using MapDashboard.Tests.Shared;

namespace MapDashboard.E2E;

/// <summary>
/// The browser tests' store: hand-written articles and events (<see cref="FixtureStore"/>), so what the dashboard shows
/// does not depend on the geoparser or the event coder. Every expectation of the dashboard tests is counted from the
/// rows below (the comments say which); the one test of the real pipeline on the seeds is <see cref="SeedPipelineTests"/>.
/// </summary>
internal static class DashboardCorpus
{
    /// <summary>The article whose events the popup and article-view tests open (two events, a mention left unlocated).</summary>
    public const string AdvanceTitle = "Army units advance east of Aleppo";

    /// <summary>Taken by the army on 29 Jan 2017 (the one change of control in January 2017).</summary>
    public const string TakenPlace = "Qabasin";

    public const string TakenSentence = "The Syrian army took control of Qabasin on Sunday after clashes with rebel fighters.";

    /// <summary>A place of the advance article, named in its second sentence with the unlocated hamlet.</summary>
    public const string ClashPlace = "Tadef";

    public const double ClashLat = 36.34815;

    /// <summary>The clash around Tadef is reported over three days: 26 to 28 January 2017.</summary>
    public const string ClashSpan = "26 – 28 Jan 2017";

    public const string Unlocated = "Umm Adasa";

    /// <summary>The advance article's lead, Markdown as a feed might store it: a heading, a link and emphasis.</summary>
    public const string MarkdownLead = "## Northern front\n\nNotes from [our stringers](#desk) on the **eastern** approaches.";

    /// <summary>The lead as a reader should see it.</summary>
    public const string MarkdownLeadAsText = "Notes from our stringers on the eastern approaches.";

    public const string HostileTitle = "Army shells Tadef <script>window.__xss = 1</script>";

    /// <summary>Events dated up to 30 Jan 2017 inside the opening view (Syria): Daraa, Azaz, al-Bab, Mayadin, Deir ez-Zor, Tadef, Qabasin.</summary>
    public const int InViewBy30January2017 = 7;

    /// <summary>Up to 11 Jan 2018 in the opening view: the seven above, the shellings of Tadef and al-Bab on 3 Mar 2017, Sinjar and Kinsabba (Astana is outside the view).</summary>
    public const int InViewBy11January2018 = 11;

    /// <summary>The article of the second al-Bab event (stored after the others, before the undated one).</summary>
    public const string StackedTitle = "Mortar fire on al-Bab";

    /// <summary>The town with two events 60 m apart (19 Dec 2016 and 3 Mar 2017), where the Turkish-backed forces took control.</summary>
    public const string StackedPlace = "al-Bab";

    public const double StackedLat = 36.37110;

    public const double StackedLon = 37.51620;

    /// <summary>Dated events between 1 Dec 2016 and 30 Jan 2017: Azaz, al-Bab, Mayadin, Deir ez-Zor, Tadef, Qabasin.</summary>
    public const int December2016ToJanuary2017 = 6;

    /// <summary>Events of January 2017: Mayadin, Deir ez-Zor, Tadef, Qabasin.</summary>
    public const int January2017 = 4;

    /// <summary>Months from the first dated event (Sep 2015) to the last (Jan 2018).</summary>
    public const int Months = 29;

    public const int Undated = 2;

    /// <summary>Events whose actor is the Turkish Armed Forces (the bombing near Azaz and the push on al-Bab).</summary>
    public const int TurkishArmedForces = 2;

    public static FixtureStore Store { get; } = new FixtureStore()
        .Article("Protests over water cuts", "Fixture Daily", new DateOnly(2015, 9, 14),
        [
            new("Residents protested in Daraa against the water cuts.", "Daraa", 32.61890, 36.10210, new DateOnly(2015, 9, 13),
                EventType.Protests, EventType.PeacefulProtest),
        ])
        .Article("Turkish troops push south", "Fixture Wire", new DateOnly(2016, 12, 20),
        [
            new("Turkish aircraft bombed positions outside Azaz overnight.", "Azaz", 36.58630, 37.04410, new DateOnly(2016, 12, 18),
                EventType.RemoteViolence, EventType.AirDroneStrike, "turkish-armed-forces", "islamic-state"),
            new("Turkish troops and allied rebels drove Islamic State fighters out of al-Bab's western hills.", "al-Bab", 36.37060, 37.51570, new DateOnly(2016, 12, 19),
                EventType.Battles, EventType.NonStateActorOvertakesTerritory, "turkish-armed-forces", "islamic-state", NewController: "turkish-armed-forces"),
        ])
        .Article("Air raids on the Euphrates valley", "Fixture Daily", new DateOnly(2017, 1, 25),
        [
            new("Warplanes struck a market in Mayadin on Tuesday.", "Mayadin", 35.02070, 40.45130, new DateOnly(2017, 1, 24),
                EventType.RemoteViolence, EventType.AirDroneStrike, "russian-aerospace-forces", Admin1: "Deir ez-Zor"),
            new("Artillery shelled the outskirts of Deir ez-Zor the same day.", "Deir ez-Zor", 35.33600, 40.14080, new DateOnly(2017, 1, 24),
                EventType.RemoteViolence, EventType.Shelling, "islamic-state", Admin1: "Deir ez-Zor"),
        ])
        .Article(AdvanceTitle, "Fixture Wire", new DateOnly(2017, 1, 30), MarkdownLead,
        [
            new("Heavy clashes were reported around Tadef and the hamlet of Umm Adasa between the army and Islamic State fighters.", ClashPlace, ClashLat, 37.53017,
                new DateOnly(2017, 1, 26), EventType.Battles, EventType.ArmedClash, "saa", "islamic-state", End: new DateOnly(2017, 1, 28), Admin1: "Aleppo"),
            new(TakenSentence, TakenPlace, 36.37080, 37.68480, new DateOnly(2017, 1, 29),
                EventType.Battles, EventType.GovernmentRegainsTerritory, "saa", "fsa", NewController: "saa", Admin1: "Aleppo"),
        ], Unlocated)
        .Article("Talks abroad", "Fixture Wire", new DateOnly(2017, 2, 17),
        [
            new("Delegations signed a ceasefire text in Astana on Thursday.", "Astana", 51.16940, 71.44910, new DateOnly(2017, 2, 16),
                EventType.StrategicDevelopments, EventType.Agreement),
        ])
        .Article(HostileTitle, "<img src=x onerror=\"window.__xss = 2\">Desk", new DateOnly(2017, 3, 3),
        [
            new("Government forces shelled Tadef <img src=x onerror=\"window.__xss = 3\"> with artillery, targeting <script>window.__xss = 4</script> positions.",
                ClashPlace, ClashLat, 37.53017, new DateOnly(2017, 3, 3), EventType.RemoteViolence, EventType.Shelling, "saa"),
        ])
        .Article("Fighting in the hills", "Fixture Daily", new DateOnly(2018, 1, 12),
        [
            new("Government forces entered Sinjar in southern Idlib on Wednesday.", "Sinjar", 35.60120, 36.85840, new DateOnly(2018, 1, 10),
                EventType.Battles, EventType.GovernmentRegainsTerritory, "saa", "fsa", NewController: "saa"),
            new("Rebels attacked army positions near Kinsabba at dawn.", "Kinsabba", 35.72000, 36.18000, new DateOnly(2018, 1, 11),
                EventType.Battles, EventType.ArmedClash, "fsa", "saa", Precision: 2),
        ])
        .Article(StackedTitle, "Fixture Wire", new DateOnly(2017, 3, 4),
        [
            // A second report from al-Bab, placed 60 m from the first (another gazetteer point of the same town): the two
            // markers never separate, even at the greatest zoom, and sit under al-Bab's "changed hands" ring.
            new("Mortar fire struck the old market of al-Bab on Friday.", StackedPlace, StackedLat, StackedLon, new DateOnly(2017, 3, 3),
                EventType.RemoteViolence, EventType.Shelling, "saa"),
        ])
        .Article("Report without a date", "Fixture Daily", null,
        [
            new("Fighters shelled Tall Rifat, a resident said.", "Tall Rifat", 36.47300, 37.09700, new DateOnly(2017, 1, 1),
                EventType.RemoteViolence, EventType.Shelling),
            new("Mortar rounds hit a district of Aleppo.", "Aleppo", 36.20210, 37.15430, new DateOnly(2017, 1, 1),
                EventType.RemoteViolence, EventType.Shelling),
        ]);

    /// <summary>Writes the corpus into a new SQLite store file.</summary>
    public static Task WriteAsync(string database) => Store.WriteAsync(new MapDashboard.Data.SqliteConnectionFactory(database));
}
