using System.Text;

namespace Cchc.Fuzz.Mutators;

/// <summary>Mutations of whole lines: the mistakes of copy and paste and of indentation.</summary>
public static class LineMutations
{
    public static IReadOnlyList<Mutation> All { get; } =
    [
        new("line.duplicate", (b, r, _) => OnLines(b, r, (ls, i) => ls.Insert(i, ls[i]))),
        new("line.delete", (b, r, _) => OnLines(b, r, (ls, i) => ls.RemoveAt(i))),
        new("line.delete-block", (b, r, _) => OnLines(b, r, (ls, i) => ls.RemoveRange(i, Math.Min(ls.Count - i, 1 + r.Next(30))))),
        new("line.swap", (b, r, _) => OnLines(b, r, (ls, i) =>
        {
            var j = r.Next(ls.Count);
            (ls[i], ls[j]) = (ls[j], ls[i]);
        })),
        new("line.reindent", (b, r, _) => OnLines(b, r, (ls, i) =>
        {
            var shift = r.Next(-4, 5);
            ls[i] = shift >= 0 ? new string(' ', shift) + ls[i] : ls[i][Math.Min(-shift, ls[i].Length - ls[i].TrimStart(' ').Length)..];
        })),
        new("line.tab-indent", (b, r, _) => OnLines(b, r, (ls, i) => ls[i] = "\t" + ls[i].TrimStart(' '))),
        new("line.insert-from-corpus", (b, r, c) => OnLines(b, r, (ls, i) => ls.Insert(i, c.Lines[r.Next(c.Lines.Count)]))),
        new("line.insert-from-corpus-aligned", (b, r, c) => OnLines(b, r, (ls, i) =>
        {
            var donor = YamlLines.Parse(c.Lines[r.Next(c.Lines.Count)]);
            ls.Insert(i, (YamlLines.Parse(ls[i]) with { Key = donor.Key, Value = donor.Value, Dash = donor.Dash }).ToString());
        })),
        new("line.crlf", (b, _, _) => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(b).Replace("\n", "\r\n", StringComparison.Ordinal))),
        new("line.cr-only", (b, _, _) => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(b).Replace("\n", "\r", StringComparison.Ordinal))),
        new("line.separator", (b, r, _) => OnLines(b, r, (ls, i) => ls[i] += r.Next(3) switch { 0 => "\u2028", 1 => "\u2029", _ => "\u0085" })),
        new("line.document-marker", (b, r, _) => OnLines(b, r, (ls, i) => ls.Insert(i, r.Next(3) switch { 0 => "---", 1 => "...", _ => "%YAML 1.2" }))),
    ];

    /// <summary>Splits on '\n' (keeping any '\r'), edits at a random line, joins again.</summary>
    internal static byte[] OnLines(byte[] b, Random r, Action<List<string>, int> edit)
    {
        var lines = Encoding.UTF8.GetString(b).Split('\n').ToList();
        edit(lines, r.Next(lines.Count));
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }
}
