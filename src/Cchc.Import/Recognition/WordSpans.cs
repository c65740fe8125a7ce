using Cchc.Model;
using Cchc.Word;

namespace Cchc.Import.Recognition;

/// <summary>A place in the Word file as findings name it: "ke-hoach.docx(¶98)", "(bảng 2, dòng 14, cột 3)", "(bảng 2)".</summary>
internal static class WordSpans
{
    /// <summary>A finding in the Word file itself, not in the YAML.</summary>
    public static SourceSpan At(this ImportContext context, WordPosition where) => SourceSpan.In(context.SourceName, Describe(where, "vi"));

    /// <summary><see cref="WordPosition.Describe"/>, and a whole table (a table block's position has no cell) as just the table.</summary>
    public static string Describe(WordPosition where, string lang) => where is { Table: { } t, Row: null }
        ? (where.Part == WordPosition.Body ? "" : where.Part + ": ") + (lang == "en" ? $"table {t}" : $"bảng {t}")
        : where.Describe(lang);
}
