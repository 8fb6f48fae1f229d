namespace MapDashboard.Data.Gazetteer.Villages;

/// <summary>
/// OCHA writes some names with the Arabic article fused to the first word ("Altalila" for التليلة, "Elhisan" for الحصان),
/// where reports write the name without it ("Talila", "al-Talila"). The Arabic name tells an article (it opens with
/// "ال") from a name that merely starts with those letters ("Alma" is علما, "Almadar" علمدار): only then is the name
/// without its fused article added as another spelling.
/// </summary>
internal static class FusedArticle
{
    private const string ArabicArticle = "\u0627\u0644";

    /// <summary>The English name without its fused article, or null when it has none by the Arabic name's testimony.</summary>
    public static string? Without(string english, string? arabic)
    {
        if (arabic is null || !arabic.TrimStart().StartsWith(ArabicArticle, StringComparison.Ordinal) || english.Length < 6)
        {
            return null;
        }
        var opens = english.StartsWith("Al", StringComparison.OrdinalIgnoreCase) || english.StartsWith("El", StringComparison.OrdinalIgnoreCase);
        var rest = english[2..];
        if (!opens || !char.IsLetter(rest[0]) || "aeiouAEIOU".Contains(rest[0], StringComparison.Ordinal) || rest.Split(' ')[0].Length < 4)
        {
            return null;
        }
        return char.ToUpperInvariant(rest[0]) + rest[1..];
    }
}
