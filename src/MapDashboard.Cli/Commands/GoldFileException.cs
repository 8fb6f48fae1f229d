using System.Text.Json;
using MapDashboard.Data.Articles;

namespace MapDashboard.Cli.Commands;

/// <summary>A line of a gold file that is not a gold record: the message names the file, the line and what is wrong.</summary>
internal sealed class GoldFileException(string message) : Exception(message)
{
    /// <summary>
    /// Every non-blank line of a gold file read into a record, with its line number (from 1); a malformed line is a
    /// <see cref="GoldFileException"/> that names it.
    /// </summary>
    public static async Task<List<(int Line, T Record)>> ReadAllAsync<T>(string path, Func<string, T> read, CancellationToken cancellationToken)
    {
        var lines = await File.ReadAllLinesAsync(path, cancellationToken);
        var records = new List<(int, T)>();
        for (var n = 0; n < lines.Length; n++)
        {
            if (!string.IsNullOrWhiteSpace(lines[n]))
            {
                records.Add((n + 1, Read(path, n + 1, lines[n], read)));
            }
        }
        return records;
    }

    private static T Read<T>(string path, int line, string text, Func<string, T> read)
    {
        try
        {
            return read(text);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or InvalidDataException)
        {
            var why = ex is KeyNotFoundException && ex.Message.StartsWith("The given key", StringComparison.Ordinal) ? "a required field is missing" : ex.Message;
            throw new GoldFileException($"{path}:{line}: not a gold record ({why})");
        }
    }

    /// <summary>Reads the article a gold record names, turning a missing or unreadable one into a <see cref="GoldFileException"/>.</summary>
    public static async Task<T> ArticleAsync<T>(string where, string source, Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (ArticleReadException ex)
        {
            throw new GoldFileException($"{where}: the article '{source}': {ex.Problem}");
        }
    }

    /// <summary>A required string field of a gold record.</summary>
    public static string Required(string? value, string field) => value ?? throw new KeyNotFoundException($"no \"{field}\" string");
}
