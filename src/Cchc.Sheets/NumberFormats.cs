namespace Cchc.Sheets;

/// <summary>Which cell number formats show a number as a date: the built-in date formats and custom formats with days or years.</summary>
internal static class NumberFormats
{
    /// <summary>14–22: the built-in date and date-time formats; 27–36 and 50–58: the East Asian built-in dates.</summary>
    public static bool IsBuiltInDate(int id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 50 and <= 58);

    /// <summary>
    /// A custom format code shows a date when its first section, without quoted text, escaped characters and
    /// bracketed parts (colours, locales, elapsed time), has a day or a year ("dd/mm/yyyy", "d-mmm-yy", "yyyy-mm-dd").
    /// "mm:ss" and "[h]:mm" are times, not dates.
    /// </summary>
    public static bool IsDateCode(string code)
    {
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (quoted)
            {
                quoted = c != '"';
            }
            else if (bracket)
            {
                bracket = c != ']';
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == '[')
            {
                bracket = true;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++; // the next character is shown (or padded) literally
            }
            else if (c == ';')
            {
                return false;
            }
            else if (c is 'd' or 'D' or 'y' or 'Y')
            {
                return true;
            }
        }

        return false;
    }
}
