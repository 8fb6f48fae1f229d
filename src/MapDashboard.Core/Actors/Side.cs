namespace MapDashboard.Core.Actors;

/// <summary>A side of the war, with the colour the map draws it in.</summary>
public sealed record Side(string Id, string Name, string Colour);
