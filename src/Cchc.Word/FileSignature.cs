using Cchc.Model;

namespace Cchc.Word;

/// <summary>
/// Tells a .docx (a zip) from what users rename to .docx: a Word 97–2003 .doc and an encrypted .docx (both OLE
/// compound files), RTF, an empty file. The OLE checks look for the stream names in the file's directory, which
/// the format stores as UTF-16LE.
/// </summary>
internal static class FileSignature
{
    private const string Convert = "soffice --headless --convert-to docx";

    /// <summary>Throws when <paramref name="bytes"/> is not a zip; returns when it may be one.</summary>
    public static void Check(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.Length == 0)
        {
            throw new WordReadException(DiagnosticCatalog.E301, "Tệp trống: không phải văn bản Word (.docx).", "The file is empty: not a Word document (.docx).");
        }

        if (Packaging.FileSignature.IsZip(bytes))
        {
            return;
        }

        if (Packaging.FileSignature.IsOle(bytes))
        {
            if (Packaging.FileSignature.HasOleStream(bytes, "EncryptedPackage"))
            {
                throw new WordReadException(DiagnosticCatalog.E304,
                    "Tệp .docx được đặt mật khẩu (mã hóa): cchc không đọc được. Mở tệp trong Word, vào Tệp > Thông tin > Bảo vệ tài liệu > Mã hóa bằng mật khẩu, xóa mật khẩu rồi lưu lại.",
                    "The .docx is password-protected (encrypted): cchc cannot read it. Open it in Word, File > Info > Protect Document > Encrypt with Password, clear the password and save.");
            }

            if (Packaging.FileSignature.HasOleStream(bytes, "WordDocument"))
            {
                throw new WordReadException(DiagnosticCatalog.E301,
                    $"Đây là tệp Word 97–2003 (.doc) mang đuôi .docx. Hãy chuyển sang .docx: trong Word chọn Lưu thành > Tài liệu Word (.docx), hoặc chạy: {Convert} \"{Path.GetFileName(name)}\"",
                    $"This is a Word 97–2003 file (.doc) named .docx. Convert it to .docx: in Word, Save As > Word Document (.docx), or run: {Convert} \"{Path.GetFileName(name)}\"");
            }

            throw new WordReadException(DiagnosticCatalog.E301,
                "Đây là một tệp Office kiểu cũ (OLE), không phải văn bản Word .docx.",
                "This is an old-style Office (OLE) file, not a Word .docx document.");
        }

        if (bytes.StartsWith("{\\rtf"u8))
        {
            throw new WordReadException(DiagnosticCatalog.E301,
                $"Đây là tệp RTF mang đuôi .docx. Hãy lưu lại thành .docx trong Word, hoặc chạy: {Convert} \"{Path.GetFileName(name)}\"",
                $"This is an RTF file named .docx. Save it as .docx in Word, or run: {Convert} \"{Path.GetFileName(name)}\"");
        }

        throw new WordReadException(DiagnosticCatalog.E301,
            "Tệp không phải văn bản Word .docx (không phải tệp nén OOXML).",
            "The file is not a Word .docx document (not an OOXML zip package).");
    }
}
