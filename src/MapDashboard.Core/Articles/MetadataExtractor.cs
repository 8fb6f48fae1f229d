using System.Text.RegularExpressions;

namespace MapDashboard.Core.Articles;

/// <summary>
/// Reads title, outlet, author, republisher and publication date from an article's header lines. Several dated
/// source lines (a republication and the original report) give the earliest date, the original's; a bare page
/// timestamp is never trusted as the report's date; no date leaves the article undated.
/// </summary>
internal static partial class MetadataExtractor
{
    public static ArticleMetadata Extract(string? title, IReadOnlyList<string> headerLines, HtmlBlockReader.PageMetadata? page)
    {
        var notes = new List<string>();
        string? author = null, originalSource = null;
        var dated = new List<(string Name, PublicationDates.Found Date, string Line)>();
        string? timestamp = null;

        foreach (var line in headerLines)
        {
            if (BoilerplateRules.Timestamp().IsMatch(line.Trim()))
            {
                timestamp = line.Trim();
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
                dated.Add((name, dates[0], line.Trim()));
            }
            else if (byline.Success && author is null && rest.Length <= 60)
            {
                author = rest;
            }
        }

        var outlet = originalSource ?? author ?? page?.SiteName;
        string? republisher = null;
        DateOnly? published = null;
        DatePrecision? precision = null;
        string? evidence = null;
        var trust = DateTrust.None;

        if (dated.Count > 0)
        {
            var original = dated.OrderBy(d => d.Date.Date).First();
            published = original.Date.Date;
            precision = original.Date.Precision;
            evidence = original.Line;
            trust = DateTrust.Trusted;
            outlet ??= original.Name.Length > 0 ? original.Name : null;
            republisher = dated.Select(d => d.Name).FirstOrDefault(n => n.Length > 0 && !string.Equals(n, outlet, StringComparison.OrdinalIgnoreCase));
            if (dated.Count > 1)
            {
                notes.Add($"{dated.Count} dates in the header; the earliest, the original report's, is used ({evidence})");
            }
        }
        else if (PublicationDates.ParseIso(page?.Published) is { } pageDate)
        {
            published = pageDate;
            precision = DatePrecision.Day;
            evidence = "page metadata: " + page!.Published;
            trust = DateTrust.Trusted;
        }
        else if (timestamp is not null)
        {
            trust = DateTrust.Untrusted;
            evidence = timestamp;
            notes.Add($"'{timestamp}' is a page-render timestamp, not the report's date: the article is undated until a date is set");
        }
        else
        {
            notes.Add("no publication date found: the article is undated until a date is set");
        }

        return new ArticleMetadata(title ?? page?.Title, outlet, author ?? page?.Author, republisher, published, precision, evidence, trust, notes);
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
