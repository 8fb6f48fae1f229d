namespace MapDashboard.Core.Actors;

/// <summary>An actor named in text: the span, the faction (or a new one of unknown side), and the words as written.</summary>
public sealed record ActorMention(int Start, int End, string Text, Faction Faction, bool IsNew);
