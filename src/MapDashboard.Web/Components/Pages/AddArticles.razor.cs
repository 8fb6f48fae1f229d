using System.Globalization;
using System.Text;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace MapDashboard.Web.Components.Pages;

/// <summary>Upload or paste articles (each is ingested in turn with its own progress and outcome), or import an ACLED CSV.</summary>
public sealed partial class AddArticles
{
    /// <summary>Row errors listed per import; the rest are counted.</summary>
    private const int ShownRowErrors = 100;

    private readonly List<Job> _jobs = [];
    private string? _key;
    private string? _title;
    private string? _outlet;
    private string? _date;
    private string? _text;
    private bool _interactive;
    private BatchProgress? _batch;

    [Inject]
    private IngestService Ingest { get; set; } = default!;

    [Inject]
    private WriteAccess Access { get; set; } = default!;

    [Inject]
    private LimitsOptions Limits { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <inheritdoc />
    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            // Only an interactive render gets here (not the prerender): tests and scripts wait for this before uploading.
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task UploadAsync(IReadOnlyList<IBrowserFile>? files)
    {
        if (files is null || files.Count == 0 || !Allowed())
        {
            return;
        }
        // Read every file first (the browser streams them), then process them one by one.
        var batch = new List<(Job Job, byte[]? Bytes)>();
        long batchBytes = 0;
        foreach (var file in files)
        {
            var job = new Job(file.Name);
            _jobs.Insert(0, job);
            if (file.Size > Ingest.MaxBytes)
            {
                job.Finish(JobState.Failed, $"{file.Size:N0} bytes, over the {Ingest.MaxBytes:N0}-byte limit");
                batch.Add((job, null));
                continue;
            }
            if (batchBytes + file.Size > Limits.MaxUploadBatchBytes)
            {
                job.Finish(JobState.Failed, $"not read: the batch is over its {Limits.MaxUploadBatchBytes:N0}-byte limit; add this file in another batch");
                batch.Add((job, null));
                continue;
            }
            batchBytes += file.Size;
            using var buffer = new MemoryStream();
            await using (var stream = file.OpenReadStream(Ingest.MaxBytes))
            {
                await stream.CopyToAsync(buffer);
            }
            batch.Add((job, buffer.ToArray()));
        }
        StateHasChanged();
        await RunAsync(batch);
    }

    private async Task ImportAcledAsync(IBrowserFile? file)
    {
        if (file is null || !Allowed())
        {
            return;
        }
        var job = new Job(file.Name);
        _jobs.Insert(0, job);
        if (file.Size > Ingest.MaxImportBytes)
        {
            job.Finish(JobState.Failed, $"{file.Size:N0} bytes, over the {Ingest.MaxImportBytes:N0}-byte limit");
            return;
        }
        job.State = JobState.Running;
        StateHasChanged();
        // The browser streams the file to a temporary copy first, so the store's single writer is not held during the upload.
        var copy = Path.Combine(Path.GetTempPath(), $"mapdash-acled-{Guid.NewGuid():N}.csv");
        try
        {
            await using (var target = File.Create(copy))
            await using (var source = file.OpenReadStream(Ingest.MaxImportBytes))
            {
                await source.CopyToAsync(target);
            }
            await using var csv = File.OpenRead(copy);
            var (report, error) = await Ingest.ImportAcledAsync(file.Name, csv);
            if (report is not null)
            {
                job.Finish(JobState.Done, report.Summary);
                job.RowErrors = [.. report.Errors.Select(e => e.ToString())];
                job.Imported = report.Imported + report.Updated + report.Unchanged > 0;
            }
            else
            {
                job.Finish(JobState.Failed, error ?? "not imported");
            }
        }
        catch (IOException ex)
        {
            job.Finish(JobState.Failed, $"the upload could not be read: {ex.Message}");
        }
        finally
        {
            File.Delete(copy);
        }
        Snackbar.Add($"{file.Name}: {job.Message}", job.State == JobState.Done && job.RowErrors.Count == 0 ? Severity.Success : Severity.Warning);
    }

    private async Task PasteAsync()
    {
        if (!Allowed())
        {
            return;
        }
        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(_date))
        {
            if (!DateOnly.TryParseExact(_date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Snackbar.Add($"'{_date}' is not a date in the form yyyy-MM-dd.", Severity.Error);
                return;
            }
            published = date;
        }
        var name = string.IsNullOrWhiteSpace(_title) ? "pasted article" : _title.Trim();
        var job = new Job(name) { Overrides = new ArticleOverrides(NullIfBlank(_title), NullIfBlank(_outlet), published) };
        _jobs.Insert(0, job);
        // A title typed in the form is also the first line, so the text reads like an article.
        var text = (string.IsNullOrWhiteSpace(_title) ? "" : _title.Trim() + "\n\n") + (_text ?? "");
        await RunAsync([(job, Encoding.UTF8.GetBytes(text))]);
        if (job.State == JobState.Done)
        {
            _text = null;
            _title = null;
        }
    }

    private async Task RunAsync(List<(Job Job, byte[]? Bytes)> batch)
    {
        var added = 0;
        var failed = 0;
        // A batch of several files shows how far it is (n of m, files per second, time left) above the list.
        _batch = batch.Count > 1 ? new BatchProgress(batch.Count) : null;
        foreach (var (job, bytes) in batch)
        {
            _batch?.Step();
            if (bytes is null)
            {
                failed++;
                continue;
            }
            job.State = JobState.Running;
            StateHasChanged();
            var result = await Ingest.IngestAsync(job.Name, bytes, job.Overrides);
            job.Finish(result.Error is null ? JobState.Done : JobState.Failed, IngestService.Describe(result));
            job.ArticleId = result.Outcome?.ArticleId;
            if (result.Outcome is { Status: IngestStatus.Added or IngestStatus.Reprocessed })
            {
                added++;
            }
            else if (result.Error is not null)
            {
                failed++;
            }
            StateHasChanged();
        }
        _batch?.Step();
        StateHasChanged();
        Snackbar.Add($"{added} article(s) added{(failed > 0 ? $", {failed} refused" : "")}.", failed > 0 ? Severity.Warning : Severity.Success);
    }

    private bool Allowed()
    {
        if (Access.Refusal(_key) is { } refusal)
        {
            Snackbar.Add(refusal, Severity.Error);
            return false;
        }
        return true;
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string JobIcon(Job job) => job.State switch
    {
        JobState.Done => Icons.Material.Filled.CheckCircle,
        JobState.Failed => Icons.Material.Filled.Error,
        _ => Icons.Material.Filled.HourglassTop,
    };

    private static Color JobColour(Job job) => job.State switch { JobState.Done => Color.Success, JobState.Failed => Color.Error, _ => Color.Default };

    private enum JobState
    {
        Waiting,
        Running,
        Done,
        Failed,
    }

    /// <summary>How far the current upload batch is: <see cref="Step"/> once before each file and once at the end.</summary>
    private sealed class BatchProgress(int total)
    {
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
        private int _steps;

        public int Total { get; } = total;

        /// <summary>The files processed so far.</summary>
        public int Done => Math.Max(0, _steps - 1);

        public string Line { get; private set; } = "";

        public void Step()
        {
            _steps++;
            Line = Core.Pipeline.ProgressLine.Format(Done, Total, _clock.Elapsed);
        }
    }

    private sealed class Job(string name)
    {
        public string Name { get; } = name;

        public JobState State { get; set; } = JobState.Waiting;

        public string Message { get; private set; } = "waiting";

        public long? ArticleId { get; set; }

        public ArticleOverrides? Overrides { get; init; }

        /// <summary>The rows an import skipped, as file:line: reason.</summary>
        public IReadOnlyList<string> RowErrors { get; set; } = [];

        /// <summary>Whether an import left events in the store to look at.</summary>
        public bool Imported { get; set; }

        public void Finish(JobState state, string message)
        {
            State = state;
            Message = message;
        }
    }
}
