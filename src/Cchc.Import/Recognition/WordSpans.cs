using Cchc.Model;
using Cchc.Word;

namespace Cchc.Import.Recognition;

/// <summary>A place in the Word file as findings name it: "ke-hoach.docx(¶98)", "(bảng 2, dòng 14, cột 3)", "(bảng 2)".</summary>
internal static class WordSpans
{
    /// <summary>A finding in the Word file itself, not in the YAML.</summary>
    public static SourceSpan At(this ImportContext context, WordPosition where) => SourceSpan.In(context.SourceName, where.Describe("vi"));
}
