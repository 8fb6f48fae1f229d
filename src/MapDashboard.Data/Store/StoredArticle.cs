using MapDashboard.Data.Corrections;

namespace MapDashboard.Data.Store;

/// <summary>Everything the pipeline derived from one article, written to the store in one transaction.</summary>
public sealed record StoredArticle
{
    /// <summary>SHA-256 of the original bytes (hex); ingest is idempotent on it.</summary>
    public required string ContentHash { get; init; }

    /// <summary>File path or upload name the article came from.</summary>
    public required string Source { get; init; }

    public string? Title { get; init; }

    public string? Outlet { get; init; }

    /// <summary>
    /// Whether this processing decides the outlet anew: an outlet stated when adding, or an analyst's outlet correction
    /// added or undone. Otherwise an article already stored keeps a current outlet the outlets table knows against a name
    /// it does not know (issue #19): the name read from the text may be the old name of an outlet renamed since.
    /// </summary>
    public bool DecidesOutlet { get; init; }

    public string? Author { get; init; }

    /// <summary>Publication date, or null when the article has no trustworthy date.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>day, month or year; null when undated.</summary>
    public string? PublishedPrecision { get; init; }

    public string? DateEvidence { get; init; }

    /// <summary>The kind of clue the date came from ("dateline", "url"...; see <c>DateClueKinds.Name</c>), null when undated.</summary>
    public string? DateClue { get; init; }

    /// <summary>How a missing year was inferred, or why the article is undated.</summary>
    public string? DateNote { get; init; }

    /// <summary>Whether the date rests on a weak clue (URL or file name, modification date, guessed year): listed for review.</summary>
    public bool DateWeak { get; init; }

    public required string OriginalText { get; init; }

    public required string CleanedText { get; init; }

    /// <summary>The shingles and MinHash signature of <see cref="CleanedText"/> when made already (on an ingest worker); null: made when written.</summary>
    public TextFingerprint? Fingerprint { get; init; }

    /// <summary>The cleaned-to-original offset map, serialized by the pipeline.</summary>
    public required string OffsetMapJson { get; init; }

    /// <summary>Version of the pipeline that produced the derived rows; a newer one re-processes.</summary>
    public required string PipelineVersion { get; init; }

    /// <summary>Whether <see cref="Published"/> was set by an analyst (kept through every re-processing).</summary>
    public bool DateSetByUser { get; init; }

    public IReadOnlyList<StoredMention> Mentions { get; init; } = [];

    public IReadOnlyList<StoredEvent> Events { get; init; } = [];

    /// <summary>
    /// What the analyst stated when adding the article (title, outlet, date). Stored as an article correction when the
    /// article is new, so it is applied again whenever the article is processed again, like any correction.
    /// </summary>
    public CorrectionPayload? StatedWhenAdded { get; init; }

    /// <summary>The analyst corrections applied to this article's rows (what an undo must process again).</summary>
    public IReadOnlyList<long> AppliedCorrections { get; init; } = [];

    /// <summary>Whether mentions or events over the per-article limits were left out.</summary>
    public bool Truncated { get; init; }

    /// <summary>The article with the id a pending correction got when it was stored, wherever the pending id stands.</summary>
    public StoredArticle WithCorrectionId(long pending, long stored) => this with
    {
        AppliedCorrections = AppliedCorrections.Select(id => id == pending ? stored : id).ToList(),
        Mentions = Mentions.Select(m => m.CorrectionId == pending ? m with { CorrectionId = stored } : m).ToList(),
        Events = Events.Select(e => e.CorrectionId == pending ? e with { CorrectionId = stored } : e).ToList(),
    };
}
