namespace MapDashboard.Core.Text;

/// <summary>
/// Each run of white space (what a regex's <c>\s</c> takes: <see cref="char.IsWhiteSpace(char)"/>) made one plain space,
/// as <c>Regex.Replace(text, @"\s+", " ")</c> does, but without a new string when the text is already so: most names
/// and lines are, and the regex built a copy of every one.
/// </summary>
public static class WhitespaceRuns
{
    /// <summary>The text with each white-space run one space; the same instance when nothing changes.</summary>
    public static string Collapse(string text)
    {
        var first = FirstChange(text);
        return first < 0 ? text : Build(text, first);
    }

    private static string Build(string text, int first)
    {
        Span<char> buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        text.AsSpan(0, first).CopyTo(buffer);
        var length = first;
        var inRun = first > 0 && char.IsWhiteSpace(text[first - 1]);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (!inRun)
                {
                    buffer[length++] = ' ';
                    inRun = true;
                }
            }
            else
            {
                buffer[length++] = c;
                inRun = false;
            }
        }
        return new string(buffer[..length]);
    }

    // The first character the collapse changes: a white space that is not a plain space, or one right after another.
    private static int FirstChange(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || (i > 0 && char.IsWhiteSpace(text[i - 1]))))
            {
                return i;
            }
        }
        return -1;
    }
}
