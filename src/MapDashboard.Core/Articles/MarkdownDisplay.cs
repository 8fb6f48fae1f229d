namespace MapDashboard.Core.Articles;

/// <summary>
/// How an article's stored text reads once its Markdown is taken as formatting, for showing it as text with its
/// offsets untouched: which characters a reader sees (link text without its target, no emphasis or heading markers,
/// as the pipeline reads it) and which lines are headings. Nothing is ever turned into HTML.
/// </summary>
public static class MarkdownDisplay
{
    /// <summary>One flag per character of <paramref name="original"/>: shown (true) or Markdown markup (false); line breaks are always shown.</summary>
    public static bool[] Visible(string original)
    {
        var visible = new bool[original.Length];
        foreach (var block in MarkdownBlockReader.Read(original, markdown: true))
        {
            for (var i = 0; i < block.Origins.Length; i++)
            {
                Array.Fill(visible, true, block.Origins[i], block.OriginLengths[i]);
            }
        }
        for (var i = 0; i < original.Length; i++)
        {
            if (original[i] == '\n')
            {
                visible[i] = true;
            }
        }
        return visible;
    }

    /// <summary>The lines of <paramref name="original"/> that are ATX headings ("# Title", "## Title"), as [start, end) offsets without the line break.</summary>
    public static IReadOnlyList<(int Start, int End)> Headings(string original)
    {
        var headings = new List<(int, int)>();
        var start = 0;
        while (start < original.Length)
        {
            var end = original.IndexOf('\n', start);
            end = end < 0 ? original.Length : end;
            var i = start;
            while (i < end && i - start < 3 && original[i] == ' ')
            {
                i++;
            }
            var hashes = 0;
            while (i + hashes < end && original[i + hashes] == '#')
            {
                hashes++;
            }
            if (hashes is >= 1 and <= 6 && (i + hashes == end || original[i + hashes] is ' ' or '\t'))
            {
                headings.Add((start, end));
            }
            start = end + 1;
        }
        return headings;
    }
}
