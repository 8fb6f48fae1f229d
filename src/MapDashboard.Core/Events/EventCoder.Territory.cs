using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>The territorial and referential part of the coder: losses told from the loser's side, withdrawals without fighting, definite and counted territory, anaphora ("the group", "the latter").</summary>
public sealed partial class EventCoder
{
    /// <summary>
    /// The sub-type of a change told from the loser's side, or null for any other trigger: a withdrawal without fighting,
    /// or one whose gainer is not named, is a non-violent transfer; a loss whose gainer is not named is taken by a
    /// non-state side when the government lost it, else it is only a battle (never a guessed direction).
    /// </summary>
    private string? LossSubType(SentenceTrigger trigger, string sentence, ActorMention? actor1, Func<ActorMention, string> side, bool hasBattle, bool lossWithoutGainer)
    {
        var withdrawal = trigger.Class == "withdrawal";
        if (!withdrawal && trigger.Class != "loss" && !lossWithoutGainer)
        {
            return null;
        }
        if ((withdrawal && (lossWithoutGainer || NoFight(sentence, hasBattle))) || (actor1 is null && withdrawal))
        {
            return EventType.NonViolentTransfer;
        }
        if (actor1 is null)
        {
            return EventType.ArmedClash;
        }
        if (lossWithoutGainer)
        {
            return side(actor1) == "pro-government" ? EventType.NonStateActorOvertakesTerritory : EventType.ArmedClash;
        }
        if (NoFight(sentence, hasBattle))
        {
            return EventType.NonViolentTransfer;
        }
        return side(actor1) == "pro-government" ? EventType.GovernmentRegainsTerritory : EventType.NonStateActorOvertakesTerritory;
    }

    /// <summary>
    /// Territory changed hands without fighting: the report says so ("without resistance", "under a deal"), or it tells of
    /// a withdrawal and names no battle, shelling or strike ("after the army withdrew" vs "withdrew under heavy shelling").
    /// </summary>
    private bool NoFight(string sentence, bool hasBattle) =>
        _lexicon.Cue("no-fight").IsMatch(sentence)
        || (_lexicon.Cue("withdrawal-only").IsMatch(sentence) && !hasBattle
            && !_lexicon.Triggers.Any(t => t.Class is "clash" or "shelling" or "air" or "explosive" && t.Pattern.IsMatch(sentence)));

    /// <summary>"the latter", "the former": the actor named last (first) before it in the same sentence.</summary>
    private IEnumerable<ActorMention> InSentence(string sentence, List<ActorMention> found, Func<Match, bool> free)
    {
        foreach (var (kind, last) in new[] { ("anaphor-last", true), ("anaphor-first", false) })
        {
            foreach (var m in _lexicon.Cue(kind).Matches(sentence).Where(free))
            {
                var before = found.Where(a => a.End <= m.Index).ToList();
                if (before.Count >= 2)
                {
                    yield return new ActorMention(m.Index, m.Index + m.Length, m.Value, (last ? before[^1] : before[0]).Faction, false);
                }
            }
        }
    }

    /// <summary>An actor for a faction id an earlier event carries.</summary>
    private ActorMention? ActorOf(string id) =>
        _actors.Catalogue.Get(id) is { } faction ? new ActorMention(0, 0, faction.Name, faction, false) : null;

    /// <summary>"the village", "this town": a definite territory noun refers back to the place named before.</summary>
    private bool DefiniteTerritory(string sentence) =>
        Definite().Matches(sentence).Any(m => _lexicon.Object("territory").IsMatch(m.Groups[1].Value));

    /// <summary>"over 25 villages", "several positions": a counted plural of territory is a regional change, not a point capture.</summary>
    private bool RegionalObject(string rest) =>
        Counted().Match(rest) is { Success: true } m && _lexicon.Object("territory").IsMatch(m.Groups[1].Value);

    /// <summary>"the group", "this faction": an actor mention standing for the previous sentence's actor.</summary>
    private List<ActorMention> WithAnaphora(string sentence, List<ActorMention> found, Faction? previous)
    {
        bool Free(Match m) => !found.Any(a => a.Start < m.Index + m.Length && m.Index < a.End);
        var anaphors = previous is null ? [] : _lexicon.Cue("anaphor").Matches(sentence).Where(Free)
            .Select(m => new ActorMention(m.Index, m.Index + m.Length, m.Value, previous, false)).ToList();
        anaphors.AddRange(InSentence(sentence, found, Free));
        return anaphors.Count == 0 ? found : found.Concat(anaphors).OrderBy(a => a.Start).ToList();
    }
}
