using MapDashboard.Data.Control;

namespace MapDashboard.Web;

/// <summary>What became of a correction of control: the period stored, or the wrong fields (name to message), or an unknown place.</summary>
public sealed record ControlCorrectionOutcome(ControlPeriod? Stored, IReadOnlyDictionary<string, string> Errors, bool PlaceUnknown);
