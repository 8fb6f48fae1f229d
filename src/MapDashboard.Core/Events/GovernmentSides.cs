namespace MapDashboard.Core.Events;

/// <summary>
/// The sides of a government and its affiliates (factions.json): Assad's before 8 December 2024 and the new government's
/// after it. Their gains are "Government regains territory", their detentions arrests (ACLED codebook). The fallen
/// regime's armed remnants after that date are a side of their own ("former-regime"): their gains are a non-state actor's.
/// </summary>
internal static class GovernmentSides
{
    /// <summary>Whether the side is a government's or its affiliates'.</summary>
    public static bool Contains(string side) => side is "pro-government" or "syrian-government-2024";
}
