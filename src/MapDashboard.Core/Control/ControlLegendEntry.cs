namespace MapDashboard.Core.Control;

/// <summary>One legend row of the control layer at a date.</summary>
/// <param name="Category">"held", "shared" or "contested".</param>
/// <param name="Side">The side's name ("" for contested).</param>
/// <param name="Colour">The side's colour.</param>
/// <param name="Areas">How many separate areas are drawn for it.</param>
/// <param name="Places">How many places it holds (or are contested), military sites included.</param>
public sealed record ControlLegendEntry(string Category, string Side, string Colour, int Areas, int Places);
