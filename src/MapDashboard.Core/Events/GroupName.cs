using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 27: "a rebel group changed its name to the Free Hawran Front", "a new faction that named itself the Free Tribes Army",
/// "the brigade, now calling itself the Liberation Shield": the capitalised words of a group's new name after a naming form
/// (grammar kind naming-form) are a name, not the words they spell ("Free" is no liberation, "Shield" no operation), so the
/// triggers inside the name are dropped when the sentence has a group-change trigger. "The group renamed itself and freed
/// two villages" keeps "freed" (lower case, after the name's end).
/// </summary>
internal static class GroupName
{
    private static readonly Regex Naming = EventLexicon.GrammarRegex(@"\b", "naming-form", @"\s+(?:the\s+)?");

    // The name: capitalised words, joined by "of", "the", "for", "and" or an "al-" word, ending on a capitalised word.
    private static readonly Regex Name = new(@"\G(?:(?:\p{Lu}[\w'’-]*|al-\w+|of|the|for|and)\s+)*\p{Lu}[\w'’-]*", RegexOptions.CultureInvariant);

    /// <summary>The triggers without those inside a group's new name.</summary>
    public static List<SentenceTrigger> Without(List<SentenceTrigger> triggers, string sentence)
    {
        // (A cheap check first: most sentences have no group-change trigger.)
        if (!triggers.Any(t => t.Class == "group") || Naming.Match(sentence) is not { Success: true } naming
            || Name.Match(sentence, naming.Index + naming.Length) is not { Success: true, Length: > 0 } name)
        {
            return triggers;
        }
        return triggers.Where(t => t.Class == "group" || t.Match.Index < name.Index || t.Match.Index >= name.Index + name.Length).ToList();
    }
}
