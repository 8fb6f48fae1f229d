using System.Text;

namespace MapDashboard.Core.Articles;

/// <summary>
/// Turns plain text or Markdown into one block per non-blank line, keeping only what a reader sees: link text
/// without its target, no emphasis markers, headings, escapes or inline HTML tags, entities decoded.
/// </summary>
internal static class MarkdownBlockReader
{
    public static List<TextBlock> Read(string original, bool markdown)
    {
        var blocks = new List<TextBlock>();
        var blankBefore = false;
        var lineStart = 0;
        while (lineStart <= original.Length)
        {
            var lineEnd = original.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = original.Length;
            }
            var block = ReadLine(original, lineStart, lineEnd, markdown, blankBefore);
            if (block is null)
            {
                blankBefore = true;
            }
            else
            {
                blocks.Add(block);
                blankBefore = false;
            }
            lineStart = lineEnd + 1;
        }
        return blocks;
    }

    private static TextBlock? ReadLine(string s, int start, int end, bool markdown, bool blankBefore)
    {
        // One thread's buffers serve every line (a line's text and offsets are copied out at its end).
        var buffers = t_line ??= new LineBuffers();
        var text = buffers.Text.Clear();
        var origins = buffers.Origins;
        var lengths = buffers.Lengths;
        origins.Clear();
        lengths.Clear();
        void Emit(char c, int at, int length)
        {
            text.Append(c);
            origins.Add(at);
            lengths.Add(length);
        }

        var i = start;
        while (i < end && (s[i] is ' ' or '\t' or '\r' || (markdown && s[i] is '#' or '>')))
        {
            i++;
        }
        while (i < end)
        {
            var c = s[i];
            if (c == '\r')
            {
                i++;
                continue;
            }
            if (markdown && c == '\\' && i + 1 < end && "\\`*_{}[]()#+-.!|<>".Contains(s[i + 1]))
            {
                Emit(s[i + 1], i + 1, 1);
                i += 2;
                continue;
            }
            if (markdown && c is '*' or '_' && IsEmphasisMarker(s, i, start, end))
            {
                i++;
                continue;
            }
            if (markdown && c == '[' && TryLink(s, i, end, out var textStart, out var textEnd, out var linkEnd))
            {
                for (var k = textStart; k < textEnd; k++)
                {
                    if (s[k] is not ('*' or '_'))
                    {
                        Emit(s[k], k, 1);
                    }
                }
                i = linkEnd;
                continue;
            }
            if (markdown && c == '<' && TryInlineTag(s, i, end, out var tagEnd, out var autolink))
            {
                if (autolink is { } link)
                {
                    for (var k = link.Start; k < link.End; k++)
                    {
                        Emit(s[k], k, 1);
                    }
                }
                i = tagEnd;
                continue;
            }
            if (c == '&' && HtmlEntity.TryDecode(s, i, end, out var decoded, out var entityLength))
            {
                Emit(decoded, i, entityLength);
                i += entityLength;
                continue;
            }
            Emit(c is '\u00A0' or '\u2007' or '\u2009' or '\u202F' ? ' ' : c, i, 1);
            i++;
        }
        while (text.Length > 0 && char.IsWhiteSpace(text[^1]))
        {
            text.Length--;
            origins.RemoveAt(origins.Count - 1);
            lengths.RemoveAt(lengths.Count - 1);
        }
        var block = text.Length == 0 ? null : new TextBlock(text.ToString(), [.. origins], [.. lengths], blankBefore);
        if (origins.Capacity > MaxKeptLine)
        {
            t_line = null; // a pathological line's buffers are not kept for the thread's lifetime
        }
        return block;
    }

    private const int MaxKeptLine = 1 << 16;

    [ThreadStatic]
    private static LineBuffers? t_line;

    private sealed class LineBuffers
    {
        public StringBuilder Text { get; } = new();

        public List<int> Origins { get; } = [];

        public List<int> Lengths { get; } = [];
    }

    /// <summary>An * or _ that opens or closes emphasis (next to a word on one side, space or edge on the other).</summary>
    private static bool IsEmphasisMarker(string s, int i, int start, int end)
    {
        var before = i > start ? s[i - 1] : ' ';
        var after = i + 1 < end ? s[i + 1] : ' ';
        if (s[i] == '_' && char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after))
        {
            return false;
        }
        return !(char.IsWhiteSpace(before) && char.IsWhiteSpace(after));
    }

    private static bool TryLink(string s, int i, int end, out int textStart, out int textEnd, out int linkEnd)
    {
        textStart = i + 1;
        textEnd = s.IndexOf(']', textStart, end - textStart);
        linkEnd = -1;
        if (textEnd < 0 || textEnd + 1 >= end || s[textEnd + 1] != '(')
        {
            return false;
        }
        var close = s.IndexOf(')', textEnd + 2, end - textEnd - 2);
        if (close < 0)
        {
            return false;
        }
        linkEnd = close + 1;
        return true;
    }

    /// <summary>An inline HTML tag (&lt;u&gt;, &lt;/a&gt;) or an autolink &lt;http://...&gt; whose URL stays visible.</summary>
    private static bool TryInlineTag(string s, int i, int end, out int tagEnd, out (int Start, int End)? autolink)
    {
        autolink = null;
        var close = s.IndexOf('>', i + 1, end - i - 1);
        tagEnd = close + 1;
        if (close < 0)
        {
            return false;
        }
        var inner = s.AsSpan(i + 1, close - i - 1);
        if (inner.StartsWith("http", StringComparison.OrdinalIgnoreCase) || inner.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            autolink = (i + 1, close);
            return true;
        }
        return inner.Length > 0 && (char.IsLetter(inner[0]) || inner[0] == '/') && !inner.Contains('<');
    }
}
