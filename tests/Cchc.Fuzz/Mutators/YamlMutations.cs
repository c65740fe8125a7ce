using System.Text;

namespace Cchc.Fuzz.Mutators;

/// <summary>Mutations that know YAML: edge scalars, anchors and aliases (cyclic too), style flips, duplicate keys, nesting, wrong types.</summary>
public static class YamlMutations
{
    private static readonly string[] WrongTypes = ["[]", "{}", "[a, b]", "{a: b}", "42", "-7", "3.5", "true", "null", "~", "2026-01-01", "|\n  văn bản", "- x"];

    private static readonly string[] Tags = ["!!str", "!!int", "!!map", "!!seq", "!!null", "!!bool", "!!float", "!x", "!<!>", "!!binary"];

    private static readonly string[] Keys = ["id", "lead", "co", "deadline", "area", "text", "title", "content", "tasks", "label", "cchc", "period", "number", "date", "year", "products", "target", "ref", "as", "role", "style"];

    public static IReadOnlyList<Mutation> All { get; } =
    [
        new("yaml.edge-value", (b, r, c) => OnValueLine(b, r, l => l with { Value = EdgeValues.Pick(r, c) })),
        new("yaml.edge-value", (b, r, c) => OnValueLine(b, r, l => l with { Value = EdgeValues.Pick(r, c) })),
        new("yaml.empty-value", (b, r, _) => OnValueLine(b, r, l => l with { Value = "" })),
        new("yaml.wrong-type", (b, r, _) => OnValueLine(b, r, l => l with { Value = WrongTypes[r.Next(WrongTypes.Length)] })),
        new("yaml.rename-key", (b, r, c) => OnKeyLine(b, r, l => l with { Key = Rename(l.Key, r, c) })),
        new("yaml.duplicate-key", (b, r, c) => OnLineList(b, r, static l => l.HasKey, (ls, i, l) => ls.Insert(i + 1, (l with { Value = EdgeValues.Pick(r, c) }).ToString()))),
        new("yaml.block-scalar", (b, r, _) => OnLineList(b, r, static l => l.HasKey && l.Value.Length > 0 && l.Value[0] is not ('[' or '{' or '|' or '>' or '&' or '*'), (ls, i, l) =>
        {
            ls[i] = (l with { Value = r.Next(2) == 0 ? "|" : ">-" }).ToString();
            ls.Insert(i + 1, l.Indent + new string(' ', l.Dash.Length + 2 + r.Next(2)) + Unquote(l.Value));
        })),
        new("yaml.quote-flip", (b, r, _) => OnValueLine(b, r, l => l with { Value = FlipQuotes(l.Value, r) })),
        new("yaml.flow-wrap", (b, r, _) => OnValueLine(b, r, l => l with { Value = r.Next(2) == 0 ? $"[{l.Value}]" : $"{{v: {l.Value}}}" })),
        new("yaml.block-to-flow", (b, r, _) => BlockToFlow(b, r)),
        new("yaml.deep-nesting", (b, r, _) => OnValueLine(b, r, l => l with { Value = Deep(r) })),
        new("yaml.anchor-alias", (b, r, _) => AnchorAndAlias(b, r)),
        new("yaml.self-alias", (b, r, _) => SelfAlias(b, r)),
        new("yaml.merge-key", (b, r, _) => MergeKey(b, r)),
        new("yaml.alias-bomb", (b, r, _) => OnValueLine(b, r, l => l with { Value = "*lol9" }, prelude: Bomb(2 + r.Next(9)))),
        new("yaml.comment-in", (b, r, _) => OnValueLine(b, r, l => l with { Value = l.Value + (r.Next(2) == 0 ? " # chú thích" : "#x") })),
        new("yaml.tag", (b, r, _) => OnValueLine(b, r, l => l with { Value = Tags[r.Next(Tags.Length)] + " " + l.Value })),
    ];

    private static byte[] OnValueLine(byte[] b, Random r, Func<YamlLine, YamlLine> edit, string? prelude = null) =>
        OnLineList(b, r, static l => l.Value.Length > 0 || l.HasKey, (ls, i, l) =>
        {
            ls[i] = edit(l).ToString();
            if (prelude is not null)
            {
                ls.Insert(FirstContentLine(ls), prelude);
            }
        });

    private static byte[] OnKeyLine(byte[] b, Random r, Func<YamlLine, YamlLine> edit) =>
        OnLineList(b, r, static l => l.HasKey, (ls, i, l) => ls[i] = edit(l).ToString());

    /// <summary>Applies the edit to a random line that fits, or changes nothing when none does.</summary>
    private static byte[] OnLineList(byte[] b, Random r, Func<YamlLine, bool> fits, Action<List<string>, int, YamlLine> edit)
    {
        var lines = Encoding.UTF8.GetString(b).Split('\n').ToList();
        var candidates = Enumerable.Range(0, lines.Count).Where(i => !lines[i].TrimStart().StartsWith('#') && fits(YamlLines.Parse(lines[i]))).ToList();
        if (candidates.Count > 0)
        {
            var i = candidates[r.Next(candidates.Count)];
            edit(lines, i, YamlLines.Parse(lines[i]));
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static int FirstContentLine(List<string> lines)
    {
        var i = lines.FindIndex(l => l.Length > 0 && !l.StartsWith('#'));
        return i < 0 ? lines.Count : i;
    }

    private static string Rename(string key, Random r, Corpus c) => r.Next(4) switch
    {
        0 => Keys[r.Next(Keys.Length)],
        1 => key + "s",
        2 => key.Length > 1 ? key[..^1] : key + key,
        _ => key.ToUpperInvariant(),
    };

    private static string Unquote(string v) => v.Length >= 2 && (v[0] == '"' || v[0] == '\'') && v[^1] == v[0] ? v[1..^1] : v;

    private static string FlipQuotes(string v, Random r)
    {
        var inner = Unquote(v);
        return r.Next(3) switch
        {
            0 => inner,
            1 => "'" + inner + "'",
            _ => "\"" + inner + "\"",
        };
    }

    private static string Deep(Random r)
    {
        var depth = r.Next(3) switch { 0 => 20 + r.Next(40), 1 => 200 + r.Next(300), _ => 2_000 + r.Next(20_000) };
        return r.Next(2) == 0
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{a: ", depth)) + "x" + new string('}', depth);
    }

    /// <summary>A block sequence of scalars ("- a", "- b" under "key:") becomes "key: [a, b]".</summary>
    private static byte[] BlockToFlow(byte[] b, Random r) =>
        OnLineList(b, r, static l => l.HasKey && l.Value.Length == 0, (ls, i, l) =>
        {
            var items = new List<string>();
            var j = i + 1;
            while (j < ls.Count && YamlLines.Parse(ls[j]) is { Dash.Length: > 0, HasKey: false } item && item.Indent.Length >= l.Indent.Length)
            {
                items.Add(item.Value);
                j++;
            }

            if (items.Count > 0)
            {
                ls.RemoveRange(i + 1, items.Count);
                ls[i] = (l with { Value = "[" + string.Join(", ", items) + "]" }).ToString();
            }
        });

    /// <summary>An anchor on one value and an alias to it in another place (which may then have the wrong type).</summary>
    private static byte[] AnchorAndAlias(byte[] b, Random r)
    {
        var lines = Encoding.UTF8.GetString(b).Split('\n').ToList();
        var keyed = Enumerable.Range(0, lines.Count).Where(i => YamlLines.Parse(lines[i]).HasKey).ToList();
        if (keyed.Count < 2)
        {
            return b;
        }

        var from = keyed[r.Next(keyed.Count)];
        var to = keyed[r.Next(keyed.Count)];
        var anchored = YamlLines.Parse(lines[from]);
        lines[from] = (anchored with { Value = ("&fz " + anchored.Value).TrimEnd() }).ToString();
        if (to != from)
        {
            lines[to] = (YamlLines.Parse(lines[to]) with { Value = "*fz" }).ToString();
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    /// <summary>An anchor on a block node and, inside it, an alias to that node: a cycle.</summary>
    private static byte[] SelfAlias(byte[] b, Random r) =>
        OnLineList(b, r, static l => l.HasKey && l.Value.Length == 0, (ls, i, l) =>
        {
            ls[i] = (l with { Value = "&cycle" }).ToString();
            var child = i + 1 < ls.Count ? YamlLines.Parse(ls[i + 1]) : default;
            var indent = child.Indent ?? l.Indent + "  ";
            ls.Insert(i + 1, child.Dash is { Length: > 0 }
                ? indent + (r.Next(2) == 0 ? "- *cycle" : "- {title: \"Vòng\", content: *cycle}")
                : indent + (r.Next(2) == 0 ? "<<: *cycle" : "loop: *cycle"));
        });

    private static byte[] MergeKey(byte[] b, Random r) =>
        OnLineList(b, r, static l => l.HasKey && l.Value.Length == 0, (ls, i, l) =>
        {
            ls[i] = (l with { Value = "&m" }).ToString();
            ls.Add(l.Indent.Length == 0 ? "extra:" : "# end");
            ls.Add("  <<: *m");
        });

    /// <summary>The "billion laughs" prelude: lol1 … lolN, each nine times the previous.</summary>
    private static string Bomb(int levels)
    {
        var sb = new StringBuilder("x-bomb:\n  - &lol0 \"lol\"\n");
        for (var i = 1; i <= 9; i++)
        {
            var prev = Math.Min(i - 1, levels);
            sb.Append($"  - &lol{i} [").Append(string.Join(", ", Enumerable.Repeat($"*lol{prev}", i <= levels ? 9 : 1))).Append("]\n");
        }

        return sb.ToString().TrimEnd('\n');
    }
}
