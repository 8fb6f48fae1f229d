using System.Text.RegularExpressions;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// Spans that contain place names but are not places: armed groups built the Arabic way ("Jaish al-Islam (Idlib
/// branch)", "Ahrar al-Sham", "Liwa al-Quds"), media ("Tishrin newspaper", "Edlib News Network") and persons with a
/// kunya or a title ("Abu Mohammed al-Jolani", "Brigadier General Suheil al-Hassan").
/// </summary>
public static partial class NonPlaceSpans
{
    /// <summary>The non-place spans of <paramref name="text"/>.</summary>
    public static List<(int Start, int End)> Find(string text)
    {
        var spans = new List<(int, int)>();
        foreach (var regex in new[] { Group(), Media(), Person(), TitledPerson(), KnownPerson(), Tribe() })
        {
            foreach (Match m in regex.Matches(text))
            {
                var end = m.Index + m.Length;
                var branch = Branch().Match(text, end);
                if (branch.Success && branch.Index == end)
                {
                    end += branch.Length;
                }
                spans.Add((m.Index, end));
            }
        }
        return spans;
    }

    private const string Name = @"(?:(?:al|el|an|as|ash|ad|ar|at|az|bin|ibn|wa)[-\s])?[A-Z][\w'’`‘-]*";

    [GeneratedRegex(@"\b(?:Jaish|Jaysh|Jabhat|Jabha|Liwa|Liwaa|Harakat|Harakah|Katibat|Kataib|Kata'ib|Faylaq|Faylag|Failaq|Tajamu|Tajammu|Ahrar|Hayat|Hayyat|Haiat|Hay'at|Tahrir|Fatah|Ansar|Horas|Hurras|Hurras|Jund|Saraya|Ghurfat|Tansiqiyat|Usud|Osoud|Sukour|Suqour|Mujahidi|Mijahidou|Nour al-Din|Nur al-Din|Alwiya|Fawj|Firqat|Quwat|Jamaat|Jama'at)\s+(?:" + Name + @")(?:\s+(?:" + Name + @"))*")]
    private static partial Regex Group();

    [GeneratedRegex(@"\b(?:[A-Z][\w-]*\s+){1,3}(?:newspaper|News Network|News Agency|TV|Television|Radio|Press)\b|\b(?:Enab Baladi|Fars News|Press TV|al-Watan|Tishrin)\b|\b[A-Z][\w-]+\s+Islamic\s+(?:Party|Movement|Front)\b")]
    private static partial Regex Media();

    [GeneratedRegex(@"\bAbu\s+(?!al-|al\s|ad-|ad\s|az-|az\s|as-|an-|ar-|at-|ash-)[A-Z][\w-]+(?:\s+(?:al|el)-[A-Z][\w-]+)+")]
    private static partial Regex Person();

    [GeneratedRegex(@"\b(?:President|General|Gen\.|Brigadier(?:\s+General)?|Colonel|Col\.|Major General|Minister|Sheikh(?=\s+[A-Z]\w+\s+al-))\s+(?:[A-Z][\w-]+\s+)?(?:(?:al|el)-)?[A-Z][\w-]+(?:\s+(?:al|el)-[A-Z][\w-]+)?")]
    private static partial Regex TitledPerson();

    /// <summary>Leaders whose surnames are also somebody's place name, and any "X regime".</summary>
    [GeneratedRegex(@"\b(?:Bashar\s+)?(?:al-)?Assad\b|\b(?:Erdogan|Erdoğan|Putin|Jolani|Golani|Baghdadi)\b|\b[A-Z][\w-]+(?=\s+regime\b)")]
    private static partial Regex KnownPerson();

    [GeneratedRegex(@"\b(?:(?:al|el)[\s-])?[A-Z][\w’'`-]+\s+(?:tribe|clan|family)\b")]
    private static partial Regex Tribe();

    [GeneratedRegex(@"\s*\([A-Z][\w-]*\s+(?:branch|wing|faction|sector)\)")]
    private static partial Regex Branch();
}
