using System.Text.Json;
using MapDashboard.Core;
using MapDashboard.Core.Events;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Data.Articles;
using MapDashboard.Data.Store;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Data.Ingest;

/// <summary>
/// Reads, geoparses and stores articles, one transaction per article: a bad file is reported and skipped, the rest
/// of the batch lands, and ingesting the same content twice changes nothing.
/// </summary>
public sealed class ArticleIngester(Geoparser geoparser, EventCoder coder, EventStore store, ArticleFileReader reader)
{
    /// <summary>Ingests files in order, reporting progress as (done, total).</summary>
    public async Task<IReadOnlyList<IngestFileResult>> IngestAsync(IReadOnlyList<string> files, IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        var results = new List<IngestFileResult>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(await IngestOneAsync(files[i], cancellationToken));
            progress?.Report((i + 1, files.Count));
        }
        return results;
    }

    private static StoredEvent ToStored(CodedEvent e) => new()
    {
        DateStart = e.When.First,
        DateEnd = e.When.Last,
        DatePrecision = e.When.Precision.ToString().ToLowerInvariant(),
        DateEvidence = e.When.Text.Length > 0 ? e.When.Text : null,
        Type = e.Type,
        SubType = e.SubType,
        Actor1 = e.Actor1,
        Actor2 = e.Actor2,
        AssocActors = e.AssocActors,
        PlaceId = e.Location?.Id,
        PlaceName = e.PlaceName,
        Admin1 = e.Location?.Admin1,
        Lat = e.Location?.Lat,
        Lon = e.Location?.Lon,
        Precision = e.Precision,
        Confidence = e.Confidence,
        Excerpt = e.Excerpt,
        ExcerptStart = e.ExcerptStart,
        ExcerptEnd = e.ExcerptEnd,
        ClaimedBy = e.ClaimedBy,
        PlaceStart = e.Where.OriginalStart,
        PlaceEnd = e.Where.OriginalEnd,
        ControlChange = e.ControlChange is { } c && e.Location is { } at
            ? new StoredControlChange(at.Id, e.PlaceName, at.Lat, at.Lon, e.When.Last ?? e.When.First, c.NewController, c.PreviousController, c.Verb, c.Confidence)
            : null,
    };

    private async Task<IngestFileResult> IngestOneAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            var (input, hash) = await reader.ReadAsync(file, cancellationToken);
            var result = geoparser.Parse(input);
            var metadata = result.Article.Metadata;
            var article = new StoredArticle
            {
                ContentHash = hash,
                Source = file,
                Title = metadata.Title,
                Outlet = metadata.Outlet,
                Author = metadata.Author,
                Published = metadata.Published,
                PublishedPrecision = metadata.PublishedPrecision?.ToString().ToLowerInvariant(),
                DateEvidence = metadata.DateEvidence,
                OriginalText = input.OriginalText,
                CleanedText = result.Article.Text,
                OffsetMapJson = JsonSerializer.Serialize(result.Article.Map),
                PipelineVersion = PipelineInfo.Version,
                Mentions = result.Places.Select(p => new StoredMention(p.OriginalText, p.OriginalStart, p.OriginalEnd, p.Resolved,
                    p.Place?.Id, p.Place?.Name, p.Place?.Lat, p.Place?.Lon, p.Place?.FeatureCode, p.Place?.CountryCode, p.Place?.Admin1,
                    p.Precision == 0 ? null : p.Precision, p.Confidence, p.Reason, p.RunnerUp?.Id)).ToList(),
                Events = coder.Code(result).Select(ToStored).ToList(),
            };
            return new IngestFileResult(file, await store.IngestAsync(article, cancellationToken), null);
        }
        catch (ArticleReadException ex)
        {
            return new IngestFileResult(file, null, ex.Problem);
        }
        catch (SqliteException ex)
        {
            return new IngestFileResult(file, null, $"could not be stored, nothing of it was written: {ex.Message}");
        }
    }
}
