namespace MapDashboard.Core.Articles;

/// <summary>
/// The publication date the resolver chose: the date, its precision, the clue it came from, how sure the year is, and
/// whether it rests on a weak clue (a URL or file name, a modification date, a guessed year) that an analyst should check.
/// </summary>
/// <param name="Note">How the year was found when the clue did not write it ("year 2017 from the URL path '/2017/04/06/'").</param>
/// <param name="Clues">Every clue found, the refused ones included, in the order of their positions.</param>
public sealed record PublicationDate(
    DateOnly? Date,
    DatePrecision? Precision,
    DateClue? Clue,
    DateCertainty Certainty,
    bool Weak,
    string? Note,
    IReadOnlyList<DateClue> Clues)
{
    /// <summary>"the dateline 'BEIRUT, April 5 (Reuters)'", or null when undated.</summary>
    public string? Describe() => Clue is null ? null : DateClueKinds.Describe(Clue.Kind, Clue.Text);
}
