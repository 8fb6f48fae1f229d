using System.Text;
using MapDashboard.Core.Articles;
using MapDashboard.Data.Articles;

namespace MapDashboard.Data.Tests.Articles;

public class ArticleFileReaderTests
{
    private readonly ArticleFileReader _reader = new(maxBytes: 1000);

    [Fact]
    public void InvalidUtf8_IsRefusedWithTheFileAndOffset()
    {
        var error = Assert.Throws<ArticleReadException>(() => _reader.Decode("bad.txt", [0x41, 0x42, 0xC3, 0x28, 0x43]));
        Assert.Contains("bad.txt", error.Message);
        Assert.Contains("not valid UTF-8", error.Message);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x47, 0x00, 0x49 }, "binary")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, "white space")]
    public void UnusableBytes_AreRefusedWithAReason(byte[] bytes, string reason)
    {
        var error = Assert.Throws<ArticleReadException>(() => _reader.Decode("x.txt", bytes));
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void OversizedFile_IsRefused()
    {
        var error = Assert.Throws<ArticleReadException>(() => _reader.Decode("big.txt", Encoding.UTF8.GetBytes(new string('a', 2000))));
        Assert.Contains("over the 1,000-byte limit", error.Message);
    }

    [Fact]
    public void Utf8WithBom_DecodesWithoutTheBomAndHashesTheBytes()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Ḩamāh: clashes.")).ToArray();

        var (input, hash) = _reader.Decode("a.html", bytes);

        Assert.Equal("Ḩamāh: clashes.", input.OriginalText);
        Assert.Equal(ArticleFormat.Html, input.Format);
        Assert.Equal(64, hash.Length);
    }
}
