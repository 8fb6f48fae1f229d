using MapDashboard.Core.Articles;

namespace MapDashboard.Core.Tests.Articles;

public class ArticlePreprocessorTests
{
    [Fact]
    public void RepublishedReport_TakesTheOriginalDateAndOutlet()
    {
        var article = Seeds.Clean("000");

        Assert.Equal(new DateOnly(2017, 1, 30), article.Metadata.Published);
        Assert.Equal(DatePrecision.Day, article.Metadata.PublishedPrecision);
        Assert.Equal(DateTrust.Trusted, article.Metadata.DateTrust);
        Assert.Equal("South Front", article.Metadata.Outlet);
        Assert.Equal("Global Research", article.Metadata.Republisher);
        Assert.Equal("Syria: ‘Opposition Groups’ Form Coalition Led by Al-Qaeda", article.Metadata.Title);
    }

    [Theory]
    [InlineData("001", 2020, 6, 15)]
    [InlineData("003", 2018, 1, 11)]
    public void DatedSeeds_HaveTheReportDate(string seed, int year, int month, int day)
    {
        var article = Seeds.Clean(seed);

        Assert.Equal(new DateOnly(year, month, day), article.Metadata.Published);
        Assert.Equal("South Front", article.Metadata.Outlet);
    }

    [Fact]
    public void PageRenderTimestamp_IsNotTrustedAsTheDate()
    {
        var article = Seeds.Clean("002");

        Assert.Null(article.Metadata.Published);
        Assert.Equal(DateTrust.Untrusted, article.Metadata.DateTrust);
        Assert.Equal("09:05 GMT +308 December 2019", article.Metadata.DateEvidence);
        Assert.Equal("Militant Groups Fail to Unite in Fight Against Syrian Government", article.Metadata.Title);
    }

    [Fact]
    public void ArticleWithoutDate_IsUndatedAndItsRepeatedBodyAppearsOnce()
    {
        var article = Seeds.Clean("004");

        Assert.Null(article.Metadata.Published);
        Assert.Equal(DateTrust.None, article.Metadata.DateTrust);
        const string sentence = "Regime troops captured Aleppo city in 2015 from the opposition";
        Assert.Equal(1, Count(article.Text, sentence));
        Assert.Equal(1, Count(article.Text, "Syria's biggest rebel groups 'set up joint operations room'"));
        Assert.Contains(article.Removed, r => r.Reason == "repeated block");
    }

    [Theory]
    [InlineData("000", "The Syrian army’s Tiger Forces have liberated al-Brije, Sheikh Dan, Mushayrifa and Tuman")]
    [InlineData("001", "Last weekend, the Syrian Army, the National Defense Forces and Liwa al-Quds launched an anti-ISIS operation in the very same area.")]
    [InlineData("002", "So far, the Syrian army has claimed several strategic mountains in Latakia province")]
    [InlineData("003", "Clashes between militants and government troops were reported in Tell Salmo, Atshan")]
    public void ReportSentences_AreKept(string seed, string sentence) => Assert.Contains(sentence, Seeds.Clean(seed).Text);

    [Theory]
    [InlineData("000", "PayPal")]
    [InlineData("000", "Disclaimer")]
    [InlineData("000", "fair use")]
    [InlineData("000", "Comment on Global Research")]
    [InlineData("000", "Region:")]
    [InlineData("001", "share buttons")]
    [InlineData("001", ".mp4")]
    [InlineData("002", "Listen Live")]
    [InlineData("002", "Get short URL")]
    [InlineData("002", "Terrifying Reality of Life")]
    [InlineData("002", "moderate opposition, Syrian conflict")]
    [InlineData("002", "AP Photo")]
    [InlineData("003", "All images in this article")]
    [InlineData("003", "Become a Member")]
    [InlineData("004", "2 min read")]
    public void Boilerplate_IsRemoved(string seed, string boilerplate) =>
        Assert.DoesNotContain(boilerplate, Seeds.Clean(seed).Text, StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void EverySentence_MapsBackToTheSameWordsInTheOriginal(string seed)
    {
        var article = Seeds.Clean(seed);

        foreach (var (start, end) in article.Sentences)
        {
            var cleaned = Words(article.Text[start..end]);
            var original = Words(MarkupFree(article.OriginalOf(start, end)));
            Assert.Equal(cleaned, original);
        }
    }

    [Fact]
    public void WordSpans_MapToTheExactOriginalCharacters()
    {
        var article = Seeds.Clean("000");
        foreach (var word in new[] { "al-Brije", "Deir Ezzor", "Tiyas Airbase", "Hawsh Salihyah" })
        {
            var at = article.Text.IndexOf(word, StringComparison.Ordinal);
            var (start, end) = article.Map.ToOriginalSpan(at, at + word.Length);
            Assert.Equal(word, article.Input.OriginalText[start..end]);
        }
    }

    [Fact]
    public void HtmlPage_KeepsTheArticleAndDropsScriptsNavigationAndFooter()
    {
        const string html = """
            <!DOCTYPE html><html><head><title>Site | News</title>
            <meta property="og:title" content="Army recaptures Tadef">
            <meta property="article:published_time" content="2017-02-26T10:00:00Z">
            <script>var tracker = "Idlib";</script><style>p { color: red }</style></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Army recaptures Tadef</h1>
            <p>Government forces entered Tadef &amp; nearby villages south of al-Bab on Sunday.</p>
            <p>Clashes continued near the town.</p></article>
            <footer>© 2017 Example News. All rights reserved.</footer></body></html>
            """;
        var article = ArticlePreprocessor.Process(new ArticleInput("page.html", html, ArticleInput.DetectFormat("page.html", html)));

        Assert.Equal("Army recaptures Tadef", article.Metadata.Title);
        Assert.Equal(new DateOnly(2017, 2, 26), article.Metadata.Published);
        Assert.Contains("Government forces entered Tadef & nearby villages south of al-Bab on Sunday.", article.Text);
        Assert.DoesNotContain("tracker", article.Text);
        Assert.DoesNotContain("Home", article.Text);
        Assert.DoesNotContain("rights reserved", article.Text);
        var at = article.Text.IndexOf("Tadef &", StringComparison.Ordinal);
        var (start, end) = article.Map.ToOriginalSpan(at, at + "Tadef &".Length);
        Assert.Equal("Tadef &amp;", html[start..end]);
    }

    [Fact]
    public void MarkdownLinksAndEmphasis_KeepOnlyTheVisibleText()
    {
        const string md = "# Clashes near [Salqin](https://example.org/salqin)\n\nBy **Staff**\n\nFighting erupted in **Salqin** on *Sunday*, according to [local sources](#).\n";
        var article = ArticlePreprocessor.Process(new ArticleInput("a.md", md, ArticleFormat.Markdown));

        Assert.Equal("Clashes near Salqin", article.Metadata.Title);
        Assert.Contains("Fighting erupted in Salqin on Sunday, according to local sources.", article.Text);
        Assert.Equal("Staff", article.Metadata.Author);
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    private static string MarkupFree(string s) => System.Text.RegularExpressions.Regex.Replace(s, @"\]\([^)]*\)|[\[\]*\\]|<[^>]+>", " ");

    private static string Words(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
