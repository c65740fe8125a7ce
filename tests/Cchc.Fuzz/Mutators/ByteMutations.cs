using System.Text;

namespace Cchc.Fuzz.Mutators;

/// <summary>Mutations that ignore the structure: bits, ranges, encodings.</summary>
public static class ByteMutations
{
    private static readonly byte[][] Inserts =
    [
        [0xEF, 0xBB, 0xBF], // UTF-8 BOM
        [0xFE, 0xFF], [0xFF, 0xFE], // UTF-16 BOMs
        [0x00], [0x00, 0x00, 0x00],
        [0xC3], [0xE1, 0xBB], [0xF0, 0x9F, 0x98], // truncated sequences
        [0xC0, 0xAF], [0xE0, 0x80, 0xAF], // overlong
        [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], // encoded surrogates
        [0xF4, 0x90, 0x80, 0x80], // beyond U+10FFFF
        [0x80], [0xBF], [0xFE], [0xFF],
        [0xEF, 0xBF, 0xBE], [0xEF, 0xBF, 0xBF], // U+FFFE, U+FFFF
        [0xE2, 0x80, 0xA8], [0xE2, 0x80, 0xA9], [0xC2, 0x85], // U+2028, U+2029, NEL
        [0x0B], [0x0C], [0x1B], [0x7F], [0x0D], [0x09],
        [0xF0, 0x9F, 0x98, 0x80], // emoji
        [0xCC, 0x81], [0xCC, 0x83], // combining marks
    ];

    public static IReadOnlyList<Mutation> All { get; } =
    [
        new("byte.flip", (b, r, _) => Edit(b, r, (s, i) => s[i] ^= (byte)(1 << r.Next(8)))),
        new("byte.set", (b, r, _) => Edit(b, r, (s, i) => s[i] = (byte)r.Next(256))),
        new("byte.insert-random", (b, r, _) => Insert(b, r.Next(b.Length + 1), RandomBytes(r, 1 + r.Next(16)))),
        new("byte.insert-special", (b, r, _) => Insert(b, r.Next(b.Length + 1), Inserts[r.Next(Inserts.Length)])),
        new("byte.insert-utf8", (b, r, _) => Insert(b, r.Next(b.Length + 1), Encoding.UTF8.GetBytes(RandomText(r, 1 + r.Next(12))))),
        new("byte.bom-start", (b, _, _) => [0xEF, 0xBB, 0xBF, .. b]),
        new("byte.nul-end", (b, _, _) => [.. b, 0x00]),
        new("byte.delete-range", (b, r, _) => DeleteRange(b, r)),
        new("byte.duplicate-range", (b, r, _) => DuplicateRange(b, r)),
        new("byte.truncate", (b, r, _) => b[..r.Next(b.Length + 1)]),
    ];

    internal static (int Start, int Length) Range(int length, Random r)
    {
        if (length == 0)
        {
            return (0, 0);
        }

        var start = r.Next(length);
        var max = Math.Min(length - start, r.Next(4) == 0 ? 4096 : 64);
        return (start, 1 + r.Next(max));
    }

    private static byte[] Edit(byte[] b, Random r, Action<byte[], int> edit)
    {
        if (b.Length == 0)
        {
            return b;
        }

        var copy = (byte[])b.Clone();
        edit(copy, r.Next(copy.Length));
        return copy;
    }

    internal static byte[] Insert(byte[] b, int at, byte[] what) => [.. b.AsSpan(0, at), .. what, .. b.AsSpan(at)];

    private static byte[] DeleteRange(byte[] b, Random r)
    {
        var (start, length) = Range(b.Length, r);
        return [.. b.AsSpan(0, start), .. b.AsSpan(start + length)];
    }

    private static byte[] DuplicateRange(byte[] b, Random r)
    {
        var (start, length) = Range(b.Length, r);
        var copies = 1 + (r.Next(8) == 0 ? r.Next(200) : 0);
        var chunk = b.AsSpan(start, length).ToArray();
        var inserted = Enumerable.Repeat(chunk, copies).SelectMany(c => c).ToArray();
        return Insert(b, start, inserted);
    }

    private static byte[] RandomBytes(Random r, int n)
    {
        var bytes = new byte[n];
        r.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Random well-formed text: Vietnamese letters, punctuation YAML cares about, rarer planes.</summary>
    internal static string RandomText(Random r, int n)
    {
        const string pool = "aăâđeêioôơuưyẠạẢảẤấỆệỢợỮữ :-#&*!|>'\"%@`{}[],?\\\t";
        var sb = new StringBuilder();
        for (var i = 0; i < n; i++)
        {
            sb.Append(r.Next(6) switch
            {
                0 => char.ConvertFromUtf32(r.Next(0x20, 0xD7FF)),
                1 => char.ConvertFromUtf32(0x10000 + r.Next(0xFFFFF)),
                _ => pool[r.Next(pool.Length)].ToString(),
            });
        }

        return sb.ToString();
    }
}
