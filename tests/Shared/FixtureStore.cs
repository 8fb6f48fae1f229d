using System.Security.Cryptography;
using System.Text;
using MapDashboard.Core.Pipeline;
using MapDashboard.Data;
using MapDashboard.Data.Store;

namespace MapDashboard.Tests.Shared;

/// <summary>
/// A store of fixed, hand-written articles and events for the web, API and browser tests: what the dashboard shows does
/// not depend on the geoparser or the event coder, so a change there breaks only the Core and Data tests. Each article's
/// text is its title and dateline followed by its events' sentences; every event, mention and control change is written
/// as <see cref="StoredArticle"/> rows through the store, as the pipeline would write them.
/// </summary>
public sealed class FixtureStore
{
    private readonly List<StoredArticle> _articles = [];

    /// <summary>The articles written so far.</summary>
    public IReadOnlyList<StoredArticle> Articles => _articles;

    /// <summary>
    /// Adds an article of the given events (published on <paramref name="published"/>, or undated when null, then its
    /// events too), with unresolved mentions for <paramref name="unlocated"/> names that occur in the sentences.
    /// </summary>
    public FixtureStore Article(string title, string outlet, DateOnly? published, IReadOnlyList<FixtureEvent> events, params string[] unlocated) =>
        Article(title, outlet, published, "", events, unlocated);

    /// <summary>An article as above whose text has <paramref name="lead"/> (say, Markdown as a feed stores it) between the dateline and the events' sentences.</summary>
    public FixtureStore Article(string title, string outlet, DateOnly? published, string lead, IReadOnlyList<FixtureEvent> events, params string[] unlocated)
    {
        var text = new StringBuilder(title).Append("\n\n").Append(published?.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "Undated").Append("\n\n");
        if (lead.Length > 0)
        {
            text.Append(lead).Append("\n\n");
        }
        var stored = new List<StoredEvent>();
        var mentions = new List<StoredMention>();
        foreach (var e in events)
        {
            var start = text.Length;
            text.Append(e.Sentence).Append(' ');
            var placeAt = e.Sentence.IndexOf(e.Place, StringComparison.Ordinal);
            if (placeAt < 0)
            {
                throw new ArgumentException($"The sentence \"{e.Sentence}\" does not name {e.Place}.", nameof(events));
            }
            var placeId = "fixture:" + e.Place.ToLowerInvariant().Replace(' ', '-');
            mentions.Add(new StoredMention(e.Place, start + placeAt, start + placeAt + e.Place.Length, true, placeId, e.Place, e.Lat, e.Lon,
                "PPL", "SY", null, e.Precision, e.Confidence, "fixture", null));
            var date = published is null ? (DateOnly?)null : e.Date;
            var end = date is null ? null : e.End ?? date;
            stored.Add(new StoredEvent
            {
                DateStart = date, DateEnd = end, DatePrecision = date is null ? "unknown" : end == date ? "day" : "range", Admin1 = e.Admin1, Type = e.Type, SubType = e.SubType, Actor1 = e.Actor1, Actor2 = e.Actor2,
                PlaceId = placeId, PlaceName = e.Place, Lat = e.Lat, Lon = e.Lon, Precision = e.Precision, Confidence = e.Confidence,
                Excerpt = e.Sentence, ExcerptStart = start, ExcerptEnd = start + e.Sentence.Length, PlaceStart = start + placeAt, PlaceEnd = start + placeAt + e.Place.Length,
                ControlChange = e.NewController is null || date is null
                    ? null
                    : new ControlChangeReport(placeId, e.Place, e.Lat, e.Lon, date, e.NewController, e.Actor2, "captured", e.Confidence),
            });
        }
        var original = text.ToString().TrimEnd();
        foreach (var name in unlocated)
        {
            var at = original.IndexOf(name, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new ArgumentException($"No sentence names {name}.", nameof(unlocated));
            }
            mentions.Add(new StoredMention(name, at, at + name.Length, false, null, null, null, null, null, null, null, null, 0, "fixture: not in the gazetteer", null));
        }
        _articles.Add(new StoredArticle
        {
            ContentHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(original))).ToLowerInvariant(),
            Source = $"fixture/{_articles.Count + 1}.txt", Title = title, Outlet = outlet, Published = published,
            PublishedPrecision = published is null ? null : "day", DateEvidence = published is null ? null : "fixture dateline",
            OriginalText = original, CleanedText = original, OffsetMapJson = "[]", PipelineVersion = "fixture",
            Mentions = mentions.OrderBy(m => m.Start).ToList(), Events = stored,
        });
        return this;
    }

    /// <summary>Writes every article into a store (its schema is created when missing).</summary>
    public async Task WriteAsync(IStoreConnectionFactory factory)
    {
        var store = new EventStore(factory);
        await store.InitializeAsync();
        foreach (var article in _articles)
        {
            await store.IngestAsync(article);
        }
    }
}
