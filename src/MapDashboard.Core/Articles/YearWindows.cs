namespace MapDashboard.Core.Articles;

/// <summary>
/// Where a match of the written-date pattern (<see cref="PublicationDates"/>) can stand, from the year it holds. Every match
/// holds a year, "19" or "20" and two digits: the last part of "March 3, 2016", "3 March 2016", "March 2016", the first of
/// "2016-03-03". Before that year stand at most 13 characters that are not white space (a month name, a dot, a day of one or
/// two digits, a comma), so no match starting farther back holds it; and a match holding a later year cannot hold this
/// one, as its other digits come in runs of at most two. So the first match at or after a position either holds the
/// first year-like number there or starts after it, and the regex needs to see only a window around it: from
/// <see cref="EarliestStart"/> (what lies before stays visible to the pattern's word boundary) to <see cref="WindowEnd"/>,
/// white space or the text's end, where every match holding the year has ended and a word boundary reads the same.
/// </summary>
internal static class YearWindows
{
    // More than the 13 non-space characters a date may have before its year.
    private const int MaxBeforeYear = 16;

    // "2016-03-03": the longest a match runs on from its year's first digit.
    private const int MaxFromYear = 10;

    /// <summary>The first position at or after <paramref name="from"/> where "19" or "20" and two more digits stand, or -1.</summary>
    public static int NextYear(string text, int from)
    {
        for (var i = from; i + 4 <= text.Length; i++)
        {
            i = text.AsSpan(i, text.Length - 3 - i).IndexOfAny('1', '2') is var k and >= 0 ? i + k : text.Length;
            if (i + 4 > text.Length)
            {
                break;
            }
            if (((text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0')) && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3]))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>A position no match holding the year at <paramref name="year"/> starts before.</summary>
    public static int EarliestStart(string text, int year)
    {
        var i = year;
        for (var count = 0; i > 0 && count < MaxBeforeYear;)
        {
            i--;
            if (!char.IsWhiteSpace(text[i]))
            {
                count++;
            }
        }
        return i;
    }

    /// <summary>The first white space at or after the farthest end of a match holding the year at <paramref name="year"/>, or the text's end.</summary>
    public static int WindowEnd(string text, int year)
    {
        for (var i = year + MaxFromYear; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }
        return text.Length;
    }
}
