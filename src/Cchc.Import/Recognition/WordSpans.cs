using Cchc.Model;
using Cchc.Word;

namespace Cchc.Import.Recognition;

/// <summary>A finding in the Word file itself: "ke-hoach.docx(¶98)" or "ke-hoach.docx(bảng 2, dòng 14, cột 3)".</summary>
internal static class WordSpans
{
    public static SourceSpan At(this ImportContext context, WordPosition where) => SourceSpan.None($"{context.SourceName}({where.Describe("vi")})");
}
