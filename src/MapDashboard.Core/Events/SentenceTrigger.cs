using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>A trigger found in a sentence: its rule, where it matched, and whether it is in the passive voice.</summary>
public sealed record SentenceTrigger(TriggerRule Rule, Match Match, bool Passive)
{
    /// <summary>The trigger's class.</summary>
    public string Class => Rule.Class;

    /// <summary>"fell to X", "is now under X" (object "holder"): the holder follows the verb.</summary>
    public bool HolderFollows => Rule.Class == "territory" && (Rule.Object is null or "holder" || StateHolderFollows);

    /// <summary>"Y is now under the control of X": a state of control whose holder follows it.</summary>
    public bool StateHolderFollows { get; init; }

    /// <summary>"forcing the troops to retreat": the causative cue before the side made to leave (a forced withdrawal), found once by the trigger finder.</summary>
    public Match? ForcedCue { get; init; }
}
