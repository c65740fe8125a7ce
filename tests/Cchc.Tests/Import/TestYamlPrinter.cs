using System.Globalization;
using System.Text;
using Cchc.Import.Output;

namespace Cchc.Tests.Import;

/// <summary>
/// Prints a recogniser's tree as YAML so that tests can load it with the real loader. Only for tests: block
/// style, every string double-quoted, comments as "#" lines. The product's emitter is the import command's.
/// </summary>
internal static class TestYamlPrinter
{
    public static string Print(YNode node, int indent)
    {
        var sb = new StringBuilder();
        Block(sb, node, indent);
        return sb.ToString();
    }

    private static void Block(StringBuilder sb, YNode node, int indent)
    {
        var pad = new string(' ', indent);
        switch (node)
        {
            case YMap map:
                foreach (var (key, value) in map.Entries)
                {
                    value.Comments.ForEach(c => sb.Append(pad).Append("# ").Append(c.Replace('\n', ' ')).Append('\n'));
                    sb.Append(pad).Append(key).Append(':');
                    Value(sb, value, indent + 2);
                }

                break;
            case YSeq seq:
                foreach (var item in seq.Items)
                {
                    item.Comments.ForEach(c => sb.Append(pad).Append("# ").Append(c.Replace('\n', ' ')).Append('\n'));
                    sb.Append(pad).Append('-');
                    Value(sb, item, indent + 2);
                }

                break;
        }
    }

    private static void Value(StringBuilder sb, YNode value, int indent)
    {
        if (value is YScalar || value is YMap { Flow: true } || value is YSeq { Flow: true } || value is YMap { Entries.Count: 0 } || value is YSeq { Items.Count: 0 })
        {
            sb.Append(' ').Append(Inline(value)).Append('\n');
            return;
        }

        sb.Append('\n');
        Block(sb, value, indent);
    }

    private static string Inline(YNode node) => node switch
    {
        YScalar { Plain: true } s => s.Value ?? "null",
        YScalar s => Quote(s.Value!),
        YMap m => "{" + string.Join(", ", m.Entries.Select(e => e.Key + ": " + Inline(e.Value))) + "}",
        YSeq q => "[" + string.Join(", ", q.Items.Select(Inline)) + "]",
        _ => "null",
    };

    private static string Quote(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                < ' ' => "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return sb.Append('"').ToString();
    }
}
