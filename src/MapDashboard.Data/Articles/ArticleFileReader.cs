using System.Security.Cryptography;
using System.Text;
using MapDashboard.Core.Articles;

namespace MapDashboard.Data.Articles;

/// <summary>
/// Reads article files as strict UTF-8 (a BOM is accepted and dropped): empty, binary, undecodable or oversized input
/// is refused with an <see cref="ArticleReadException"/> naming the file, never a crash.
/// </summary>
public sealed class ArticleFileReader(long maxBytes = 5 * 1024 * 1024)
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The article extensions a folder scan picks up.</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".markdown", ".html", ".htm" };

    /// <summary>Reads one file.</summary>
    public async Task<(ArticleInput Input, string ContentHash)> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new ArticleReadException(path, "file not found");
        }
        if (info.Length > maxBytes)
        {
            throw new ArticleReadException(path, $"file is {info.Length:N0} bytes, over the {maxBytes:N0}-byte limit");
        }
        return Decode(path, await File.ReadAllBytesAsync(path, cancellationToken));
    }

    /// <summary>Decodes uploaded or read bytes.</summary>
    public (ArticleInput Input, string ContentHash) Decode(string source, byte[] bytes)
    {
        if (bytes.LongLength > maxBytes)
        {
            throw new ArticleReadException(source, $"{bytes.LongLength:N0} bytes, over the {maxBytes:N0}-byte limit");
        }
        if (bytes.Length == 0)
        {
            throw new ArticleReadException(source, "the file is empty");
        }
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new ArticleReadException(source, "binary content (NUL bytes): not a text article");
        }
        string text;
        try
        {
            var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            text = Strict.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException ex)
        {
            throw new ArticleReadException(source, $"not valid UTF-8 (bad byte at offset {ex.Index}); save the article as UTF-8");
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleReadException(source, "the file holds only white space");
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return (new ArticleInput(source, text, ArticleInput.DetectFormat(source, text)), hash);
    }
}
