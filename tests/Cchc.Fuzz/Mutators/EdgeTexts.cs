using System.Text;

namespace Cchc.Fuzz.Mutators;

/// <summary>
/// Texts at the edges of what a cell or a paragraph holds, for the readers of Word files and workbooks: empty,
/// thousands of characters, digits only, Roman numerals out of range, impossible dates, lone surrogates and
/// controls (as <see cref="ZipXml.Raw"/> markers), right-to-left and zero-width marks, combining marks, NFD.
/// </summary>
public static class EdgeTexts
{
    public static readonly string[] Labels =
    [
        "I.", "IV.", "XL.", "MMMMCMXCIX.", "MMMMMMMMMMMM.", "IIII.", "IC.", "VX.", "0.", "00.", "1.", "99999999999999999999.", "1.1.", "1.1.1.1.1.1.1.1.1.",
        "a)", "đ)", "z)", "aa)", "A)", "1)", "-", "–", "+", "•", "*", "Điều 0.", "Điều 99999999999.", "Phụ lục 0", "Phụ lục MMMMM", "I", "1", "a",
    ];

    public static readonly string[] Dates =
    [
        "31/02/2026", "29/02/2025", "00/00/0000", "99/99/9999", "ngày 99 tháng 13 năm 99999", "ngày 31 tháng 02 năm 2026", "ngày  tháng  năm 2026",
        "ngày 01 tháng 01 năm 0001", "ngày 1 tháng 1 năm 10000", "Hải Dương, ngày 99 tháng 99 năm 99999", "ngày 29 tháng 02 năm 2024", "2026-02-30",
        "Quý V/2026", "Quý 0/2026", "Quý I/99999999999", "Tháng 13/2026", "Tháng 0/2026", "Năm 99999", "Trước 31/02/2026", "Thường xuyên", "2026-2025",
        "Cả năm 2026", "6 tháng đầu năm 2026", "Trước ngày 99/99/2026", "Quý I, II/2026", "Năm 2026-2030", "Trong năm 0",
    ];

    public static readonly string[] Numbers =
    [
        "Số: /QĐ-UBND", "Số:", "Số: 99999999999999999999/QĐ-UBND", "Số: 0/KH-UBND", "Số: -1/QĐ-UBND", "Số: 12/", "Số: 12/QĐ-", "Số: 12/QĐ-UBND/QĐ-UBND",
        "Số 12/QĐ-UBND", "Số: 12 /QĐ-UBND", "Số: ١٢/QĐ-UBND",
    ];

    public static readonly string[] Agencies =
    [
        "UBND", "Phòng", "Phòng Văn hóa - Xã hội; Phối hợp: Văn phòng", "Các phòng, ban, ngành, đơn vị", ";", ",,,,", "-", "Văn phòng HĐND và UBND phường",
        "Công an phường, Ban Chỉ huy Quân sự phường, Trung tâm Phục vụ hành chính công, Phòng Kinh tế, Hạ tầng và Đô thị",
    ];

    public static readonly string[] Bases = ["Căn cứ", "Căn cứ ;", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 99 tháng 13 năm 99999;", "Căn cứ Nghị định số /2020/NĐ-CP;", "Căn cứ."];

    public static readonly string[] Marks = ["\u200F", "\u202E", "\u200B", "\u200C\u200D", "\uFEFF", "\u00A0", "\t", "\u2028", "\u00AD", "\u0301", "😀", "\uFFFD", "\u3000"];

    /// <summary>A text for a paragraph or cell that held <paramref name="original"/>.</summary>
    public static string Pick(Random r, string original) => r.Next(12) switch
    {
        0 => "",
        1 => Long(r),
        2 => new string('7', 1 + r.Next(r.Next(2) == 0 ? 20 : 4_000)),
        3 => Labels[r.Next(Labels.Length)] + (r.Next(2) == 0 ? " " + original : ""),
        4 => Dates[r.Next(Dates.Length)],
        5 => Numbers[r.Next(Numbers.Length)],
        6 => Agencies[r.Next(Agencies.Length)] + (r.Next(3) == 0 ? string.Concat(Enumerable.Repeat(", Phòng " + r.Next(100), 300)) : ""),
        7 => Bases[r.Next(Bases.Length)],
        8 => Spliced(r, original, ZipXml.Raw(ZipXml.RawNames[r.Next(ZipXml.RawNames.Count)])),
        9 => Spliced(r, original, Marks[r.Next(Marks.Length)]),
        10 => original.Normalize(NormalizationForm.FormD),
        _ => original + string.Concat(Enumerable.Repeat("\u0301", 1 + r.Next(60))),
    };

    private static string Spliced(Random r, string text, string what)
    {
        var at = r.Next(text.Length + 1);
        return text[..at] + what + text[at..];
    }

    private static string Long(Random r)
    {
        var n = r.Next(3) switch { 0 => 4_000, 1 => 32_767, _ => 32_768 + r.Next(2_000) };
        var word = r.Next(2) == 0 ? "nhiệm vụ " : "x";
        var sb = new StringBuilder(n + 16);
        while (sb.Length < n)
        {
            sb.Append(word);
        }

        return sb.ToString(0, n);
    }
}
