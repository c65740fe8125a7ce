using Cchc.Word;

namespace Cchc.Import.Output;

/// <summary>
/// A YAML value as the importer builds it: keys in the order of the plan format, then printed by the emitter
/// the way a person writes a plan. It is a tree to print, not a model: the plan model is what loading the
/// printed YAML gives.
/// </summary>
public abstract class YNode
{
    /// <summary>Comment lines printed above the node (or its key), without the leading "# ".</summary>
    public List<string> Comments { get; } = [];

    /// <summary>Where in the Word file the value was read, for diagnostics that name both files.</summary>
    public WordPosition? Origin { get; set; }
}

/// <summary>A scalar. <see cref="Plain"/> marks numbers, booleans and null, printed without quotes.</summary>
public sealed class YScalar(string? value, bool plain = false) : YNode
{
    public string? Value { get; } = value;

    public bool Plain { get; } = plain || value is null;

    public static YScalar Null() => new(null, plain: true);

    public static YScalar Number(long value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), plain: true);
}

/// <summary>A mapping whose entries keep the order they were added in.</summary>
public sealed class YMap : YNode
{
    public List<KeyValuePair<string, YNode>> Entries { get; } = [];

    /// <summary>Prefer one line (<c>{kind: "Luật", number: "76"}</c>) when it fits.</summary>
    public bool Flow { get; set; }

    public YMap Add(string key, YNode value)
    {
        Entries.Add(new(key, value));
        return this;
    }

    public YMap Add(string key, string? value) => Add(key, value is null ? YScalar.Null() : new YScalar(value));

    public YNode? this[string key] => Entries.FirstOrDefault(e => e.Key == key).Value;
}

/// <summary>A sequence.</summary>
public sealed class YSeq : YNode
{
    public List<YNode> Items { get; } = [];

    /// <summary>Prefer one line (<c>["VT", "VHXH"]</c>) when it fits.</summary>
    public bool Flow { get; set; }

    public YSeq Add(YNode item)
    {
        Items.Add(item);
        return this;
    }

    public YSeq Add(string value) => Add(new YScalar(value));
}
