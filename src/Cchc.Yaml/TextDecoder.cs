using System.Text;
using Cchc.Model;

namespace Cchc.Yaml;

/// <summary>
/// Turns the bytes of a plan into text: UTF-8 with or without BOM. Anything else is refused with a message
/// that names the probable legacy Vietnamese encoding and how to convert it.
/// </summary>
internal static class TextDecoder
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(ReadOnlySpan<byte> bytes, string path, List<Diagnostic> diagnostics)
    {
        if (bytes.Length > MaxBytes)
        {
            diagnostics.Add(TooLarge(path, bytes.Length));
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            diagnostics.Add(DiagnosticCatalog.E100.At(SourceSpan.At(path, 1, 1),
                "tệp được lưu theo mã UTF-16; hãy lưu lại theo UTF-8 (trong Notepad: Lưu thành… → Mã hóa: UTF-8)",
                "the file is UTF-16; save it again as UTF-8"));
            return null;
        }

        if (LooksLikeUtf16WithoutBom(bytes))
        {
            diagnostics.Add(DiagnosticCatalog.E100.At(SourceSpan.At(path, 1, 1),
                "tệp được lưu theo mã UTF-16 (không có BOM); hãy lưu lại theo UTF-8 (trong Notepad: Lưu thành… → Mã hóa: UTF-8)",
                "the file is UTF-16 (without a BOM); save it again as UTF-8"));
            return null;
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, col) = Position(bytes, nul);
            diagnostics.Add(DiagnosticCatalog.E106.At(SourceSpan.At(path, line, col),
                "tệp chứa dữ liệu nhị phân (byte 0), không phải văn bản YAML; hãy kiểm tra lại đúng tệp kế hoạch chưa",
                "the file holds binary data (a NUL byte), not YAML text; check that this is the plan file"));
            return null;
        }

        // YAML text holds no C0 control character other than tab, line feed and carriage return (and Word's VT and FF).
        var control = FirstControl(bytes);
        if (control >= 0)
        {
            var (line, col) = Position(bytes, control);
            var hex = $"0x{bytes[control]:X2}";
            diagnostics.Add(DiagnosticCatalog.E106.At(SourceSpan.At(path, line, col),
                $"tệp chứa ký tự điều khiển {hex}, không phải văn bản YAML (có lẽ là tệp nhị phân hoặc bị hỏng); hãy kiểm tra lại đúng tệp kế hoạch chưa",
                $"the file holds the control character {hex}: it is binary or damaged, not YAML text"));
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var bad = FirstInvalidUtf8(bytes);
            var (line, col) = Position(bytes, bad);
            var (vi, en) = LegacyAdvice(bytes);
            diagnostics.Add(DiagnosticCatalog.E100.At(SourceSpan.At(path, line, col),
                $"tệp không phải UTF-8 hợp lệ; {vi}", $"the file is not valid UTF-8; {en}"));
            return null;
        }
    }

    public static Diagnostic TooLarge(string path, long length) => DiagnosticCatalog.E102.At(SourceSpan.At(path, 1, 1),
        $"tệp quá lớn: {Bytes(length, '.')} byte, vượt giới hạn {MaxBytes / (1024 * 1024)} MB ({Bytes(MaxBytes, '.')} byte) của một kế hoạch; tách phụ lục hoặc bỏ bớt nội dung không thuộc kế hoạch",
        $"the file is too large: {Bytes(length, ',')} bytes, over the {MaxBytes / (1024 * 1024)} MB ({Bytes(MaxBytes, ',')} bytes) limit of a plan; split it or remove what does not belong to the plan");

    /// <summary>A byte count with thousands grouped by <paramref name="separator"/> (Vietnamese groups with '.').</summary>
    private static string Bytes(long n, char separator) =>
        n.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', separator);

    private static (string Vi, string En) LegacyAdvice(ReadOnlySpan<byte> bytes)
    {
        // Each legacy encoding leaves its own marks in the high bytes:
        // TCVN3 (ABC, .VnTime fonts) stores ă â đ ê ô ơ ư as 0xA8–0xAD/0xAE and tone-marked vowels in 0xB5–0xFE;
        // VNI (VNI-Times fonts) writes a base letter followed by a tone byte (0xF8 ø, 0xF9 ù, 0xFB û, 0xF5 õ, 0xEF ï …) and đ as 0xF1;
        // Windows-1258 uses combining tone bytes 0xCC 0xEC 0xD2 0xDE 0xF2 after precomposed â ê ô ơ ư (0xE2 0xEA 0xF4 0xF5 0xFD).
        int tcvn = 0, vni = 0, cp1258 = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                continue;
            }

            var prevLetter = i > 0 && char.IsAsciiLetter((char)bytes[i - 1]);
            if (b is >= 0xA8 and <= 0xAE || b is >= 0xB5 and <= 0xBE)
            {
                tcvn++;
            }

            if (prevLetter && b is 0xF8 or 0xF9 or 0xFB or 0xF5 or 0xEF or 0xE4 or 0xE3 or 0xE1 or 0xE0 or 0xF6 or 0xF7 or 0xFA)
            {
                vni++;
            }

            if (b is 0xF1 or 0xD1)
            {
                vni++;
            }

            if (b is 0xCC or 0xEC or 0xD2 or 0xDE or 0xF2 && i > 0 && bytes[i - 1] is >= 0x41)
            {
                cp1258++;
            }

            if (b is 0xF0 or 0xD0 or 0xFD or 0xDD)
            {
                cp1258++;
            }
        }

        const string toolVi = "mở bằng UniKey → Công cụ chuyển mã (Ctrl+Shift+F6), chọn Nguồn: {0}, Đích: Unicode, rồi lưu lại theo UTF-8";
        if (tcvn >= vni && tcvn >= cp1258 && tcvn > 0)
        {
            return ("có lẽ văn bản được gõ theo bảng mã TCVN3 (ABC, phông .VnTime); " + string.Format(System.Globalization.CultureInfo.InvariantCulture, toolVi, "TCVN3 (ABC)"),
                "it is probably TCVN3 (ABC, .VnTime fonts); convert it to Unicode (e.g. UniKey's converter) and save as UTF-8");
        }

        if (vni >= cp1258 && vni > 0)
        {
            return ("có lẽ văn bản được gõ theo bảng mã VNI (phông VNI-Times); " + string.Format(System.Globalization.CultureInfo.InvariantCulture, toolVi, "VNI Windows"),
                "it is probably VNI (VNI-Times fonts); convert it to Unicode (e.g. UniKey's converter) and save as UTF-8");
        }

        return ("có lẽ tệp được lưu theo mã Windows-1258; hãy chuyển sang UTF-8, ví dụ: iconv -f WINDOWS-1258 -t UTF-8 tep-cu.yaml > tep-moi.yaml, hoặc trong Notepad: Lưu thành… → Mã hóa: UTF-8",
            "it is probably Windows-1258; convert it, e.g. iconv -f WINDOWS-1258 -t UTF-8 old.yaml > new.yaml");
    }

    private static int FirstControl(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            // A vertical tab or form feed is what Word leaves in pasted text (line and page breaks): text, reported as W115.
            if (bytes[i] is < 0x20 and not (0x09 or 0x0A or 0x0D or 0x0B or 0x0C) or 0x7F)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>UTF-16 text without a byte order mark: the high byte of every ASCII character is zero, so
    /// zeros fill one of the two byte positions (odd ones for little-endian, even ones for big-endian).</summary>
    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        var n = Math.Min(bytes.Length & ~1, 4096);
        for (var i = 0; i < n; i += 2)
        {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }

        var pairs = n / 2;
        return (oddZeros * 10 >= pairs * 7 && evenZeros * 10 < pairs) || (evenZeros * 10 >= pairs * 7 && oddZeros * 10 < pairs);
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[i..], new char[Math.Min(4096, (bytes.Length - i) * 2 + 2)], out var read, out _, replaceInvalidSequences: false);
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                return i + read;
            }

            if (read == 0)
            {
                return i;
            }

            i += read;
            if (status == System.Buffers.OperationStatus.NeedMoreData)
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>The line and column of a byte, as the loader counts them everywhere (<see cref="SourceLines"/>).</summary>
    private static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = Encoding.UTF8.GetString(bytes[..Math.Min(offset, bytes.Length)]);
        return new SourceLines(before).Position(before.Length);
    }
}
