using Cchc.Model;

namespace Cchc.Yaml;

internal enum YKind : byte
{
    Scalar,
    Sequence,
    Mapping,
}

/// <summary>
/// A YAML node with its position, as objects (<see cref="YamlTable.ToTree"/>) for the readers that edit at spans
/// or read small files. Unlike YamlDotNet's representation model, a mapping keeps duplicate keys (so they can be
/// reported, all of them) and an alias is the same node object as its anchor.
/// </summary>
internal sealed class YNode
{
    // A scalar has neither items nor pairs: it shares these empty lists (only ToTree adds, to collections).
    private static readonly List<YNode> NoItems = [];
    private static readonly List<KeyValuePair<YNode, YNode>> NoPairs = [];

    public YNode(YKind kind, SourceSpan span)
    {
        Kind = kind;
        Span = span;
        Items = kind == YKind.Sequence ? [] : NoItems;
        Pairs = kind == YKind.Mapping ? [] : NoPairs;
    }

    public YKind Kind { get; }

    public SourceSpan Span { get; }

    /// <summary>Scalar text (already NFC).</summary>
    public string Value { get; init; } = "";

    /// <summary>True for a plain (unquoted) scalar, where <c>null</c>, <c>~</c>, numbers and booleans are typed.</summary>
    public bool IsPlain { get; init; }

    public List<YNode> Items { get; }

    public List<KeyValuePair<YNode, YNode>> Pairs { get; }

    internal void AddItem(YNode item) => Items.Add(item);

    internal void AddPair(YNode key, YNode value) => Pairs.Add(new(key, value));

    public bool IsNull => IsNullScalar(Kind, IsPlain, Value);

    public string Describe(string lang) => Describe(Kind, IsNull, Value, lang);

    internal static bool IsNullScalar(YKind kind, bool isPlain, string value) =>
        kind == YKind.Scalar && isPlain && value is "" or "~" or "null" or "Null" or "NULL";

    internal static string Describe(YKind kind, bool isNull, string value, string lang) => kind switch
    {
        YKind.Mapping => lang == "en" ? "a mapping" : "một bảng khóa–giá trị",
        YKind.Sequence => lang == "en" ? "a list" : "một danh sách",
        _ when isNull => lang == "en" ? "null" : "giá trị rỗng (null)",
        _ => lang == "en" ? $"the value \"{value}\"" : $"giá trị \"{value}\"",
    };
}
