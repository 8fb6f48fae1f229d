using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using MapDashboard.Core.Events;
using MapDashboard.Data.Store;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Data.Synth;

/// <summary>What the generator wrote.</summary>
public sealed record SyntheticStoreSummary(long Events, long Articles, long ControlChanges, int Places, DateOnly First, DateOnly Last, TimeSpan Elapsed);

/// <summary>
/// Writes a large, realistic event store for scale tests and benchmarks: events at real gazetteer places in Syria (busier
/// places drawn more often), spread over the war's years with its rise and fall in intensity, with an ACLED-like mix of
/// types and actor pairs, each reported by an article whose sentences name the actors and the place. Deterministic for a
/// seed: the same arguments give the same database. It writes into a fresh database through the store's migrations,
/// so every index and query of the real store applies.
/// </summary>
public sealed class SyntheticStoreGenerator
{
    /// <summary>Default first and last day of the synthetic war.</summary>
    public static readonly DateOnly DefaultFirst = new(2011, 3, 15);

    public static readonly DateOnly DefaultLast = new(2024, 12, 31);

    private const int EventsPerArticle = 6;

    // Relative intensity per year (the war's shape: escalation to 2013-16, then decline).
    private static readonly Dictionary<int, double> YearIntensity = new()
    {
        [2011] = 0.25, [2012] = 0.8, [2013] = 1.0, [2014] = 1.0, [2015] = 0.95, [2016] = 1.0, [2017] = 0.8,
        [2018] = 0.65, [2019] = 0.5, [2020] = 0.4, [2021] = 0.3, [2022] = 0.25, [2023] = 0.25, [2024] = 0.3,
    };

    // Sub-type, type, weight, the verb of its sentence, whether it changes control, whether it needs a second actor.
    private static readonly (string SubType, string Type, double Weight, string Verb, bool Control, bool Pair)[] Kinds =
    [
        (EventType.ArmedClash, EventType.Battles, 30, "clashed with", false, true),
        (EventType.Shelling, EventType.RemoteViolence, 24, "shelled positions of", false, true),
        (EventType.AirDroneStrike, EventType.RemoteViolence, 16, "carried out air strikes on", false, true),
        (EventType.RemoteExplosive, EventType.RemoteViolence, 4, "detonated an explosive device against", false, true),
        (EventType.Attack, EventType.ViolenceAgainstCivilians, 8, "attacked civilians", false, false),
        (EventType.GovernmentRegainsTerritory, EventType.Battles, 3, "recaptured", true, true),
        (EventType.NonStateActorOvertakesTerritory, EventType.Battles, 3, "seized", true, true),
        (EventType.Agreement, EventType.StrategicDevelopments, 2, "reached a local truce with", false, true),
        (EventType.BaseEstablished, EventType.StrategicDevelopments, 2, "set up a base", false, false),
        (EventType.ChangeToGroup, EventType.StrategicDevelopments, 1, "announced a restructuring", false, false),
        (EventType.PeacefulProtest, EventType.Protests, 6, "protested", false, false),
        (EventType.ViolentDemonstration, EventType.Riots, 1, "rioted", false, false),
    ];

    // Who fights whom, with weights (top-level factions of the catalogue).
    internal static readonly (string Actor1, string Actor2, double Weight)[] Pairs =
    [
        ("saa", "fsa", 14), ("saa", "jabhat-al-nusra", 6), ("saa", "hayat-tahrir-al-sham", 8), ("saa", "islamic-state", 8),
        ("saa", "ahrar-al-sham", 5), ("saa", "jaish-al-islam", 4), ("syrian-air-force", "fsa", 8), ("syrian-air-force", "hayat-tahrir-al-sham", 4),
        ("russian-aerospace-forces", "hayat-tahrir-al-sham", 5), ("russian-aerospace-forces", "islamic-state", 3), ("hezbollah", "fsa", 3),
        ("sdf", "islamic-state", 8), ("ypg", "islamic-state", 4), ("turkish-armed-forces", "sdf", 5), ("turkish-armed-forces", "ypg", 3),
        ("fsa", "islamic-state", 3), ("hayat-tahrir-al-sham", "ahrar-al-sham", 2), ("turkish-armed-forces", "islamic-state", 1),
    ];

    internal static readonly string[] Outlets = ["Synthetic Wire", "Test Desk Daily", "Scale Bench News", "Generated Gazette"];

    private static readonly (string Month, int Number)[] MonthNames =
        [.. CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Take(12).Select((m, i) => (m, i + 1))];

    private readonly string _gazetteerPath;
    private readonly Core.Actors.FactionCatalogue _factions;

    /// <summary>Creates a generator that draws places from the gazetteer database at <paramref name="gazetteerPath"/>.</summary>
    public SyntheticStoreGenerator(string gazetteerPath, Core.Actors.FactionCatalogue factions)
    {
        _gazetteerPath = gazetteerPath;
        _factions = factions;
    }

    /// <summary>
    /// Writes <paramref name="events"/> events into a new database at <paramref name="databasePath"/> (which must not
    /// exist, so a real store is never overwritten).
    /// </summary>
    public async Task<SyntheticStoreSummary> GenerateAsync(string databasePath, long events, int seed, DateOnly? first = null, DateOnly? last = null,
        IProgress<(long Done, long Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(events);
        if (File.Exists(databasePath))
        {
            throw new IOException($"{databasePath} already exists: synth writes a new database and never overwrites one.");
        }
        var from = first ?? DefaultFirst;
        var to = last ?? DefaultLast;
        if (to < from)
        {
            throw new ArgumentException($"The last day {to:yyyy-MM-dd} is before the first {from:yyyy-MM-dd}.");
        }
        var started = System.Diagnostics.Stopwatch.StartNew();
        var places = await SynthPlaces.LoadAsync(_gazetteerPath, cancellationToken);
        foreach (var (a1, a2, _) in Pairs)
        {
            if (_factions.Get(a1) is null || _factions.Get(a2) is null)
            {
                throw new InvalidOperationException($"The actor pair {a1}/{a2} is not in the faction catalogue.");
            }
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        var factory = new SqliteConnectionFactory(databasePath);
        await new EventStore(factory).InitializeAsync(cancellationToken);

        var random = new Random(seed);
        var days = DayWeights(from, to);
        var placeCumulative = SynthPlaces.PopulationWeights(places);
        var kindCumulative = SynthPlaces.Cumulative(Kinds.Select(k => k.Weight));
        var pairCumulative = SynthPlaces.Cumulative(Pairs.Select(p => p.Weight));

        await using var connection = await factory.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA synchronous = OFF");
        var writer = new SyntheticStoreWriter(connection);
        long written = 0, articles = 0, controlChanges = 0;
        while (written < events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            writer.Prepare(transaction);
            var batchEnd = Math.Min(events, written + 20_000);
            while (written < batchEnd)
            {
                // One article: a day and a region (its events are near one another, as a report's are).
                var day = days[SynthPlaces.Pick(days.Cumulative, random)];
                var anchor = places[SynthPlaces.Pick(placeCumulative, random)];
                var count = (int)Math.Min(batchEnd - written, 1 + random.Next(EventsPerArticle * 2 - 1));
                var sentences = new List<(string Text, int PlaceStart, int PlaceEnd, PlannedSyntheticEvent Event)>();
                var text = new StringBuilder();
                var title = "";
                for (var i = 0; i < count; i++)
                {
                    var place = i == 0 || random.NextDouble() < 0.3 ? anchor : SynthPlaces.Nearby(places, anchor, random) ?? anchor;
                    var kind = Kinds[SynthPlaces.Pick(kindCumulative, random)];
                    var pair = Pairs[SynthPlaces.Pick(pairCumulative, random)];
                    var actor1 = random.NextDouble() < 0.5 || !kind.Pair ? pair.Actor1 : pair.Actor2;
                    var actor2 = kind.Pair ? (actor1 == pair.Actor1 ? pair.Actor2 : pair.Actor1) : null;
                    var sentenceActor2 = actor2;
                    if (kind.Type is EventType.Protests or EventType.Riots)
                    {
                        actor1 = "civilians";
                    }
                    else if (kind.SubType == EventType.Attack)
                    {
                        actor2 = "civilians"; // Named by the verb ("attacked civilians").
                    }
                    var precision = random.NextDouble() switch { < 0.72 => 1, < 0.92 => 2, _ => 3 };
                    var eventDay = day.AddDays(-random.Next(0, 3));
                    if (eventDay < from)
                    {
                        eventDay = from;
                    }
                    var sentence = Sentence(kind.Verb, actor1, sentenceActor2, place.Name, precision, eventDay, out var placeStart);
                    if (i == 0)
                    {
                        title = $"{_factions.Get(actor1)!.Name} {kind.Verb.Split(' ')[0]} in {place.Name}";
                    }
                    var offset = text.Length;
                    text.Append(sentence).Append(' ');
                    var planned = new PlannedSyntheticEvent(kind.SubType, kind.Type, kind.Control, actor1, actor2, place, precision, eventDay,
                        Math.Round(0.5 + random.NextDouble() * 0.49, 2));
                    sentences.Add((sentence, offset + placeStart, offset + placeStart + place.Name.Length, planned));
                }
                var published = day.AddDays(random.Next(0, 2));
                var body = text.ToString().TrimEnd();
                var articleId = writer.Article(body, $"{title} ({published:d MMM yyyy})", Outlets[random.Next(Outlets.Length)], published, seed, articles);
                articles++;
                var at = 0;
                foreach (var (sentence, placeStart, placeEnd, e) in sentences)
                {
                    var start = body.IndexOf(sentence, at, StringComparison.Ordinal);
                    at = start + sentence.Length;
                    var eventId = writer.Event(e, $"synth:{seed}:{written}");
                    writer.Source(eventId, articleId, sentence, start, start + sentence.Length, placeStart, placeEnd);
                    if (e.Control)
                    {
                        writer.ControlChange(articleId, eventId, e, start, start + sentence.Length);
                        controlChanges++;
                    }
                    written++;
                }
            }
            await transaction.CommitAsync(cancellationToken);
            progress?.Report((written, events));
        }
        await using (var periods = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken))
        {
            await Control.ControlPeriodStore.RebuildArticlePeriodsAsync(connection, periods, cancellationToken);
            await periods.CommitAsync(cancellationToken);
        }
        await connection.ExecuteAsync("PRAGMA optimize");
        return new SyntheticStoreSummary(written, articles, controlChanges, places.Count, from, to, started.Elapsed);
    }

    private string Sentence(string verb, string actor1, string? actor2, string place, int precision, DateOnly day, out int placeStart)
    {
        var a1 = _factions.Get(actor1)!.Name;
        var where = precision switch { 1 => "in ", 2 => "near ", _ => "in the countryside of " };
        var when = $" on {day.Day} {MonthNames[day.Month - 1].Month}";
        var prefix = actor2 is null
            ? $"{a1} {verb} {where}"
            : verb is "recaptured" or "seized"
                ? $"{a1} {verb} "
                : $"{a1} {verb} {_factions.Get(actor2)!.Name} {where}";
        placeStart = prefix.Length;
        var tail = verb is "recaptured" or "seized" && actor2 is not null ? $" from {_factions.Get(actor2)!.Name}" : "";
        return prefix + place + tail + when + ", according to local sources.";
    }

    /// <summary>Every day of the span with its weight (year intensity times a slowly varying monthly factor).</summary>
    private static DayTable DayWeights(DateOnly from, DateOnly to)
    {
        var monthly = new Random(17);
        var monthFactor = new Dictionary<(int, int), double>();
        var list = new List<DateOnly>();
        var weights = new List<double>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (!monthFactor.TryGetValue((d.Year, d.Month), out var factor))
            {
                factor = 0.5 + monthly.NextDouble();
                monthFactor[(d.Year, d.Month)] = factor;
            }
            list.Add(d);
            weights.Add(YearIntensity.GetValueOrDefault(d.Year, 0.3) * factor);
        }
        return new DayTable([.. list], SynthPlaces.Cumulative(weights));
    }

    private sealed record DayTable(DateOnly[] Days, double[] Cumulative)
    {
        public DateOnly this[int index] => Days[index];
    }

}
