namespace MapDashboard.Core.Duplicates;

/// <summary>How a new text relates to a stored one.</summary>
public enum DuplicateKind
{
    /// <summary>An independent text (it may report the same events in its own words).</summary>
    Independent,

    /// <summary>The same text, perhaps with boilerplate added or a few words changed: a copy or republication.</summary>
    Copy,

    /// <summary>A part of the stored text (a trimmed copy or an excerpt).</summary>
    Excerpt,
}
