using System.Text.RegularExpressions;

namespace MapDashboard.Core.Actors;

/// <summary>
/// The forms in which a report writes an ACLED actor name (Actors/acled-actors.tsv), so that ACLED's own naming is
/// recognised in text as the faction it maps to. ACLED's naming conventions (codebook, actor list):
/// <list type="bullet">
/// <item>state forces carry their period: "Military Forces of Syria (2000-2024)" is also written "Military Forces of Syria";
/// a unit follows its force's period ("... (2000-) Tiger Paramilitary Forces"), so the unit name stands alone too;</item>
/// <item>groups and generic actors carry the country: "Islamic State (Syria)" is also "Islamic State" (the countries are
/// the ones ACLED names state forces after: "Military Forces of X", "Police Forces of X");</item>
/// <item>a bracketed acronym is the group's short name: "Islamic State in Iraq and the Levant (ISIL)" is also the name
/// without it and the acronym (in capitals only);</item>
/// <item>an acronym prefix is the group's initials in its own language (Arabic, Kurdish): "HTS: Hayat Tahrir al Sham" is also
/// "Hayat Tahrir al Sham", and a prefix in capitals is also written alone ("AAS", "HNDZ", "JSH" for Jaysh al-Suri al-Hurr,
/// the Free Syrian Army), in capitals only; a mixed-case prefix ("FaR") is ACLED's own spelling, not one the press writes;</item>
/// <item>ACLED drops the hyphen of the Arabic article that the press writes: "al Sham" is also "al-Sham".</item>
/// </list>
/// </summary>
public static partial class AcledNameForms
{
    /// <summary>The country names ACLED writes in its state forces' names ("Syria", "Russia", "United States").</summary>
    public static HashSet<string> CountriesOf(IEnumerable<string> acledNames)
    {
        var countries = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in acledNames)
        {
            if (StateForces().Match(name) is { Success: true } m)
            {
                countries.Add(m.Groups["country"].Value.Trim());
            }
        }
        return countries;
    }

    /// <summary>
    /// The text forms of an ACLED actor name, the name itself first; acronyms come back with CaseSensitive set.
    /// </summary>
    public static IReadOnlyList<(string Text, bool CaseSensitive)> Of(string acledName, IReadOnlySet<string> countries)
    {
        var plain = new List<string> { acledName.Trim() };
        var acronyms = new List<string>();
        if (CodePrefix().Match(acledName.Trim()) is { Success: true } prefix && Acronym().IsMatch(prefix.Groups["code"].Value))
        {
            acronyms.Add(prefix.Groups["code"].Value);
        }
        var core = CodePrefix().Replace(acledName.Trim(), "");
        if (Period().Match(core) is { Success: true } period)
        {
            var unit = core[(period.Index + period.Length)..].Trim();
            if (unit.Length > 0)
            {
                plain.Add(unit);
            }
            core = Spaces().Replace(Period().Replace(core, " "), " ").Trim();
        }
        if (TrailingBracket().Match(core) is { Success: true } bracket)
        {
            var inside = bracket.Groups["inside"].Value.Trim();
            if (countries.Contains(inside))
            {
                core = core[..bracket.Index].Trim();
            }
            else if (Acronym().IsMatch(inside))
            {
                acronyms.Add(inside);
                core = core[..bracket.Index].Trim();
            }
        }
        plain.Add(core);
        var forms = plain.Concat(plain.Select(f => SpacedArticle().Replace(f, "$1-")))
            .Where(f => f.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(f => (f, false))
            .ToList();
        forms.AddRange(acronyms.Distinct(StringComparer.Ordinal).Select(a => (a, true)));
        return forms;
    }

    [GeneratedRegex(@"^(?:Military|Police) Forces of (?:the )?(?<country>[A-Z][\w ]*?)\s*(?:\(|$)")]
    private static partial Regex StateForces();

    [GeneratedRegex(@"^(?<code>[A-Za-z]{2,6}):\s+")]
    private static partial Regex CodePrefix();

    [GeneratedRegex(@"\s*\(\d{4}-(?:\d{4})?\)\s*")]
    private static partial Regex Period();

    [GeneratedRegex(@"\s*\((?<inside>[^()]+)\)$")]
    private static partial Regex TrailingBracket();

    [GeneratedRegex(@"^[A-Z]{2,6}$")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"\b([Aa]l|[Ee]l) (?=[A-Z])")]
    private static partial Regex SpacedArticle();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
