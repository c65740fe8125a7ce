using Cchc.Model;

namespace Cchc.Yaml;

internal enum YKind
{
    Scalar,
    Sequence,
    Mapping,
}

/// <summary>
/// A YAML node with its position. Unlike YamlDotNet's representation model, a mapping keeps duplicate
/// keys (so they can be reported, all of them) and an alias is the same node object as its anchor.
/// </summary>
internal sealed class YNode
{
    // A scalar has neither items nor pairs: it shares these empty lists (only the tree reader adds, to collections).
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

    public string? Tag { get; init; }

    /// <summary>Levels of nesting from this node down, itself included (1 for a scalar); final when the node is complete.</summary>
    public int Height { get; private set; } = 1;

    /// <summary>True from a collection's start event to its end event: an alias to it then would make it contain itself.</summary>
    internal bool IsOpen { get; set; }

    public List<YNode> Items { get; }

    public List<KeyValuePair<YNode, YNode>> Pairs { get; }

    internal void AddItem(YNode item)
    {
        Items.Add(item);
        Grow(item);
    }

    internal void AddPair(YNode key, YNode value)
    {
        Pairs.Add(new(key, value));
        Grow(key);
        Grow(value);
    }

    private void Grow(YNode child) => Height = Math.Max(Height, child.Height + 1);

    public bool IsNull => Kind == YKind.Scalar && IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public string Describe(string lang) => Kind switch
    {
        YKind.Mapping => lang == "en" ? "a mapping" : "một bảng khóa–giá trị",
        YKind.Sequence => lang == "en" ? "a list" : "một danh sách",
        _ when IsNull => lang == "en" ? "null" : "giá trị rỗng (null)",
        _ => lang == "en" ? $"the value \"{Value}\"" : $"giá trị \"{Value}\"",
    };
}
