using System.Globalization;

namespace MapDashboard.Core.Text;

/// <summary>
/// Reads numbers written in any script's decimal digits. The patterns' <c>\d</c> matches Arabic-Indic ("١٢") and
/// Persian ("۱۲") digits as well as ASCII ones, while <c>int.Parse</c> reads only ASCII: one date or count written in
/// Arabic digits threw and stopped a whole geoparse or ingest run.
/// </summary>
public static class DecimalDigits
{
    /// <summary>The value of a run of decimal digits of one or several scripts; false when empty, when a character is not a decimal digit, or when the value exceeds <see cref="int.MaxValue"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        if (digits.IsEmpty)
        {
            return false;
        }
        long n = 0;
        foreach (var c in digits)
        {
            var d = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (d < 0)
            {
                return false;
            }
            n = (n * 10) + d;
            if (n > int.MaxValue)
            {
                return false;
            }
        }
        value = (int)n;
        return true;
    }

    /// <summary>The value of a run of decimal digits a pattern matched (see <see cref="TryParse"/>); throws <see cref="FormatException"/> on anything else.</summary>
    public static int Parse(ReadOnlySpan<char> digits) =>
        TryParse(digits, out var value) ? value : throw new FormatException($"'{digits}' is not a run of decimal digits.");
}
