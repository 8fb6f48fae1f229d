using System.Globalization;
using MapDashboard.Core.Actors;
using MapDashboard.Core.Events;
using MapDashboard.Data.Corrections;
using MapDashboard.Data.Store;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MapDashboard.Web.Components.Review;

/// <summary>Corrects one event: its type, actors, date or change of control, or deletes it, in every article reporting it.</summary>
public sealed partial class EventCorrection : CorrectionForm
{
    private const string Unchanged = "\u0000as-reported";

    private EventDetail? _event;
    private bool _loaded;
    private IReadOnlyList<Faction> _factions = [];
    private string? _type;
    private string? _subType;
    private string? _actor1;
    private string? _actor2;
    private string? _date;
    private string? _dateEnd;
    private string _control = Unchanged;

    /// <summary>The event to correct.</summary>
    [Parameter]
    public long EventId { get; set; }

    [Inject]
    private EventQueries Queries { get; set; } = default!;

    [Inject]
    private FactionCatalogue Catalogue { get; set; } = default!;

    private string MapLink => _event?.Event is { } e
        ? string.Create(CultureInfo.InvariantCulture, $"/?lat={e.Lat ?? 35:F5}&lon={e.Lon ?? 38:F5}&zoom=10") + (e.DateStart is { } d ? $"&date={d}&window=week" : "&window=alltodate")
        : "/";

    /// <inheritdoc />
    protected override void OnInitialized() => _factions = Catalogue.Factions.OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ToList();

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        if (_event?.Event.Id != EventId)
        {
            await LoadAsync(EventId);
        }
    }

    private async Task LoadAsync(long id)
    {
        _event = await Queries.GetAsync(id);
        _loaded = true;
        if (_event?.Event is { } e)
        {
            (_type, _subType, _actor1, _actor2, _date, _dateEnd, _control) = (e.Type, e.SubType, e.Actor1 ?? "", e.Actor2 ?? "", e.DateStart, e.DateEnd == e.DateStart ? null : e.DateEnd, Unchanged);
        }
    }

    private void OnTypeChanged(string type)
    {
        _type = type;
        _subType = EventType.SubTypes[type][0];
    }

    private string? Name(string? id) => id is null ? null : Catalogue.Get(id)?.Name ?? id;

    private async Task SaveAsync()
    {
        if (_event?.Event is not { } e)
        {
            return;
        }
        var errors = new List<string>();
        var date = ParseDate(_date, "date", errors);
        var end = ParseDate(_dateEnd, "end date", errors);
        if (errors.Count > 0)
        {
            Snackbar.Add(string.Join(" ", errors), Severity.Error);
            return;
        }
        var fix = new CorrectionPayload
        {
            Type = _type != e.Type || _subType != e.SubType ? _type : null,
            SubType = _type != e.Type || _subType != e.SubType ? _subType : null,
            Actor1 = (_actor1 ?? "") != (e.Actor1 ?? "") ? _actor1 ?? "" : null,
            Actor2 = (_actor2 ?? "") != (e.Actor2 ?? "") ? _actor2 ?? "" : null,
            Date = date is { } d && (d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) != e.DateStart || end is not null || e.DatePrecision != "day") ? d : null,
            DateEnd = date is not null ? end : null,
            Control = _control == Unchanged ? null : new ControlCorrection(_control.Length == 0 ? null : _control),
        };
        await ApplyAsync(fix, "Event corrected");
    }

    private Task DeleteAsync() => ApplyAsync(new CorrectionPayload { Delete = true }, "Event deleted");

    private async Task ApplyAsync(CorrectionPayload fix, string done)
    {
        if (await CorrectAsync(c => c.CorrectEventAsync(EventId, fix, Author), done) is not { Correction: { } correction })
        {
            return;
        }
        // A corrected event is stored under its new key (and may get a new id): follow it.
        if (!fix.Delete && await Queries.FindCorrectedAsync(correction.Id) is { } corrected && corrected != EventId)
        {
            Navigation.NavigateTo($"/review?event={corrected}");
        }
        else
        {
            await LoadAsync(EventId);
        }
    }

    private static DateOnly? ParseDate(string? text, string what, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors.Add($"The {what} '{text}' is not a date in the form yyyy-MM-dd.");
        return null;
    }
}
