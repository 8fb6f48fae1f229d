namespace MapDashboard.Data.Control;

/// <summary>One usable mark of a control snapshot, with the line it was read from.</summary>
/// <param name="Side">The snapshot's side word (or a catalogue faction id in the plain layout).</param>
/// <param name="Parties">For shared and contested marks: the sides involved, first the one drawn.</param>
/// <param name="Status">held, contested, shared or besieged.</param>
/// <param name="AsOf">The row's own date (plain layout), else null: the import's --as-of.</param>
public sealed record SnapshotRow(long Line, string Name, double Lat, double Lon, string Side, IReadOnlyList<string> Parties, string Status, string Kind,
    DateOnly? AsOf, string? Source, string? Link);
