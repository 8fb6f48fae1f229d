using System.Text.RegularExpressions;

namespace MapDashboard.Core.Control;

/// <summary>
/// The names a free-text note may give a place by: runs of up to <see cref="MaxWords"/> consecutive words that carry a
/// capital letter (English writes proper names capitalised; "al-Bab" counts by its capital B), every shorter run inside
/// them too. A gazetteer decides which of them are places; this only proposes spellings to look up.
/// </summary>
public static partial class ControlNoteNames
{
    /// <summary>The longest name proposed, in words.</summary>
    public const int MaxWords = 4;

    /// <summary>Candidate names in <paramref name="text"/>, longest first within a run, each once.</summary>
    public static IReadOnlyList<string> Candidates(string? text)
    {
        var result = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return result;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var run = new List<string>();
        foreach (Match word in Word().Matches(text))
        {
            var ends = text.Length > word.Index + word.Length && text[word.Index + word.Length] is ',' or '.' or ';' or ':' or '(' or ')';
            if (word.Value.Any(char.IsUpper))
            {
                run.Add(word.Value.Trim('\'', '-'));
            }
            else
            {
                Flush(run, result, seen);
            }
            if (ends)
            {
                Flush(run, result, seen);
            }
        }
        Flush(run, result, seen);
        return result;
    }

    private static void Flush(List<string> run, List<string> result, HashSet<string> seen)
    {
        for (var length = Math.Min(MaxWords, run.Count); length >= 1; length--)
        {
            for (var start = 0; start + length <= run.Count; start++)
            {
                var name = string.Join(' ', run.Skip(start).Take(length));
                if (name.Length >= 2 && seen.Add(name))
                {
                    result.Add(name);
                }
            }
        }
        run.Clear();
    }

    [GeneratedRegex(@"[\p{L}][\p{L}\p{M}'’-]*")]
    private static partial Regex Word();
}
