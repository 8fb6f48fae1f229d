using System.Text.Json;
using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;
using MapDashboard.Core.Articles;
using MapDashboard.Core.Events;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Tests.Pipeline;

namespace MapDashboard.Core.Tests.Events;

/// <summary>The word-list regexes compiled (a long ingest) code exactly what the interpreted ones code.</summary>
public class WordListRegexesTests
{
    private static Place P(string id, string name, double lat, double lon) => new(id, name, lat, lon, "P", "PPL", "SY", null, null, 1000, "curated");

    private static readonly Geoparser Parser = TestPipeline.GeoparserOver(PlaceIndex.Build(
    [
        ("Tell Hamra", P("cur:t1", "Tell Hamra", 36.1, 37.2)), ("Kafr Sabun", P("cur:t2", "Kafr Sabun", 35.5, 36.6)),
        ("Ain Zarqa", P("cur:t3", "Ain Zarqa", 35.9, 36.9)), ("Marj Tawil", P("cur:t4", "Marj Tawil", 33.6, 36.5)),
    ]));

    // Invented reports (none from the seeds or any source), one per kind of word list the coder reads.
    private const string Report = """
        Clashes near Tell Hamra

        Free Syrian Army fighters clashed with Islamic State militants in Tell Hamra on Tuesday, leaving eleven fighters dead.

        The Syrian Arab Army recaptured Kafr Sabun from Hayat Tahrir al-Sham on 3 May after two days of fighting.

        Russian warplanes carried out air strikes on Ain Zarqa, killing 4 civilians, a monitor said. No fatalities were reported in Marj Tawil.

        Hundreds of residents protested in Marj Tawil against the arrest of a teacher. The army did not capture Ain Zarqa.

        Turkish forces established an observation post near Tell Hamra; it may be moved to Kafr Sabun next week.
        """;

    private static EventLexicon Lexicon(bool compiled)
    {
        static string Read(string file)
        {
            using var stream = typeof(EventLexicon).Assembly.GetManifestResourceStream("MapDashboard.Core.Events.Lexicon." + file)!;
            return new StreamReader(stream).ReadToEnd();
        }
        AppContext.SetSwitch(WordListRegexes.CompiledSwitch, compiled);
        try
        {
            return new EventLexicon(Read("triggers.tsv"), Read("cues.tsv"), Read("object-words.tsv"), Read("fatality-words.tsv"), Read("taxonomy.tsv"), Read("grammar-words.tsv"));
        }
        finally
        {
            AppContext.SetSwitch(WordListRegexes.CompiledSwitch, false);
        }
    }

    [Fact]
    public void CompiledSwitch_CompilesWordAlternationsButKeepsGrammarPatternsInterpreted()
    {
        AppContext.SetSwitch(WordListRegexes.CompiledSwitch, true);
        try
        {
            var lexicon = Lexicon(compiled: true);
            AppContext.SetSwitch(WordListRegexes.CompiledSwitch, true);
            // Word alternations: compiled.
            Assert.True(lexicon.ClauseTail.Options.HasFlag(RegexOptions.Compiled));
            Assert.True(lexicon.Object("territory").Options.HasFlag(RegexOptions.Compiled));
            // Grammar patterns of clause shape (loops, anchors at the end): interpreted, whatever the switch.
            Regex[] clauseShaped =
            [
                EventLexicon.GrammarRegex(l => @"^\s*" + l.CueGroup("degree-adverb") + @"\b", RegexOptions.IgnoreCase),
                EventLexicon.GrammarRegex(l => @"\b" + l.CueGroup("stranded-preposition") + @"\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
            ];
            Assert.All(clauseShaped, r => Assert.False(r.Options.HasFlag(RegexOptions.Compiled), r.ToString()));
            // The options they had otherwise are kept.
            Assert.All(clauseShaped, r => Assert.True(r.Options.HasFlag(RegexOptions.IgnoreCase), r.ToString()));
        }
        finally
        {
            AppContext.SetSwitch(WordListRegexes.CompiledSwitch, false);
        }
    }

    [Fact]
    public void CompiledLexicon_CodesExactlyWhatTheInterpretedOneCodes()
    {
        var interpreted = Lexicon(compiled: false);
        var compiled = Lexicon(compiled: true);
        Assert.All(interpreted.Triggers, t => Assert.False(t.Pattern.Options.HasFlag(RegexOptions.Compiled)));
        Assert.All(compiled.Triggers, t => Assert.True(t.Pattern.Options.HasFlag(RegexOptions.Compiled)));
        Assert.True(compiled.Cue("death-word").Options.HasFlag(RegexOptions.Compiled));

        var actors = new ActorRecognizer(FactionCatalogue.LoadDefault());
        var parsed = Parser.Parse(new ArticleInput("r.txt", Report, ArticleFormat.PlainText));
        parsed = parsed with { Article = parsed.Article with { Metadata = parsed.Article.Metadata with { Published = new DateOnly(2019, 5, 9) } } };
        var byInterpreted = new EventCoder(actors, interpreted).Code(parsed);
        var byCompiled = new EventCoder(actors, compiled).Code(parsed);

        Assert.True(byInterpreted.Count >= 4, $"only {byInterpreted.Count} events coded");
        Assert.Equal(JsonSerializer.Serialize(byInterpreted), JsonSerializer.Serialize(byCompiled));
    }
}
