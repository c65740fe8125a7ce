using System.Globalization;
using Cchc.Model;

namespace Cchc.Yaml;

/// <summary>
/// W115: characters in plan text that XML 1.0 forbids (C0 controls but tab, line feed and carriage return; U+FFFE,
/// U+FFFF; a surrogate without its pair, written as an escape such as "\uD800") or that are invisible controls
/// (DEL, C1 controls with NEL, a BOM inside text, bidi overrides). Each is reported once per scalar, at the
/// character itself when it is written raw, else at the scalar; the message says what the documents will hold.
/// </summary>
internal static class ControlCharacters
{
    private enum Fate
    {
        LineBreak,
        Dropped,
        Invisible,
    }

    /// <summary>Reports each character of the scalar's text that <see cref="Classify"/> names, once per character.</summary>
    public static void Check(string value, SourceSpan span, string text, SourceLines lines, string path, List<Diagnostic> diagnostics)
    {
        // Nearly every scalar holds none of them.
        if (!MayHoldSuspects(value))
        {
            return;
        }

        HashSet<char>? reported = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (Classify(c) is not var (vi, en, fate) || !(reported ??= []).Add(c))
            {
                continue;
            }

            var code = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
            var (whatVi, whatEn) = fate switch
            {
                Fate.LineBreak => ("cchc viết nó thành một ngắt dòng trong văn bản Word; nếu muốn xuống dòng, nên tách thành đoạn riêng",
                    "cchc writes it as a line break in the Word document; to start a new line, better split the paragraph"),
                Fate.Dropped => ("cchc bỏ ký tự này khỏi văn bản Word; hãy xóa nó khỏi kế hoạch", "cchc drops it from the Word document; delete it from the plan"),
                _ => ("ký tự này không hiện ra nhưng làm đảo thứ tự hiển thị chữ; hãy xóa nó khỏi kế hoạch", "it is invisible but reorders the displayed text; delete it from the plan"),
            };
            diagnostics.Add(DiagnosticCatalog.W115.At(Where(span, c, text, lines, path),
                $"văn bản có ký tự U+{code} ({vi}): {whatVi}", $"the text holds U+{code} ({en}): {whatEn}"));
        }
    }

    /// <summary>The character's own place when the source writes it raw, else the scalar's (it came from an escape).</summary>
    private static SourceSpan Where(SourceSpan span, char c, string text, SourceLines lines, string path)
    {
        var start = lines.Offset(span.Line, span.Column);
        var end = Math.Min(text.Length, lines.Offset(span.EndLine, span.EndColumn));
        var at = start >= 0 && start < end ? text.IndexOf(c, start, end - start) : -1;
        if (at < 0)
        {
            return span;
        }

        var (line, column) = lines.Position(at);
        return new SourceSpan(path, line, column, line, column + 1);
    }

    /// <summary>Whether the text may hold a character <see cref="Classify"/> names: range scans, vectorised, no table to build.</summary>
    private static bool MayHoldSuspects(ReadOnlySpan<char> text) =>
        text.ContainsAnyInRange('\u0000', '\u001F') || text.ContainsAnyInRange('\u007F', '\u009F') || text.ContainsAnyInRange('\u202A', '\uFFFF');

    private static (string Vi, string En, Fate Fate)? Classify(char c) => c switch
    {
        '\t' or '\n' or '\r' => null,
        '\v' => ("tab dọc, Word dùng làm ngắt dòng khi chép văn bản ra", "a vertical tab, Word's line break in copied text", Fate.LineBreak),
        < '\u0020' => ("ký tự điều khiển C0, XML không cho phép", "a C0 control character, which XML forbids", Fate.Dropped),
        '\u007F' => ("ký tự điều khiển DEL", "the DEL control character", Fate.Dropped),
        '\u0085' => ("ký tự điều khiển NEL của bảng C1", "the C1 control NEL", Fate.Dropped),
        >= '\u0080' and <= '\u009F' => ("ký tự điều khiển C1, thường do chép từ văn bản mã Windows-1252", "a C1 control character, often from Windows-1252 text", Fate.Dropped),
        '\uFEFF' => ("dấu BOM nằm giữa văn bản, không hiện ra", "a byte order mark inside the text, invisible", Fate.Dropped),
        '\uFFFE' or '\uFFFF' => ("không phải ký tự Unicode, XML không cho phép", "a Unicode noncharacter, which XML forbids", Fate.Dropped),
        _ when char.IsSurrogate(c) => ("nửa cặp surrogate đứng lẻ, thường do viết \\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + " trong chuỗi ngoặc kép; XML không cho phép",
            "an unpaired surrogate, usually an escape in a double-quoted string; XML forbids it", Fate.Dropped),
        >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' => ("ký tự điều khiển hướng chữ", "a bidirectional formatting control", Fate.Invisible),
        _ => null,
    };
}
