using System.Text.RegularExpressions;
using MapDashboard.Core.Dates;

namespace MapDashboard.Core.Articles;

/// <summary>
/// Reads title, outlet, author and republisher from an article's header lines, and takes its publication date from
/// <see cref="PublicationDateResolver"/>: a page-render or crawl timestamp is never trusted as the report's date, and no
/// date leaves the article undated.
/// </summary>
internal static partial class MetadataExtractor
{
    public static ArticleMetadata Extract(string? title, IReadOnlyList<string> headerLines, HtmlBlockReader.PageMetadata? page, PublicationDate dating)
    {
        var notes = new List<string>();
        string? author = null, originalSource = null;
        var dated = new List<(string Name, PublicationDates.Found Date)>();

        foreach (var line in headerLines)
        {
            if (BoilerplateRules.Timestamp().IsMatch(line.Trim()))
            {
                continue;
            }
            var source = OriginalSourceLine().Match(line);
            if (source.Success)
            {
                originalSource ??= source.Groups[1].Value.Trim().TrimEnd('.');
                continue;
            }
            var rest = line.Trim();
            var byline = Byline().Match(rest);
            if (byline.Success)
            {
                rest = byline.Groups[1].Value.Trim();
            }
            var dates = PublicationDates.FindAll(rest);
            if (dates.Count > 0 && rest.Length - dates[0].Length <= 60)
            {
                var name = rest[..dates[0].Index].Trim().TrimEnd(',', '-', '|').Trim();
                if (byline.Success && author is null)
                {
                    var split = SplitTrailingName(name);
                    author = split.Author;
                    name = split.Remainder;
                }
                if (DateLabels.Of(name) is null)
                {
                    dated.Add((name, dates[0]));
                }
            }
            else if (byline.Success && author is null && rest.Length <= 60)
            {
                author = rest;
            }
        }

        var outlet = originalSource ?? author ?? page?.SiteName;
        string? republisher = null;
        if (dated.Count > 0)
        {
            var original = dated.OrderBy(d => d.Date.Date).First();
            outlet ??= original.Name.Length > 0 ? original.Name : null;
            republisher = dated.Select(d => d.Name).FirstOrDefault(n => n.Length > 0 && !string.Equals(n, outlet, StringComparison.OrdinalIgnoreCase));
        }

        var trust = DateTrust.None;
        string? evidence = null;
        if (dating.Clue is { } clue)
        {
            trust = DateTrust.Trusted;
            evidence = clue.Text;
            var others = dating.Clues.Count(c => c.Date is not null && !ReferenceEquals(c, clue) && DateClueKinds.Tier(c.Kind) is not null);
            notes.Add($"dated from {dating.Describe()}" + (dating.Note is null ? "" : $"; {dating.Note}") + (others > 0 ? $" ({others} other clue(s) weighed)" : ""));
        }
        else
        {
            var refused = dating.Clues.FirstOrDefault(c => c.Kind is DateClueKind.RenderTimestamp or DateClueKind.CrawlTimestamp);
            if (refused is not null)
            {
                trust = DateTrust.Untrusted;
                evidence = refused.Text;
            }
            notes.Add(dating.Note ?? "no publication date found: the article is undated until a date is set");
        }

        return new ArticleMetadata(title ?? page?.Title, outlet, author ?? page?.Author, republisher, dating.Date, dating.Precision, evidence, trust, notes, dating);
    }

    /// <summary>"South Front Global Research" after "By": the first name is the author, the rest another source.</summary>
    private static (string? Author, string Remainder) SplitTrailingName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 4)
        {
            var half = words.Length / 2;
            return (string.Join(' ', words[..half]), string.Join(' ', words[half..]));
        }
        return (name.Length > 0 ? name : null, "");
    }

    [GeneratedRegex(@"^\s*by\s+(.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^\s*the original source of this article is\s+(.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OriginalSourceLine();
}
