using Cchc.Model;

namespace Cchc.Composition.Templates;

/// <summary>cchc's own codes for template problems (T001–T005).</summary>
internal static class TemplateDiagnostics
{
    public static Diagnostic Syntax(SourceSpan span, string detail) => DiagnosticCatalog.T001.At(span,
        $"mẫu văn bản sai cú pháp: {detail}; sửa mẫu theo cú pháp Scriban",
        $"template syntax error: {detail}; fix the template (Scriban syntax)");

    public static Diagnostic Runtime(SourceSpan span, string detail) => DiagnosticCatalog.T002.At(span,
        $"lỗi khi chạy mẫu văn bản: {detail}; mẫu chỉ được dùng các biến liệt kê trong templates/README.md",
        $"template runtime error: {detail}; a template may use only the variables listed in templates/README.md");

    public static Diagnostic Missing(SourceSpan span, string name) => DiagnosticCatalog.T003.At(span,
        $"thiếu mẫu \"{name}\"; sao chép mẫu này từ thư mục templates/ của cchc vào thư mục mẫu",
        $"template \"{name}\" is missing; copy it from cchc's templates/ folder into the template folder");

    public static Diagnostic MissingFolder(string directory) => DiagnosticCatalog.T003.At(SourceSpan.None(directory),
        $"không tìm thấy thư mục mẫu \"{directory}\"; sao chép thư mục templates/ của cchc rồi sửa bản sao",
        $"template folder \"{directory}\" was not found; copy cchc's templates/ folder and edit the copy");

    public static Diagnostic Unreadable(string file, string detail) => DiagnosticCatalog.T003.At(SourceSpan.None(file),
        $"không đọc được mẫu: {detail}",
        $"the template cannot be read: {detail}");

    public static Diagnostic Refused(SourceSpan span, string name) => DiagnosticCatalog.T004.At(span,
        $"mẫu chỉ được include tệp .sbn nằm trong thư mục mẫu; \"{name}\" bị từ chối (đường dẫn tuyệt đối hoặc có \"..\")",
        $"a template may include only .sbn files inside the template folder; \"{name}\" was refused (absolute path or \"..\")");

    public static Diagnostic LineCount(SourceSpan span, int got, int expected) => DiagnosticCatalog.T005.At(span,
        $"mẫu cho {got} dòng nhưng cần đúng {expected} dòng (một dòng cho mỗi cột); dùng tiêu đề mặc định",
        $"the template produced {got} lines but exactly {expected} are needed (one per column); using the default headers");

    /// <summary>Scriban positions are 0-based; cchc's are 1-based.</summary>
    public static SourceSpan Span(Scriban.Parsing.SourceSpan span, string fallbackFile)
    {
        var file = string.IsNullOrEmpty(span.FileName) ? fallbackFile : span.FileName;
        return new SourceSpan(file, span.Start.Line + 1, span.Start.Column + 1, span.End.Line + 1, span.End.Column + 1);
    }
}
