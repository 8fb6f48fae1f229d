using System.Net;

namespace MapDashboard.Core.Articles;

/// <summary>Decodes one HTML character reference ("&amp;amp;", "&amp;#8217;") where it stands in the original text.</summary>
internal static class HtmlEntity
{
    /// <summary>Whether text[at..] before <paramref name="end"/> starts with an entity for one character; its length if so.</summary>
    public static bool TryDecode(string text, int at, int end, out char decoded, out int length)
    {
        decoded = '\0';
        length = 0;
        var semicolon = text.IndexOf(';', at + 1, Math.Min(12, end - at - 1));
        if (semicolon < 0)
        {
            return false;
        }
        var entity = text[at..(semicolon + 1)];
        var value = WebUtility.HtmlDecode(entity);
        if (value == entity || value.Length != 1)
        {
            return false;
        }
        decoded = value[0];
        length = entity.Length;
        return true;
    }
}
