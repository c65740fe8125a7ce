namespace Cchc.Word;

/// <summary>
/// Characters of the Symbol and Wingdings fonts (w:sym, bullet labels) as the Unicode characters they draw.
/// Those fonts put their glyphs at U+F020–U+F0FF (or at the Latin-1 code of the same low byte); a character
/// this table does not know is kept as it is.
/// </summary>
internal static class SymbolFonts
{
    private const string SymbolGreekUpper = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ";
    private const string SymbolGreekLower = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ";

    private static readonly Dictionary<int, char> Symbol = new()
    {
        [0x2D] = '−', [0xA3] = '≤', [0xA5] = '∞', [0xAC] = '←', [0xAD] = '↑', [0xAE] = '→', [0xAF] = '↓',
        [0xB0] = '°', [0xB1] = '±', [0xB3] = '≥', [0xB4] = '×', [0xB7] = '•', [0xB8] = '÷', [0xB9] = '≠',
        [0xBB] = '≈', [0xD6] = '√', [0xD7] = '⋅', [0xE0] = '◊', [0xDE] = '⇒', [0xDB] = '⇔',
    };

    private static readonly Dictionary<int, char> Wingdings = new()
    {
        [0x6C] = '●', [0x6E] = '■', [0x71] = '❑', [0x75] = '◆', [0x76] = '❖', [0x77] = '⬥', [0x9F] = '•',
        [0xA7] = '▪', [0xA8] = '◻', [0xD8] = '➢', [0xE0] = '➔', [0xE8] = '➔', [0xF0] = '⇨', [0xFB] = '✗', [0xFC] = '✓', [0xFE] = '☑',
    };

    public static string ToUnicode(string text, string? font)
    {
        var table = Table(font);
        if (table is null && !text.Any(c => c is >= '\uF000' and <= '\uF0FF'))
        {
            return text;
        }

        return string.Concat(text.Select(c => Map(c, font, table)));
    }

    /// <summary>The character of w:sym's w:char (hex) in w:font.</summary>
    public static string FromSym(string? hex, string? font)
    {
        if (hex is null || !int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var code)
            || code is <= 0 or > 0xFFFF)
        {
            return "";
        }

        return Map((char)code, font, Table(font)).ToString();
    }

    private static Dictionary<int, char>? Table(string? font) => font switch
    {
        "Symbol" => Symbol,
        "Wingdings" => Wingdings,
        _ => null,
    };

    private static char Map(char c, string? font, Dictionary<int, char>? table)
    {
        var low = c is >= '\uF000' and <= '\uF0FF' ? c - 0xF000 : c;
        if (table is null)
        {
            // A PUA code in a font we do not know: its low byte is the character the font's author meant in most cases.
            return c is >= '\uF020' and <= '\uF0FF' ? (char)low : c;
        }

        if (table.TryGetValue(low, out var mapped))
        {
            return mapped;
        }

        if (font == "Symbol" && low is >= 0x41 and <= 0x5A)
        {
            return SymbolGreekUpper[low - 0x41];
        }

        if (font == "Symbol" && low is >= 0x61 and <= 0x7A)
        {
            return SymbolGreekLower[low - 0x61];
        }

        return low is >= 0x20 and < 0x7F ? (char)low : c;
    }
}
