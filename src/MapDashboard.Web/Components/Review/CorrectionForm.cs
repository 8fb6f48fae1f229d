using MapDashboard.Data.Corrections;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MapDashboard.Web.Components.Review;

/// <summary>
/// What the correction forms share: who corrects, the analyst key, and one way to run a correction (refused without
/// write access, one at a time, its outcome in a snackbar, the page told when it landed).
/// </summary>
public abstract class CorrectionForm : ComponentBase
{
    /// <summary>Who corrects (kept with the correction).</summary>
    [Parameter]
    public string Author { get; set; } = "analyst";

    /// <summary>The analyst key typed on the page, when one is required.</summary>
    [Parameter]
    public string? AnalystKey { get; set; }

    /// <summary>Raised after a correction landed.</summary>
    [Parameter]
    public EventCallback OnCorrected { get; set; }

    /// <summary>Whether a correction is running (buttons are disabled meanwhile).</summary>
    protected bool Busy { get; private set; }

    [Inject]
    private protected IngestService Ingest { get; set; } = default!;

    [Inject]
    private protected WriteAccess Access { get; set; } = default!;

    [Inject]
    private protected ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private protected NavigationManager Navigation { get; set; } = default!;

    /// <summary>Runs a write when the analyst may write, with the form busy meanwhile; false when refused.</summary>
    protected async Task<bool> WriteAsync(Func<Task> write)
    {
        if (Access.Refusal(AnalystKey) is { } refusal)
        {
            Snackbar.Add(refusal, Severity.Error);
            return false;
        }
        Busy = true;
        try
        {
            await write();
            return true;
        }
        finally
        {
            Busy = false;
        }
    }

    /// <summary>Applies a correction; on success reports it, tells the page, and returns it (null when refused or failed).</summary>
    protected async Task<CorrectionResult?> CorrectAsync(Func<Corrector, Task<CorrectionResult>> correct, string done)
    {
        CorrectionResult? landed = null;
        await WriteAsync(async () =>
        {
            var result = await Ingest.CorrectAsync(correct);
            if (result.Error is { } error)
            {
                Snackbar.Add(error, Severity.Error);
                return;
            }
            Snackbar.Add($"{done}: {result.Reprocessed.Count} article(s) processed again.", Severity.Success);
            await OnCorrected.InvokeAsync();
            landed = result;
        });
        return landed;
    }
}
