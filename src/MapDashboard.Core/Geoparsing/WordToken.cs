namespace MapDashboard.Core.Geoparsing;

/// <summary>A word in cleaned text: letters and digits, with inner apostrophes, ayn marks and hyphens kept.</summary>
public readonly record struct WordToken(int Start, int End, bool Capitalized, bool SentenceInitial)
{
    /// <summary>The token's length in characters.</summary>
    public int Length => End - Start;
}
