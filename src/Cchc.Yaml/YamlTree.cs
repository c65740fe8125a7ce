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
    public YNode(YKind kind, SourceSpan span)
    {
        Kind = kind;
        Span = span;
    }

    public YKind Kind { get; }

    public SourceSpan Span { get; }

    /// <summary>Scalar text (already NFC).</summary>
    public string Value { get; init; } = "";

    /// <summary>True for a plain (unquoted) scalar, where <c>null</c>, <c>~</c>, numbers and booleans are typed.</summary>
    public bool IsPlain { get; init; }

    public string? Tag { get; init; }

    /// <summary>Levels of nesting from this node down, itself included (1 for a scalar); set when the node is complete.</summary>
    public int Height { get; set; } = 1;

    public List<YNode> Items { get; } = [];

    public List<KeyValuePair<YNode, YNode>> Pairs { get; } = [];

    public bool IsNull => Kind == YKind.Scalar && IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public string Describe(string lang) => Kind switch
    {
        YKind.Mapping => lang == "en" ? "a mapping" : "một bảng khóa–giá trị",
        YKind.Sequence => lang == "en" ? "a list" : "một danh sách",
        _ when IsNull => lang == "en" ? "null" : "giá trị rỗng (null)",
        _ => lang == "en" ? $"the value \"{Value}\"" : $"giá trị \"{Value}\"",
    };
}
