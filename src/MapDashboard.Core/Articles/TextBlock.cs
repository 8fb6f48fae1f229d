namespace MapDashboard.Core.Articles;

/// <summary>
/// A line or block of visible text with, for every character, the original offset and length it came from
/// (markup removed, entities decoded).
/// </summary>
internal sealed record TextBlock(string Text, int[] Origins, int[] OriginLengths, bool FollowsBlankLine)
{
    public int OriginalStart => Origins.Length == 0 ? 0 : Origins[0];

    public int OriginalEnd => Origins.Length == 0 ? 0 : Origins[^1] + OriginLengths[^1];

    /// <summary>Appends the block's visible text to the builder run by run.</summary>
    public void AppendTo(CleanTextBuilder builder, string original)
    {
        var i = 0;
        while (i < Text.Length)
        {
            if (OriginLengths[i] != 1 || original[Origins[i]] != Text[i])
            {
                builder.AppendReplacement(Text[i].ToString(), Origins[i], OriginLengths[i]);
                i++;
                continue;
            }
            var j = i + 1;
            while (j < Text.Length && OriginLengths[j] == 1 && Origins[j] == Origins[j - 1] + 1 && original[Origins[j]] == Text[j])
            {
                j++;
            }
            builder.AppendOriginal(original, Origins[i], j - i);
            i = j;
        }
    }
}
