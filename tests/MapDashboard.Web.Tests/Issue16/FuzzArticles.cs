using System.Text;

namespace MapDashboard.Web.Tests.Issue16;

/// <summary>
/// Generated and mutated articles for the fuzz suite, deterministic for a seed: sentences composed from invented
/// situations, then byte flips, truncation, encoding damage, giant lines, deep nesting and control characters.
/// </summary>
public static class FuzzArticles
{
    private static readonly string[] Places = ["Aleppo", "Idlib", "Saraqib", "Manbij", "Raqqa", "Homs", "Hama", "Daraa", "Douma", "al-Bab", "Qamishli", "Palmyra"];
    private static readonly string[] Verbs = ["shelled", "clashed with fighters near", "captured", "withdrew from", "struck a convoy outside", "besieged", "protested in"];
    private static readonly string[] Actors = ["Government forces", "Rebel fighters", "Kurdish-led forces", "Unidentified gunmen", "Residents", "Turkish-backed factions"];
    private static readonly string[] Times = ["on Monday", "on 3 March", "last week", "yesterday", "in early June", "on 12 January 2019", "", "three days ago"];

    /// <summary>One article: its bytes, and the query string it is posted with.</summary>
    public sealed record Case(string Name, byte[] Bytes, string Query);

    /// <summary>The cases for <paramref name="count"/> articles.</summary>
    public static IEnumerable<Case> Generate(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var text = Compose(random, i);
            // Giant lines are costly (thousands of mentions each): one article in a hundred.
            var kind = random.Next(100) == 0 ? 3 : random.Next(12) is var k && k == 3 ? 9 : k;
            byte[] bytes = kind switch
            {
                0 => FlipBytes(Encoding.UTF8.GetBytes(text), random),
                1 => Encoding.UTF8.GetBytes(text)[..random.Next(0, Encoding.UTF8.GetByteCount(text) + 1)],
                2 => Encoding.Latin1.GetBytes(text.Replace("Aleppo", "Alépp\u00f6", StringComparison.Ordinal)),
                3 => Encoding.UTF8.GetBytes(text + string.Concat(Enumerable.Repeat(" and near " + Places[random.Next(Places.Length)], random.Next(2_000, 8_000)))),
                4 => Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div><span>", random.Next(100, 3_000))) + text + "</body></html>"),
                5 => Encoding.UTF8.GetBytes(Sprinkle(text, random, c => (char)random.Next(0, 32))),
                6 => Encoding.UTF8.GetBytes(Sprinkle(text, random, c => "\u200B\u200C\u200D\u202E\u2066\u2069\uFEFF\u061C"[random.Next(8)])),
                7 => Encoding.UTF8.GetBytes(text.Replace("\n", "", StringComparison.Ordinal)),
                8 => Encoding.Unicode.GetBytes(text),
                _ => Encoding.UTF8.GetBytes(text),
            };
            yield return new Case($"fuzz-{i:D5}-{kind}.txt", bytes, Query(random, i));
        }
    }

    private static string Compose(Random random, int i)
    {
        var text = new StringBuilder();
        text.Append(Actors[random.Next(Actors.Length)]).Append(' ').Append(Verbs[random.Next(Verbs.Length)]).Append(' ').Append(Places[random.Next(Places.Length)])
            .Append(" report ").Append(i).Append("\n\n");
        var sentences = random.Next(1, 15);
        for (var s = 0; s < sentences; s++)
        {
            text.Append(Actors[random.Next(Actors.Length)]).Append(' ').Append(Verbs[random.Next(Verbs.Length)]).Append(' ')
                .Append(Places[random.Next(Places.Length)]).Append(' ').Append(Times[random.Next(Times.Length)]).Append(", a monitoring group said. ");
            if (random.Next(4) == 0)
            {
                text.Append('\n');
            }
        }
        return text.Append("\nCase ").Append(i).Append('.').ToString();
    }

    private static byte[] FlipBytes(byte[] bytes, Random random)
    {
        for (var flips = random.Next(1, 8); flips > 0 && bytes.Length > 0; flips--)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        }
        return bytes;
    }

    private static string Sprinkle(string text, Random random, Func<char, char> extra)
    {
        var result = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            result.Append(c);
            if (random.Next(10) == 0)
            {
                result.Append(extra(c));
            }
        }
        return result.ToString();
    }

    private static string Query(Random random, int i)
    {
        var query = $"name=fuzz-{i}.txt";
        return random.Next(6) switch
        {
            0 => query + "&published=2019-0" + random.Next(1, 10) + "-1" + random.Next(0, 9),
            1 => query + "&published=" + (random.Next(2) == 0 ? "0001-01-01" : "9999-12-31"),
            2 => query + "&title=" + Uri.EscapeDataString(new string('t', random.Next(400, 600))),
            3 => query + "&published=2020-02-30",
            _ => query,
        };
    }
}
