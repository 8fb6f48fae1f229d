using System.Text.RegularExpressions;

namespace MapDashboard.Core.Articles;

/// <summary>
/// Publisher material that is not the report, as data: each pattern names why a matching line goes. Patterns are
/// about kinds of boilerplate (appeals, disclaimers, share prompts, page chrome), not about particular articles.
/// </summary>
internal static partial class BoilerplateRules
{
    // Compiled where the application turns compiled word-list regexes on (the CLI): every line of every article meets them.
    // (Declared before the rules: static fields are set in the order written.)
    private static readonly RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | Events.WordListRegexes.Options;

    private static readonly (Regex Pattern, string Reason)[] Rules =
    [
        (new(@"^(region|theme|in-depth report|articles? by|related( articles| posts| stories)?|tags?|topics?|filed under|categories|read (more|also)|see also|more on)\s*:", Options), "publisher navigation and tag line"),
        (new(@"^\**\s*disclaimer\s*:|responsibility of the author|\bfair use\b|copyrighted material|all rights reserved|grants permission to cross-post", Options), "disclaimer or copyright notice"),
        (new(@"^copyright\b|©\s*\[?[a-z0-9 ]+\]?(\([^)]*\))?,? ?(\d{4})?\s*$|^\(c\) \d{4}", Options), "copyright notice"),
        (new(@"^the original source of this article is\b", Options), "source notice"),
        (new(@"\b(support (the|our) (project|work)|paypal|patreon|donat(e|ion)|become a (member|patron|subscriber)|subscribe to our|our work wouldn'?t be possible)\b", Options), "donation or membership appeal"),
        (new(@"\bcomment (on|via)\b.*\b(facebook|twitter|sputnik)\b|^comment via\b|share (buttons|this)|\bcrosspost\b|forward this article|^community standards|^discussion$|^follow us\b", Options), "comment or share prompt"),
        (new(@"^note to readers\b", Options), "note to readers"),
        (new(@"^for media inquiries\b", Options), "media contact"),
        (new(@"^(listen live|get short url|\d+\s*min(ute)?s? read|print this (page|article)|email this|advertisement|skip to content)$", Options), "page chrome"),
        (new(@"^(©|photo:|image:|credit:|pictured:)|\bap photo\b|\breuters/|\bgetty images\b|^all images in this article\b", Options), "image credit or caption"),
        (new(@"^(https?://\S+|www\.\S+)$", Options), "bare link"),
        (new(@"^[\s*_=#~\-–—]+$", Options), "separator"),
    ];

    /// <summary>The reason a line is boilerplate, or null when it may be part of the report.</summary>
    public static string? Match(string line)
    {
        if (!LineShape().IsMatch(line) && !line.Contains('©') && !(CandidateWords.MayMatch(line) && Candidate().IsMatch(line)))
        {
            return null;
        }
        foreach (var (pattern, reason) in Rules)
        {
            if (pattern.IsMatch(line))
            {
                return reason;
            }
        }
        return null;
    }

    /// <summary>The cheap first pass, with <see cref="Candidate"/>: a line no rule can match opens with a word character, holds more than one word and no "©".</summary>
    [GeneratedRegex(@"^\W|^\S+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineShape();

    /// <summary>
    /// The rest of the first pass: a line no rule can match has none of these marks or words. Apart from
    /// <see cref="LineShape"/> because with anchored alternatives in the same pattern the generator finds no literal to search for
    /// and tries every position of every line; and behind <see cref="CandidateWords"/>, its words read from it, as most lines hold none.
    /// </summary>
    [GeneratedRegex(@":|\(c\)|\b(?:copyright|fair use|responsibility|rights reserved|cross-post|support|paypal|patreon|donat|become a|subscribe|comment|share|crosspost|forward|community|discussion|follow|note to|media inquir|listen|short url|min read|print this|email this|advertisement|skip to|photo|image|credit|pictured|reuters|getty|all images|original source|wouldn't be possible|http|www\.)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();

    private static readonly Text.RequiredWords CandidateWords = Text.RequiredWords.Of(Candidate());

    /// <summary>A page timestamp: a time of day with a date ("09:05 GMT +308 December 2019").</summary>
    [GeneratedRegex(@"^\d{1,2}:\d{2}(\s*(am|pm))?\s*(gmt|utc|[a-z]{3,4})?\s*[+\-]?\d{0,2}\s*\d{1,2}\s+[a-z]+\s+\d{4}$|^\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Timestamp();

    /// <summary>A comma-separated tag line: several short items and no sentence.</summary>
    public static bool IsTagLine(string line)
    {
        var items = line.Split(',');
        return items.Length >= 4 && items.All(i => i.Trim().Length is > 0 and <= 40) && !line.TrimEnd().EndsWith('.');
    }
}
