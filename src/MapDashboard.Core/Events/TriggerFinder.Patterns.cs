using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>The trigger finder's patterns of clause shape: passives, states of control, relative clauses, clause ends.</summary>
public sealed partial class TriggerFinder
{
    [GeneratedRegex(@"\b(\w+)\s+(?:\w+ly\s+)?$")]
    private static partial Regex PassiveBefore();

    [GeneratedRegex(@"\b(?:under|in|into|remain(?:s|ed)? in|areas? under)\s+(?:the\s+|its\s+|their\s+|full\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex StateBefore();

    [GeneratedRegex(@"\b(?:(?<before>[\w'-]+)\s+)?(?:(?<that>that)|which)\s+(?:[\w'-]+\s+){1,6}$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeBefore();

    [GeneratedRegex(@"\b(?:from|of|against|with|by|to|on|among)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Prepositional();

    [GeneratedRegex(@"^\s+by\b", RegexOptions.IgnoreCase)]
    private static partial Regex ByAfter();

    [GeneratedRegex(@"[;:]|,\s+(?:while|whereas|but|as|and then)\b|\.\s")]
    private static partial Regex ClauseEnd();
}
