namespace MapDashboard.Core.Geoparsing;

/// <summary>A toponym span in cleaned text, with the cues around it; not yet tied to a place.</summary>
public sealed record PlaceMention(
    string Text,
    int Start,
    int End,
    MentionCue Cues,
    string? Direction,
    bool InGazetteer,
    int SentenceStart,
    int SentenceEnd)
{
    /// <summary>Whether a cue word says the mention is a region rather than a point.</summary>
    public bool IsRegional => (Cues & (MentionCue.Region | MentionCue.Direction)) != 0;
}
