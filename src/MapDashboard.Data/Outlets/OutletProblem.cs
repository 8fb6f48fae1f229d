namespace MapDashboard.Data.Outlets;

/// <summary>Why an outlet edit was refused: the field (as the API names it) and a message naming the input.</summary>
public sealed record OutletProblem(string Field, string Message);
