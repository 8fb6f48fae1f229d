using MapDashboard.Core.Articles;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Core.Tests.Pipeline;

/// <summary>The stages are swapped through the composition root, and the geoparser only sequences them.</summary>
public class CompositionRootTests
{
    private static readonly Place Harbour = new("t:harbour", "Port Vela", 35.1, 36.2, "P", "PPLA", "SY", "Testia", null, 400_000, "test");

    private static readonly PlaceIndex Index = PlaceIndex.Build([("Port Vela", Harbour)], skeletonCountry: null);

    /// <summary>A recognizer that calls every capitalised word after "in" a place, whatever the gazetteer says.</summary>
    private sealed class AfterInRecognizer : IToponymRecognizer
    {
        public IReadOnlyList<PlaceMention> Recognize(CleanedArticle article, IReadOnlyList<(int Start, int End)> nonPlaceSpans)
        {
            var found = new List<PlaceMention>();
            var text = article.Text;
            for (var at = text.IndexOf(" in ", StringComparison.Ordinal); at >= 0; at = text.IndexOf(" in ", at + 1, StringComparison.Ordinal))
            {
                var start = at + 4;
                var end = start;
                while (end < text.Length && (char.IsLetter(text[end]) || (text[end] == ' ' && end + 1 < text.Length && char.IsUpper(text[end + 1]))))
                {
                    end++;
                }
                if (end > start && char.IsUpper(text[start]))
                {
                    found.Add(new PlaceMention(text[start..end], start, end, MentionCue.None, null, true, 0, text.Length));
                }
            }
            return found;
        }
    }

    /// <summary>A candidate source that counts what it was asked.</summary>
    private sealed class CountingSource(ICandidateSource inner) : ICandidateSource
    {
        public List<string> Asked { get; } = [];

        public IReadOnlyList<GeoCandidate> Candidates(PlaceMention mention)
        {
            Asked.Add(mention.Text);
            return inner.Candidates(mention);
        }
    }

    [Fact]
    public void FakeRecognizer_RegisteredAfterTheDefaults_IsTheOneTheGeoparserUses()
    {
        using var services = TestPipeline.Services(Index, s => s.AddSingleton<IToponymRecognizer, AfterInRecognizer>());

        var result = services.GetRequiredService<Geoparser>().Parse(new ArticleInput("t.txt", "Boats were seen in Port Vela on Monday.", ArticleFormat.PlainText));

        var mention = Assert.Single(result.Places);
        Assert.Equal("Port Vela", mention.OriginalText);
        Assert.Equal("t:harbour", mention.Place?.Id);
    }

    [Fact]
    public void CandidateSource_IsAskedOncePerRecognizedMention()
    {
        CountingSource? counting = null;
        using var services = TestPipeline.Services(Index, s =>
        {
            s.AddSingleton<IToponymRecognizer, AfterInRecognizer>();
            s.AddSingleton<ICandidateSource>(sp => counting = new CountingSource(new IndexCandidateSource(sp.GetRequiredService<PlaceIndexHolder>())));
        });

        services.GetRequiredService<Geoparser>().Parse(new ArticleInput("t.txt", "Rain fell in Port Vela and later in Amberfield.", ArticleFormat.PlainText));

        // Each mention once; the unknown Amberfield, beside a known place, again only as the halves OCHA may list it under
        // ("Western Amberfield", "Little Amberfield": FeatureNamesake).
        Assert.Equal(["Port Vela", "Amberfield"], counting!.Asked.Take(2));
        Assert.All(counting.Asked.Skip(2), a => Assert.True(a.EndsWith(" Amberfield", StringComparison.Ordinal) && NameQualifier.IsQualifier(a[..a.IndexOf(' ', StringComparison.Ordinal)]), a));
    }

    [Fact]
    public void IndexNotLoaded_ParsingSaysWhatToLoad()
    {
        using var services = new ServiceCollection().AddMapDashboardPipeline().BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() =>
            services.GetRequiredService<Geoparser>().Parse(new ArticleInput("t.txt", "Boats left Port Vela.", ArticleFormat.PlainText)));
        Assert.Contains("not loaded", error.Message);
    }

    [Fact]
    public void ReloadedIndex_IsUsedFromTheNextArticleOn()
    {
        using var services = TestPipeline.Services(PlaceIndex.Build([], skeletonCountry: null));
        var geoparser = services.GetRequiredService<Geoparser>();
        var input = new ArticleInput("t.txt", "Boats were seen near Port Vela on Monday.", ArticleFormat.PlainText);
        Assert.DoesNotContain(geoparser.Parse(input).Places, p => p.Place?.Id == "t:harbour");

        services.GetRequiredService<PlaceIndexHolder>().Set(Index);

        Assert.Contains(geoparser.Parse(input).Places, p => p.Place?.Id == "t:harbour");
    }
}
