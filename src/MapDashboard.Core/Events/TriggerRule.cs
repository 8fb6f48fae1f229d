using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>One line of Lexicon/triggers.tsv: word forms, the event class they signal, and the object they need.</summary>
/// <param name="Class">territory, transfer, clash, air, shelling, explosive, suicide, grenade, chemical, attack, abduction,
/// arrest, sexual, protest, riot, agreement, group, disrupted, base, looting.</param>
/// <param name="Object">The object class the trigger needs after it (territory, base, property), or null.</param>
/// <param name="Pattern">The forms as one word-bounded matcher (<see cref="EventLexicon.Compile(IReadOnlyList{string})"/>).</param>
/// <param name="Forms">The plain word forms of the line, as written there.</param>
public sealed record TriggerRule(string Class, string? Object, Regex Pattern, string Source, IReadOnlyList<string> Forms);
