using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MapDashboard.Core.Articles;

/// <summary>
/// Reads an HTML page with AngleSharp into visible text blocks (scripts, styles, navigation, headers, footers, asides
/// and forms dropped), each character mapped back to its place in the original markup, plus the page's own metadata.
/// </summary>
internal static class HtmlBlockReader
{
    private static readonly HashSet<string> Skipped =
        ["SCRIPT", "STYLE", "NOSCRIPT", "NAV", "FOOTER", "HEADER", "ASIDE", "FORM", "IFRAME", "SVG", "BUTTON", "TEMPLATE", "SELECT", "FIGCAPTION", "HEAD"];

    private static readonly HashSet<string> BlockLevel =
        ["P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "ARTICLE", "SECTION", "TD", "TH", "TR", "PRE", "BR", "MAIN", "UL", "OL", "TABLE", "DD", "DT", "HR"];

    /// <summary>The page's own metadata (meta tags and title), when present.</summary>
    public sealed record PageMetadata(string? Title, string? Author, string? SiteName, IReadOnlyList<DateClue> DateClues, string? Address);

    public static (List<TextBlock> Blocks, PageMetadata Metadata) Read(string original)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(original);
        var metadata = new PageMetadata(
            Meta(document, "og:title") ?? document.QuerySelector("h1")?.TextContent.Trim() ?? NullIfEmpty(document.Title),
            Meta(document, "author") ?? Meta(document, "article:author"),
            Meta(document, "og:site_name"),
            HtmlDateClues.Find(document),
            HtmlDateClues.Address(document));

        var aligner = new Aligner(original);
        var blocks = new List<TextBlock>();
        var current = new BlockBuilder();
        void Flush()
        {
            if (current.Build() is { } block)
            {
                blocks.Add(block);
            }
            current = new BlockBuilder();
        }
        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IElement element)
                {
                    if (Skipped.Contains(element.TagName))
                    {
                        continue;
                    }
                    var isBlock = BlockLevel.Contains(element.TagName);
                    if (isBlock)
                    {
                        Flush();
                    }
                    Walk(element);
                    if (isBlock)
                    {
                        Flush();
                    }
                }
                else if (child is IText text && text.Data.Length > 0)
                {
                    aligner.Align(text.Data, current);
                }
            }
        }
        if (document.Body is { } body)
        {
            Walk(body);
        }
        Flush();
        return (blocks, metadata);
    }

    private static string? Meta(IDocument document, string name) =>
        NullIfEmpty(document.QuerySelector($"meta[property='{name}']")?.GetAttribute("content")
            ?? document.QuerySelector($"meta[name='{name}']")?.GetAttribute("content"));

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>Collects visible characters, collapsing runs of white space to one space.</summary>
    private sealed class BlockBuilder
    {
        private readonly StringBuilder _text = new();
        private readonly List<int> _origins = [];
        private readonly List<int> _lengths = [];

        public void Add(char c, int origin, int length)
        {
            if (char.IsWhiteSpace(c))
            {
                if (_text.Length == 0 || _text[^1] == ' ')
                {
                    return;
                }
                c = ' ';
            }
            _text.Append(c);
            _origins.Add(origin);
            _lengths.Add(length);
        }

        public TextBlock? Build()
        {
            while (_text.Length > 0 && _text[^1] == ' ')
            {
                _text.Length--;
                _origins.RemoveAt(_origins.Count - 1);
                _lengths.RemoveAt(_lengths.Count - 1);
            }
            return _text.Length == 0 ? null : new TextBlock(_text.ToString(), [.. _origins], [.. _lengths], FollowsBlankLine: true);
        }
    }

    /// <summary>Walks the original markup in step with the parser's text nodes to find each character's offset.</summary>
    private sealed class Aligner(string original)
    {
        private int _cursor;

        public void Align(string text, BlockBuilder block)
        {
            var start = Find(text);
            if (start < 0)
            {
                return;
            }
            var p = start;
            foreach (var c in text)
            {
                if (p < original.Length && original[p] == '&' && HtmlEntity.TryDecode(original, p, original.Length, out var decoded, out var length) && decoded == c)
                {
                    block.Add(c, p, length);
                    p += length;
                }
                else if (p < original.Length && (original[p] == c || (c == '\n' && original[p] == '\r')))
                {
                    if (original[p] == '\r' && c == '\n' && p + 1 < original.Length && original[p + 1] == '\n')
                    {
                        p++;
                    }
                    block.Add(c, p, 1);
                    p++;
                }
                else
                {
                    block.Add(c, Math.Min(p, original.Length - 1), 0);
                }
            }
            _cursor = p;
        }

        /// <summary>The next offset outside markup where the text node's first characters appear.</summary>
        private int Find(string text)
        {
            var probe = Math.Min(6, text.Length);
            var p = _cursor;
            while (p < original.Length)
            {
                if (original[p] == '<')
                {
                    p = SkipTag(p);
                    continue;
                }
                if (Matches(p, text, probe))
                {
                    return p;
                }
                p++;
            }
            return -1;
        }

        private bool Matches(int p, string text, int count)
        {
            var q = p;
            for (var i = 0; i < count; i++)
            {
                if (q >= original.Length)
                {
                    return false;
                }
                if (original[q] == '&' && HtmlEntity.TryDecode(original, q, original.Length, out var decoded, out var length) && decoded == text[i])
                {
                    q += length;
                }
                else if (original[q] == text[i])
                {
                    q++;
                }
                else
                {
                    return false;
                }
            }
            return true;
        }

        private int SkipTag(int p)
        {
            if (string.CompareOrdinal(original, p, "<!--", 0, 4) == 0)
            {
                var endComment = original.IndexOf("-->", p + 4, StringComparison.Ordinal);
                return endComment < 0 ? original.Length : endComment + 3;
            }
            foreach (var raw in new[] { "script", "style" })
            {
                if (p + raw.Length + 1 < original.Length && string.Compare(original, p + 1, raw, 0, raw.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    var close = original.IndexOf("</" + raw, p + 1, StringComparison.OrdinalIgnoreCase);
                    if (close >= 0)
                    {
                        var gt = original.IndexOf('>', close);
                        return gt < 0 ? original.Length : gt + 1;
                    }
                }
            }
            var end = original.IndexOf('>', p + 1);
            return end < 0 ? original.Length : end + 1;
        }
    }
}
