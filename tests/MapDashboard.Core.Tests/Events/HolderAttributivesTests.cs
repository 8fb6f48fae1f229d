using MapDashboard.Core.Actors;
using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

public class HolderAttributivesTests
{
    private static readonly FactionCatalogue Catalogue = FactionCatalogue.LoadDefault();
    private static readonly EventLexicon Lexicon = EventLexicon.LoadDefault();

    private static List<ActorMention> Read(string sentence) => HolderAttributives.Movement.Add(sentence, [], Catalogue, Lexicon);

    [Theory]
    [InlineData("Aid groups left Tafas after the rebel takeover of the town.", "rebel", "rebels")]
    [InlineData("A Kurdish push into Hasakah began at dawn.", "Kurdish", "sdf")]
    [InlineData("Monitors reported government gains around Hama.", "government", "saa")]
    [InlineData("The jihadist capture of the hill cut the road.", "jihadist", "rebels")]
    [InlineData("Pro-government advances in the valley continued.", "Pro-government", "saa")]
    public void AnAdjectiveBeforeANounOfTaking_NamesThatSide(string sentence, string text, string faction)
    {
        var mention = Assert.Single(Read(sentence));

        Assert.Equal((text, faction), (mention.Text, mention.Faction.Id));
    }

    [Theory]
    [InlineData("The rebel commander spoke to reporters in Idlib.")]
    [InlineData("An anti-government advance into the suburb was reported.")]
    [InlineData("Villages under rebel control were shelled overnight.")]
    [InlineData("The rebel offensive on the town resumed.")]
    [InlineData("Government advances had stalled, the minister said.")]
    public void AnAdjectiveBeforeAnotherWord_NamesNoOne(string sentence) => Assert.Empty(Read(sentence));

    [Fact]
    public void ANamedActorAtTheAdjective_IsKeptAlone()
    {
        const string sentence = "Days after the army push into the town.";
        var at = sentence.IndexOf("army", StringComparison.Ordinal);
        var named = new ActorMention(at, at + "army".Length, "army", Catalogue.Get("saa")!, false);

        var mentions = HolderAttributives.Movement.Add(sentence, [named], Catalogue, Lexicon);

        Assert.Same(named, Assert.Single(mentions));
    }

    [Fact]
    public void TheAdjectiveOfAPush_IsItsFirstActor_NotTheSubjectOfTheSentence()
    {
        const string sentence = "Islamic State fighters shelled the road after a rebel push into the valley.";
        var isMention = new ActorMention(0, "Islamic State fighters".Length, "Islamic State fighters", Catalogue.Get("islamic-state")!, false);
        var mentions = HolderAttributives.Movement.Add(sentence, [isMention], Catalogue, Lexicon);
        var trigger = sentence.IndexOf("push into", StringComparison.Ordinal);

        var (actor1, _, _) = ActorRoles.Assign(sentence, trigger, trigger + "push into".Length, false, false, mentions, a => a.Faction.Side,
            movementNouns: Lexicon.Cue("movement-noun"));

        Assert.Equal("rebels", actor1?.Faction.Id);
    }

    [Fact]
    public void ASideAfterALinkingWord_IsNotTheOneBeforeTheNoun()
    {
        const string sentence = "Syrian troops backed by Russian jets advance into the valley.";
        var troops = new ActorMention(0, "Syrian troops".Length, "Syrian troops", Catalogue.Get("saa")!, false);
        var jetsAt = sentence.IndexOf("Russian jets", StringComparison.Ordinal);
        var jets = new ActorMention(jetsAt, jetsAt + "Russian jets".Length, "Russian jets", Catalogue.Get("russian-aerospace-forces")!, false);
        var trigger = sentence.IndexOf("advance into", StringComparison.Ordinal);

        var (actor1, _, _) = ActorRoles.Assign(sentence, trigger, trigger + "advance into".Length, false, false, [troops, jets], a => a.Faction.Side,
            movementNouns: Lexicon.Cue("movement-noun"));

        Assert.Equal("saa", actor1?.Faction.Id);
    }
}

/// <summary>
/// The holder words' reader skips a sentence that lacks the words of any one part of its pattern (the side's word, the noun or
/// "under" ... "control" around it), not only one lacking the side's words, and never one its pattern matches. Invented sentences.
/// </summary>
public class HolderWordsGuardTests
{
    private const string Tsv = "adjective\tfaction\tsource\nrebel\trebels\ttest\ngovernment\tsaa\ttest\n";

    private static readonly HolderWords Before = new(Tsv, "test.tsv", words => @"(?<![\w'’-])(?<word>" + words + @")\s+(?=(?:push|advance|gains)\b)");
    private static readonly HolderWords Under = new(Tsv, "test.tsv", words => @"\bunder\s+(?:the\s+)?(?<word>" + words + @")\s+control\b");

    [Theory]
    [InlineData("The rebel commander spoke to reporters in the port city.", false, false)]
    [InlineData("Government officials met under a tent near the square.", false, false)]
    [InlineData("The town fell under rebel control last spring.", false, true)]
    [InlineData("A rebel push into the valley began at dawn.", true, false)]
    [InlineData("Government advance units waited near the bridge, under no one's control.", true, true)]
    [InlineData("Rebels pushed on toward the quay.", true, false)]
    public void ASentenceLackingThePartsWords_IsSkipped(string sentence, bool before, bool under)
    {
        Assert.Equal(before, Before.MayHold(sentence));
        Assert.Equal(under, Under.MayHold(sentence));
    }
}
