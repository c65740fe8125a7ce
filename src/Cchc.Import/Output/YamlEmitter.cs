using System.Text;

namespace Cchc.Import.Output;

/// <summary>Where a node was printed: 1-based line and column of its key (map entries) or its value.</summary>
public readonly record struct PrintedAt(int Line, int Column);

/// <summary>The printed YAML and the place of every node in it.</summary>
public sealed record EmitResult(string Text, IReadOnlyDictionary<YNode, PrintedAt> Places)
{
    public PrintedAt? PlaceOf(YNode node) => Places.TryGetValue(node, out var at) ? at : null;
}

/// <summary>
/// Prints a <see cref="YNode"/> tree as a person writes a plan (see plans/*.yaml): the schema modeline,
/// block style two spaces deep, flow mappings and sequences on one line when they fit, codes bare and every
/// other string double-quoted, long prose folded (<c>&gt;-</c>), comments above what they speak of.
/// </summary>
public static class YamlEmitter
{
    public const int Width = 100;
    public const string DefaultSchema = "../schema/cchc-plan.schema.json";

    public static EmitResult Emit(YMap root, string schema = DefaultSchema)
    {
        var printer = new Printer();
        printer.Line($"# yaml-language-server: $schema={schema}");
        printer.Comments(root.Comments, 0);
        printer.MapBody(root, 0);
        return new EmitResult(printer.Text.ToString(), printer.Places);
    }

    private sealed class Printer
    {
        public StringBuilder Text { get; } = new();

        public Dictionary<YNode, PrintedAt> Places { get; } = new(ReferenceEqualityComparer.Instance);

        private int _line;

        public void Line(string text)
        {
            Text.Append(text).Append('\n');
            _line++;
        }

        public void Comments(IEnumerable<string> comments, int indent)
        {
            foreach (var comment in comments)
            {
                foreach (var part in comment.Split('\n'))
                {
                    foreach (var line in YamlScalars.Wrap(part.Trim(), Math.Max(40, Width - indent - 2)))
                    {
                        Line(new string(' ', indent) + (line.Length == 0 ? "#" : "# " + line));
                    }
                }
            }
        }

        /// <summary>The entries of a block mapping, each key at <paramref name="indent"/>.</summary>
        public void MapBody(YMap map, int indent)
        {
            foreach (var (key, value) in map.Entries)
            {
                Comments(value.Comments, indent);
                Entry(new string(' ', indent) + YamlScalars.Key(key) + ":", value, indent);
            }
        }

        /// <summary>
        /// One "key:" or "-" line and its value. <paramref name="head"/> is what precedes the value on the line;
        /// <paramref name="indent"/> is the column of the key or dash.
        /// </summary>
        private void Entry(string head, YNode value, int indent)
        {
            var flow = Flow(value);
            if (flow is not null && head.Length + 1 + flow.Length <= Width)
            {
                Place(value, head.Length + 2);
                Line(head + " " + flow);
                return;
            }

            switch (value)
            {
                case YScalar s:
                    // Only a string too long for its line gets here.
                    Place(value, head.Length + 2);
                    if (s.Value is { } text && !s.Plain && YamlScalars.CanFold(text))
                    {
                        Line(head + " >-");
                        foreach (var line in YamlScalars.Wrap(text, Width - indent - 2))
                        {
                            Line(new string(' ', indent + 2) + line);
                        }
                    }
                    else
                    {
                        Line(head + " " + YamlScalars.Scalar(s));
                    }

                    break;
                case YMap map:
                    Place(value, indent + 1);
                    Line(head);
                    MapBody(map, indent + 2);
                    break;
                case YSeq seq:
                    Place(value, indent + 1);
                    Line(head);
                    SeqBody(seq, indent + 2);
                    break;
            }
        }

        private void SeqBody(YSeq seq, int indent)
        {
            var pad = new string(' ', indent);
            foreach (var item in seq.Items)
            {
                Comments(item.Comments, indent);
                if (item is YMap { Entries.Count: > 0 } itemMap && (Flow(itemMap) is not { } flow || indent + 2 + flow.Length > Width))
                {
                    // "- key: value" with the other keys under the first one.
                    Place(item, indent + 1);
                    var (firstKey, firstValue) = itemMap.Entries[0];
                    Comments(firstValue.Comments, indent + 2);
                    Entry(pad + "- " + YamlScalars.Key(firstKey) + ":", firstValue, indent + 2);
                    foreach (var (key, value) in itemMap.Entries.Skip(1))
                    {
                        Comments(value.Comments, indent + 2);
                        Entry(new string(' ', indent + 2) + YamlScalars.Key(key) + ":", value, indent + 2);
                    }
                }
                else
                {
                    Entry(pad + "-", item, indent);
                }
            }
        }

        private void Place(YNode node, int column) => Places[node] = new PrintedAt(_line + 1, column);

        /// <summary>
        /// The one-line form of a value: every scalar; an empty collection; a collection marked Flow whose
        /// members are all one-line and carry no comments (a comment cannot sit inside a flow collection).
        /// </summary>
        private string? Flow(YNode node)
        {
            switch (node)
            {
                case YScalar s:
                    return YamlScalars.Scalar(s);
                case YMap { Entries.Count: 0 }:
                    return "{}";
                case YSeq { Items.Count: 0 }:
                    return "[]";
                case YMap { Flow: true } map when map.Entries.All(e => e.Value.Comments.Count == 0):
                    var entries = map.Entries.Select(e => (e.Key, Value: FlowMember(e.Value))).ToList();
                    return entries.Any(e => e.Value is null) ? null : "{" + string.Join(", ", entries.Select(e => YamlScalars.Key(e.Key) + ": " + e.Value)) + "}";
                case YSeq { Flow: true } seq when seq.Items.All(i => i.Comments.Count == 0):
                    var items = seq.Items.Select(FlowMember).ToList();
                    return items.Any(i => i is null) ? null : "[" + string.Join(", ", items) + "]";
                default:
                    return null;
            }
        }

        private string? FlowMember(YNode node)
        {
            var text = Flow(node);
            if (text is not null)
            {
                // Nodes inside a flow collection are placed at the collection's line.
                Places[node] = new PrintedAt(_line + 1, 1);
            }

            return text;
        }
    }
}
