using System.Globalization;

namespace MapDashboard.Core.Articles;

/// <summary>
/// Chooses an article's publication date from its clues (no I/O, no clock: never today). The strongest tier of
/// <see cref="DateClueKinds.Tier"/> wins; within a tier the finer precision, then the earliest date (a republished copy
/// carries a later date than the original report). A clue without a year takes the latest year that does not put it
/// after any other dated clue (and that fits its weekday); without another clue, the first year from the latest date
/// the text mentions onwards, as a guess. Render and crawl timestamps are recorded but never used.
/// </summary>
public static class PublicationDateResolver
{
    private const int GapForLikely = 62;

    /// <summary>The date the clues give (undated when none can), with the clue it came from.</summary>
    /// <param name="clues">Every clue found, in any order.</param>
    /// <param name="latestMentioned">The latest date the text itself mentions with a year, for clues that lack one.</param>
    public static PublicationDate Resolve(IReadOnlyList<DateClue> clues, (DateOnly Date, string Text)? latestMentioned = null)
    {
        ArgumentNullException.ThrowIfNull(clues);
        var ordered = clues.OrderBy(c => c.Position < 0 ? int.MaxValue : c.Position).ToList();
        var dated = ordered.Where(c => c.Date is not null && DateClueKinds.Tier(c.Kind) is not null).ToList();
        var candidates = new List<Candidate>();
        foreach (var clue in dated)
        {
            candidates.Add(Written(clue, dated));
        }
        foreach (var clue in ordered.Where(c => c.LacksYear && DateClueKinds.Tier(c.Kind) is not null))
        {
            if (InferYear(clue, dated, latestMentioned) is { } inferred)
            {
                candidates.Add(inferred);
            }
        }
        var best = candidates
            .OrderBy(c => c.Tier)
            .ThenBy(c => c.Precision)
            .ThenBy(c => c.Date)
            .ThenBy(c => c.Clue.Kind)
            .FirstOrDefault();
        if (best is null)
        {
            return new PublicationDate(null, null, null, DateCertainty.Written, false, UndatedNote(ordered), ordered);
        }
        var weak = DateClueKinds.IsWeak(best.Clue.Kind) || best.Certainty == DateCertainty.Guessed;
        return new PublicationDate(best.Date, best.Precision, best.Clue, best.Certainty, weak, best.Note, ordered);
    }

    private sealed record Candidate(int Tier, DateClue Clue, DateOnly Date, DatePrecision Precision, DateCertainty Certainty, string? Note);

    /// <summary>A clue with its year written; an ambiguous numeric date takes the reading another clue confirms.</summary>
    private static Candidate Written(DateClue clue, List<DateClue> dated)
    {
        var date = clue.Date!.Value;
        var tier = DateClueKinds.Tier(clue.Kind)!.Value;
        if (!clue.Ambiguous)
        {
            return new Candidate(tier, clue, date, clue.Precision ?? DatePrecision.Day, DateCertainty.Written, null);
        }
        var swapped = new DateOnly(date.Year, date.Day, date.Month);
        var others = dated.Where(c => !ReferenceEquals(c, clue)).Select(c => c.Date!.Value).ToList();
        if (others.Contains(date))
        {
            return new Candidate(tier, clue, date, DatePrecision.Day, DateCertainty.Written, null);
        }
        if (others.Contains(swapped))
        {
            return new Candidate(tier, clue, swapped, DatePrecision.Day, DateCertainty.Written, "read month-first, as another clue has it");
        }
        return new Candidate(tier, clue, date, DatePrecision.Day, DateCertainty.Guessed, "a numeric date readable both ways: read day-first");
    }

    private static Candidate? InferYear(DateClue clue, List<DateClue> dated, (DateOnly Date, string Text)? latestMentioned)
    {
        var (month, day) = (clue.Month!.Value, clue.Day!.Value);
        var tier = DateClueKinds.Tier(clue.Kind)!.Value + 1;
        var bound = dated.Where(c => c.End is not null).OrderBy(c => c.End).FirstOrDefault();
        if (bound is not null)
        {
            var limit = bound.End!.Value;
            for (var year = limit.Year; year >= limit.Year - 28 && year >= 1900; year--)
            {
                if (DateTexts.Make(year, month, day) is { } date && date <= limit && Fits(date, clue.Weekday))
                {
                    var certainty = limit.DayNumber - date.DayNumber <= GapForLikely ? DateCertainty.Likely : DateCertainty.Guessed;
                    var note = string.Create(CultureInfo.InvariantCulture,
                        $"year {year} from {DateClueKinds.Describe(bound.Kind, bound.Text)}: the latest that does not put {date:MMMM d} after it");
                    return new Candidate(tier, clue, date, DatePrecision.Day, certainty, note);
                }
            }
            return null;
        }
        if (latestMentioned is { } mentioned)
        {
            for (var year = mentioned.Date.Year; year <= mentioned.Date.Year + 28 && year <= 2100; year++)
            {
                if (DateTexts.Make(year, month, day) is { } date && date >= mentioned.Date && Fits(date, clue.Weekday))
                {
                    var note = string.Create(CultureInfo.InvariantCulture,
                        $"year {year} guessed from the latest date the text mentions ('{mentioned.Text}'): no other clue gives one");
                    return new Candidate(tier, clue, date, DatePrecision.Day, DateCertainty.Guessed, note);
                }
            }
        }
        return null;
    }

    private static bool Fits(DateOnly date, DayOfWeek? weekday) => weekday is null || date.DayOfWeek == weekday;

    private static string UndatedNote(List<DateClue> clues)
    {
        var refused = clues.FirstOrDefault(c => c.Kind is DateClueKind.RenderTimestamp or DateClueKind.CrawlTimestamp);
        if (refused is not null)
        {
            var what = refused.Kind == DateClueKind.RenderTimestamp ? "a page-render timestamp" : "a crawl or retrieval stamp";
            return $"'{refused.Text}' is {what}, not the report's date: the article is undated until a date is set";
        }
        var yearless = clues.FirstOrDefault(c => c.LacksYear);
        return yearless is not null
            ? $"'{yearless.Text}' gives no year and no other clue does: the article is undated until a date is set"
            : "no publication date found: the article is undated until a date is set";
    }
}
