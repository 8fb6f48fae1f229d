namespace MapDashboard.Data.Synth;

/// <summary>One event the generator has planned: its kind, actors, place, precision, day and confidence.</summary>
internal sealed record PlannedSyntheticEvent(string SubType, string Type, bool Control, string Actor1, string? Actor2, SynthPlace Place, int Precision, DateOnly Day, double Confidence);
