using System.Text.RegularExpressions;

namespace Cchc.Fuzz.Mutators;

/// <summary>A plan line seen as YAML: indentation, an optional "- ", an optional key, the value after it.</summary>
public readonly partial record struct YamlLine(string Indent, string Dash, string Key, string Value)
{
    public bool HasKey => Key.Length > 0;

    public override string ToString() => Indent + Dash + (HasKey ? Key + ":" + (Value.Length > 0 ? " " + Value : "") : Value);
}

public static partial class YamlLines
{
    public static YamlLine Parse(string line)
    {
        var m = Shape().Match(line.TrimEnd('\r'));
        return m.Success
            ? new YamlLine(m.Groups["indent"].Value, m.Groups["dash"].Value, m.Groups["key"].Value, m.Groups["value"].Value.Trim())
            : new YamlLine("", "", "", line);
    }

    [GeneratedRegex(@"^(?<indent> *)(?<dash>(- +)*)(?:(?<key>[A-Za-z_][\w.-]*):(?=\s|$))?\s*(?<value>.*)$")]
    private static partial Regex Shape();
}
