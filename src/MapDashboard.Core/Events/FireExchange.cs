namespace MapDashboard.Core.Events;

/// <summary>
/// Session 23: both sides firing told with words between the verb and the noun ("exchanged heavy machine-gun fire",
/// "traded sporadic gunfire", "were exchanging intense artillery fire") is a battle like "exchanged fire": a verb of
/// exchange (grammar-words kind fire-exchange-verb), one to three modifiers (fire-modifier), and what is exchanged
/// (fire-exchange-noun). The plain forms without modifiers stay on the clash line of triggers.tsv.
/// </summary>
internal static class FireExchange
{
    /// <summary>The regex alternative (no word boundaries) and the words it starts with (for the trigger finder's prefilter).</summary>
    public static (string Pattern, IReadOnlyList<string> Leads) Alternative(EventLexicon lexicon) =>
        (lexicon.CueGroup("fire-exchange-verb") + @"\s+(?:" + lexicon.CueGroup("fire-modifier") + @"\s+){1,3}" + lexicon.CueGroup("fire-exchange-noun"),
            lexicon.CueForms("fire-exchange-verb"));

    /// <summary>Whether a clash rule of triggers.tsv names exchanges of fire, so the modified forms join it.</summary>
    public static bool Names(TriggerRule rule) =>
        rule.Class == "clash" && rule.Forms.Any(f => f.StartsWith("exchanged ", StringComparison.OrdinalIgnoreCase));
}
