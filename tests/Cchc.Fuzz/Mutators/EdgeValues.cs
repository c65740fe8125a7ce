namespace Cchc.Fuzz.Mutators;

/// <summary>Scalars at the edges of what a plan's fields accept.</summary>
public static class EdgeValues
{
    /// <summary>Every character YAML or Unicode treats as a line break, and the C0/C1 controls users paste.</summary>
    public static readonly string[] LineBreaks = ["\r", "\r\n", "\u0085", "\u2028", "\u2029", "\v", "\f"];

    public static readonly string[] XmlForbidden = ["\u0001", "\u0008", "\u001F", "\uFFFE", "\uFFFF", "\u007F", "\u0080", "\u009F"];

    public static readonly string[] Fixed =
    [
        "", "~", "null", "Null", "NULL", "''", "\"\"", "true", "false", "yes", "no", "on", "off",
        "0", "-1", "-0", "1", "00", "007", "2147483647", "2147483648", "-2147483649", "4294967296",
        "9223372036854775807", "9223372036854775808", "99999999999999999999999999999", "1e400", "-1e400", ".inf", "-.inf", ".nan",
        "0x7FFFFFFF", "0o777", "0b101", "1_000", "3.14", "1900", "1899", "2200", "2201", "9999", "10000", "0000",
        "Như Điều 2147483648", "Như Điều 99999999999999999999", "Như Điều 0", "Như Điều -1", "Như Điều 3",
        "Quý V/2026", "Quý I/99999999999", "Quý I/2026", "Quí I/2026", "Tháng 13/2026", "Tháng 0/2026", "Tháng 12/2147483648",
        "31/02/2026", "29/02/2025", "29/02/2024", "00/00/0000", "2026-13-45", "2026-02-30", "ngày 32 tháng 1 năm 2026",
        "2026-2025", "2026-99999999999", "2147483647-2147483648", "Cả năm 2026", "Thường xuyên", "Trước 30/06/2026",
        "[]", "{}", "[1, 2]", "{a: 1}", "[", "]", "{", "}", "[[]]", "{a: [b, {c: d}]}",
        "!!binary aGVsbG8=", "!!int x", "!!str 12", "!!map {}", "!!seq []", "!custom tag", "!<tag:yaml.org,2002:str> x", "!!timestamp 2026-01-01",
        "&a", "*a", "*undefined", "&a *a", "<<", "? complex", "- item", "key: value", "'unterminated", "\"unterminated", "\"\\uD800\"",
        "\"\\uDFFF\"", "\"\\uFFFE\"", "\"\\uFFFF\"", "\"\\x01\"", "\"\\0\"", "\"\\e\"", "\"\\v\"", "\"\\L\"", "\"\\P\"", "\"\\N\"", "\"\\_\"",
        "\"\\U0010FFFF\"", "\"\\U00110000\"", "\"\\q\"", "#", " #comment", "%", "@", "`", "|", ">", "|-", ">+", "|2", "|9",
        "ABC", "abc", "A.B", "UBND", "CA", "-", "--", "...", "---", "a" + new string('b', 300), "\"\\t\"",
        "I.", "1.", "a)", "1.1.", "+", "Điều 1.", "Phụ lục I", "Phụ lục 99",
    ];

    public static string Pick(Random r, Corpus corpus)
    {
        return r.Next(10) switch
        {
            0 => Quoted(r, "dòng" + LineBreaks[r.Next(LineBreaks.Length)] + "tiếp"),
            1 => Quoted(r, "chữ" + XmlForbidden[r.Next(XmlForbidden.Length)] + "cấm"),
            2 => Long(r),
            3 => corpus.Values[r.Next(corpus.Values.Count)],
            4 => ByteMutations.RandomText(r, 1 + r.Next(20)),
            _ => Fixed[r.Next(Fixed.Length)],
        };
    }

    /// <summary>The text raw (plain), single-quoted or double-quoted, or as a YAML escape.</summary>
    private static string Quoted(Random r, string text) => r.Next(4) switch
    {
        0 => text,
        1 => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'",
        2 => "\"" + text + "\"",
        _ => "\"" + string.Concat(text.Select(c => c < 0x80 && !char.IsControl(c) ? c.ToString() : $"\\u{(int)c:X4}")) + "\"",
    };

    private static string Long(Random r)
    {
        var words = r.Next(3) switch { 0 => 1_000, 1 => 10_000, _ => 60_000 };
        var word = r.Next(2) == 0 ? "từ " : "x";
        return string.Concat(Enumerable.Repeat(word, words));
    }
}
