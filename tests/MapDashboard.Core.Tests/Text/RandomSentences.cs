using System.Text;

namespace MapDashboard.Core.Tests.Text;

/// <summary>Random test sentences: words and odd pieces (spaces, marks, look-alike letters) in random case, seeded.</summary>
internal static class RandomSentences
{
    /// <summary>
    /// <paramref name="count"/> sentences of 1 to <paramref name="maxPieces"/> - 1 pieces (a third of them odd ones), each
    /// upper-cased, capitalised or as written, with no space after one piece in <paramref name="noSpaceOneIn"/>.
    /// </summary>
    public static IEnumerable<string> Build(string[] words, string[] odd, int count, int maxPieces, int noSpaceOneIn, int seed = 18)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(1, maxPieces); n > 0; n--)
            {
                var piece = random.Next(3) == 0 ? odd[random.Next(odd.Length)] : words[random.Next(words.Length)];
                text.Append(random.Next(4) switch { 0 => piece.ToUpperInvariant(), 1 => piece[..1].ToUpperInvariant() + piece[1..], _ => piece });
                text.Append(random.Next(noSpaceOneIn) == 0 ? "" : " ");
            }
            yield return text.ToString();
        }
    }
}
