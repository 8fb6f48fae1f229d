using System.Text;

namespace MapDashboard.Data.Export;

/// <summary>
/// Makes article text safe to write into an export, whatever it holds. XML 1.0 forbids the C0 controls other than tab,
/// line feed and carriage return, U+FFFE, U+FFFF and unpaired surrogates; the same characters make a JSON or CSV cell
/// unreadable to the tools that open it. Controls become a space (so words stay apart), an unpaired surrogate becomes
/// U+FFFD (the damage stays visible), and invisible formatting that reorders or hides text (bidi marks, embeddings,
/// overrides and isolates, zero-width space, word joiner, byte-order mark) is dropped; the zero-width joiner and non-joiner are
/// kept, since Arabic and Persian spelling needs them.
/// </summary>
public static class ExportText
{
    /// <summary>The text with every character an export must not carry replaced or dropped; null stays null.</summary>
    public static string? Clean(string? text)
    {
        if (text is null || !NeedsCleaning(text))
        {
            return text;
        }
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                clean.Append('\uFFFD');
            }
            else if (IsControl(c))
            {
                clean.Append(' ');
            }
            else if (!IsHiddenFormatting(c))
            {
                clean.Append(c);
            }
        }
        return clean.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if (char.IsSurrogate(c) || IsControl(c) || IsHiddenFormatting(c))
            {
                return true; // a surrogate may well be paired; the slow path sorts that out
            }
        }
        return false;
    }

    /// <summary>C0 and C1 controls except tab, line feed and carriage return; DEL; and the non-characters U+FFFE, U+FFFF.</summary>
    private static bool IsControl(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r')) || (c >= '\u007F' && c <= '\u009F') || c is '\uFFFE' or '\uFFFF';

    /// <summary>Format characters that hide or reorder text: bidi controls, zero-width space, word joiner, invisible operators, BOM.</summary>
    private static bool IsHiddenFormatting(char c) =>
        c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200B' or '\u200E' or '\u200F' or '\u061C'
            or (>= '\u2060' and <= '\u2064') or '\uFEFF';
}
