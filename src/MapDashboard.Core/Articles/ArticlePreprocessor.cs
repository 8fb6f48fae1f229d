using System.Text.RegularExpressions;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Articles;

/// <summary>
/// Article in, report out: reads the markup into text blocks, finds the title, drops the page header, publisher
/// boilerplate, repeated blocks and trailing lists of related headlines, and keeps a map from every cleaned
/// character back to the original so excerpts can be shown and highlighted where they were written.
/// </summary>
public static partial class ArticlePreprocessor
{
    private const int MinRepeatLength = 30;

    /// <summary>Cleans one article.</summary>
    public static CleanedArticle Process(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (blocks, page) = input.Format == ArticleFormat.Html
            ? HtmlBlockReader.Read(input.OriginalText)
            : (MarkdownBlockReader.Read(input.OriginalText, input.Format == ArticleFormat.Markdown), null);

        var removed = new List<RemovedBlock>();
        var header = new List<TextBlock>();
        var titleIndex = FindTitle(blocks, page?.Title);
        for (var i = 0; i < titleIndex; i++)
        {
            header.Add(blocks[i]);
            removed.Add(new RemovedBlock(blocks[i].OriginalStart, blocks[i].OriginalEnd, "page header before the title"));
        }

        var kept = new List<TextBlock>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = Math.Max(0, titleIndex); i < blocks.Count; i++)
        {
            var block = blocks[i];
            var text = block.Text.Trim();
            var reason = i == titleIndex ? null : Classify(block, text, i - titleIndex, header);
            var normalized = Normalize(text);
            if (reason is null && normalized.Length >= MinRepeatLength && !seen.Add(normalized))
            {
                reason = "repeated block";
            }
            if (reason is null)
            {
                kept.Add(block);
            }
            else
            {
                removed.Add(new RemovedBlock(block.OriginalStart, block.OriginalEnd, reason));
            }
        }
        DropTrailingHeadlines(kept, removed);

        var builder = new CleanTextBuilder();
        TextBlock? previous = null;
        foreach (var block in kept)
        {
            if (previous is not null)
            {
                // A long paragraph that stops mid-sentence was broken by the page's layout: keep the sentence whole.
                var broken = !ReferenceEquals(previous, kept[0]) && previous.Text.Length >= 80 && !EndsSentence(previous.Text.Trim());
                builder.AppendSynthetic(broken ? " " : "\n");
            }
            block.AppendTo(builder, input.OriginalText);
            previous = block;
        }
        builder.TrimEnd();
        var (cleaned, map) = builder.Build();
        var title = titleIndex >= 0 && titleIndex < blocks.Count ? blocks[titleIndex].Text.Trim().TrimStart('#', ' ') : null;
        var dating = ArticleDateClues.Resolve(input, header, kept.Skip(titleIndex >= 0 ? 1 : 0).Take(3), page, cleaned);
        var metadata = MetadataExtractor.Extract(title, header.Select(b => b.Text).ToList(), page, dating);
        return new CleanedArticle(input, cleaned, map, SentenceSplitter.Split(cleaned), metadata, removed);
    }

    /// <summary>Why a block after the title is not report text (collecting byline and date lines as header), or null.</summary>
    private static string? Classify(TextBlock block, string text, int position, List<TextBlock> header)
    {
        if (BoilerplateRules.Match(text) is { } reason)
        {
            if (reason == "source notice")
            {
                header.Add(block);
            }
            return reason;
        }
        if (BoilerplateRules.Timestamp().IsMatch(text))
        {
            header.Add(block);
            return "page timestamp";
        }
        if (position <= 6 && (BylineOrDateline().IsMatch(text) || TextDateClues.IsDateOrStampLine(text)))
        {
            header.Add(block);
            return "byline or dateline";
        }
        if (position <= 6 && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 && !EndsSentence(text))
        {
            header.Add(block);
            return "header label";
        }
        if (BoilerplateRules.IsTagLine(text))
        {
            return "tag line";
        }
        return null;
    }

    /// <summary>The title: the page's own, else the first line that reads like a headline (no final full stop).</summary>
    private static int FindTitle(List<TextBlock> blocks, string? pageTitle)
    {
        if (pageTitle is not null)
        {
            var exact = blocks.FindIndex(b => string.Equals(b.Text.Trim(), pageTitle.Trim(), StringComparison.OrdinalIgnoreCase));
            if (exact >= 0)
            {
                return exact;
            }
        }
        for (var i = 0; i < Math.Min(blocks.Count, 15); i++)
        {
            var text = blocks[i].Text.Trim();
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words >= 4 && text.Length <= 200 && !EndsSentence(text) && BoilerplateRules.Match(text) is null
                && !BoilerplateRules.Timestamp().IsMatch(text) && !BylineOrDateline().IsMatch(text) && !TextDateClues.IsDateOrStampLine(text))
            {
                return i;
            }
        }
        return 0;
    }

    /// <summary>Short headline-like blocks after the last paragraph: "related articles" lists.</summary>
    private static void DropTrailingHeadlines(List<TextBlock> kept, List<RemovedBlock> removed)
    {
        var last = kept.FindLastIndex(b => EndsSentence(b.Text.Trim()) && b.Text.Length > 80);
        if (last < 0 || kept.Count - last - 1 < 2)
        {
            return;
        }
        var tail = kept.Skip(last + 1).ToList();
        if (tail.All(b => b.Text.Length < 120 && !EndsSentence(b.Text.Trim())))
        {
            foreach (var block in tail)
            {
                removed.Add(new RemovedBlock(block.OriginalStart, block.OriginalEnd, "list of related headlines"));
            }
            kept.RemoveRange(last + 1, tail.Count);
        }
    }

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '\u201D' or ':';

    private static string Normalize(string text) => WhitespaceRuns.Collapse(text.ToLowerInvariant());

    [GeneratedRegex(@"^(by\s+\S|posted (on|by)|published\b|updated\b|written by\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineOrDateline();
}
