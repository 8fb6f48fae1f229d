using System.Text.Json;
using MapDashboard.Core;
using MapDashboard.Core.Events;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Data.Articles;
using MapDashboard.Data.Store;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Data.Ingest;

/// <summary>What an analyst states about an article when adding it; null keeps what the text says.</summary>
public sealed record ArticleOverrides(string? Title = null, string? Outlet = null, DateOnly? Published = null);

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

    /// <summary>
    /// Ingests one uploaded or pasted article from its bytes; what the analyst states (title, outlet, date) wins over
    /// what the text says about itself. Bad input is reported in the result, never thrown.
    /// </summary>
    public Task<IngestFileResult> IngestBytesAsync(string source, byte[] bytes, ArticleOverrides? overrides = null, CancellationToken cancellationToken = default) =>
        ReportingAsync(source, () =>
        {
            var (input, hash) = reader.Decode(source, bytes);
            return StoreAsync(source, input, hash, overrides, cancellationToken);
        });

    private Task<IngestFileResult> IngestOneAsync(string file, CancellationToken cancellationToken) =>
        ReportingAsync(file, async () =>
        {
            var (input, hash) = await reader.ReadAsync(file, cancellationToken);
            return await StoreAsync(file, input, hash, null, cancellationToken);
        });

    /// <summary>Runs one article's ingest, turning a refused read or a failed write into a result with the reason.</summary>
    private static async Task<IngestFileResult> ReportingAsync(string source, Func<Task<IngestFileResult>> ingest)
    {
        try
        {
            return await ingest();
        }
        catch (ArticleReadException ex)
        {
            return new IngestFileResult(source, null, ex.Problem);
        }
        catch (SqliteException ex)
        {
            return new IngestFileResult(source, null, $"could not be stored, nothing of it was written: {ex.Message}");
        }
    }

    /// <summary>
    /// Sets a stored article's publication date, as an analyst: the article is processed again from its stored text so
    /// every event of it is re-dated, and the date is kept through later re-processing.
    /// </summary>
    public async Task<IngestFileResult> RedateAsync(long articleId, DateOnly published, CancellationToken cancellationToken = default)
    {
        if (await store.GetArticleSourceAsync(articleId, cancellationToken) is not { } stored)
        {
            return new IngestFileResult($"article {articleId}", null, $"there is no article {articleId}");
        }
        var input = new Core.Articles.ArticleInput(stored.Source, stored.OriginalText, Core.Articles.ArticleInput.DetectFormat(stored.Source, stored.OriginalText));
        return await ReportingAsync(stored.Source, () =>
            StoreAsync(stored.Source, input, stored.ContentHash, new ArticleOverrides(Published: published), cancellationToken, reprocess: true));
    }

    private async Task<IngestFileResult> StoreAsync(string file, Core.Articles.ArticleInput input, string hash, ArticleOverrides? overrides, CancellationToken cancellationToken,
        bool reprocess = false)
    {
        // A date an analyst gave this content before is applied again (re-ingest, pipeline change).
        if (overrides?.Published is null && await store.GetUserDateAsync(hash, cancellationToken) is { } userDate)
        {
            overrides = (overrides ?? new ArticleOverrides()) with { Published = userDate };
        }
        var result = geoparser.Parse(input);
        if (string.IsNullOrWhiteSpace(result.Article.Text))
        {
            throw new ArticleReadException(file, "no article text found (only markup, navigation or boilerplate)");
        }
        if (overrides is not null)
        {
            var m = result.Article.Metadata;
            m = m with { Title = overrides.Title ?? m.Title, Outlet = overrides.Outlet ?? m.Outlet };
            if (overrides.Published is { } published)
            {
                m = m with { Published = published, PublishedPrecision = Core.Articles.DatePrecision.Day, DateTrust = Core.Articles.DateTrust.Trusted, DateEvidence = "set by the analyst" };
            }
            result = result with { Article = result.Article with { Metadata = m } };
        }
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
            DateSetByUser = overrides?.Published is not null,
        };
        return new IngestFileResult(file, await store.IngestAsync(article, reprocess, cancellationToken), null);
    }
}
