using MapDashboard.Data.Corrections;
using MapDashboard.Data.Store;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MapDashboard.Web.Components.Pages;

/// <summary>
/// The review queue (unresolved and doubtful places, ambiguous dates, undated articles, most consequential first) beside
/// the correction of the chosen item, and the log of corrections with undo.
/// </summary>
public sealed partial class Review : IDisposable
{
    private static readonly IReadOnlyDictionary<ReviewKind, string> KindLabels = new Dictionary<ReviewKind, string>
    {
        [ReviewKind.Mention] = "place",
        [ReviewKind.AmbiguousDate] = "date",
        [ReviewKind.UndatedArticle] = "undated article",
        [ReviewKind.WeakArticleDate] = "weak article date",
    };

    private IReadOnlyList<ReviewItem> _items = [];
    private IReadOnlyDictionary<ReviewKind, long> _counts = new Dictionary<ReviewKind, long>();
    private IReadOnlyList<Correction> _log = [];
    private ReviewKind? _kind;
    private int _tab;
    private string _author = "analyst";
    private string? _key;
    private bool _busy;
    private bool _interactive;

    /// <summary>The place mention being corrected.</summary>
    [SupplyParameterFromQuery(Name = "mention")]
    public long? Mention { get; set; }

    /// <summary>The event being corrected.</summary>
    [SupplyParameterFromQuery(Name = "event")]
    public long? Event { get; set; }

    [Inject]
    private ReviewQueue Queue { get; set; } = default!;

    [Inject]
    private CorrectionStore Corrections { get; set; } = default!;

    [Inject]
    private EventStoreLocation Store { get; set; } = default!;

    [Inject]
    private IngestService Ingest { get; set; } = default!;

    [Inject]
    private WriteAccess Access { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        Ingest.StoreChanged += OnStoreChanged;
        await ReloadAsync();
    }

    /// <inheritdoc />
    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            // Only an interactive render gets here (not the prerender): tests and scripts wait for this before clicking.
            _interactive = true;
            StateHasChanged();
        }
    }

    private void OnStoreChanged() => _ = InvokeAsync(async () =>
    {
        await ReloadAsync();
        StateHasChanged();
    });

    private async Task ReloadAsync()
    {
        if (!Store.Exists)
        {
            return;
        }
        _items = await Queue.ListAsync(_kind, limit: 200);
        _counts = await Queue.CountAsync();
        _log = await Corrections.ListAsync();
    }

    private async Task FilterAsync(ReviewKind? kind)
    {
        _kind = kind;
        await ReloadAsync();
    }

    private async Task UndoAsync(long id)
    {
        if (Access.Refusal(_key) is { } refusal)
        {
            Snackbar.Add(refusal, Severity.Error);
            return;
        }
        _busy = true;
        try
        {
            var result = await Ingest.CorrectAsync(c => c.UndoAsync(id));
            Snackbar.Add(result.Error ?? $"Correction {id} undone: {result.Reprocessed.Count} article(s) processed again.", result.Succeeded ? Severity.Success : Severity.Error);
            await ReloadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private bool IsSelected(ReviewItem item) => item.Kind switch
    {
        ReviewKind.Mention => Mention == item.Id,
        ReviewKind.AmbiguousDate => Event == item.Id,
        _ => false,
    };

    private static string Link(ReviewItem item) => item.Kind switch
    {
        ReviewKind.Mention => $"/review?mention={item.Id}",
        ReviewKind.AmbiguousDate => $"/review?event={item.Id}",
        _ => $"/article/{item.ArticleId}#metadata",
    };

    /// <inheritdoc />
    public void Dispose() => Ingest.StoreChanged -= OnStoreChanged;
}
