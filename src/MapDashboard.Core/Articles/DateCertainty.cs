namespace MapDashboard.Core.Articles;

/// <summary>How sure the resolver is of a publication date's year.</summary>
public enum DateCertainty
{
    /// <summary>The clue wrote the year (or is a machine date).</summary>
    Written,

    /// <summary>The year was inferred from another clue close after the date (within two months).</summary>
    Likely,

    /// <summary>The year was inferred from a distant clue, the years the text mentions, or an ambiguous numeric date.</summary>
    Guessed,
}
