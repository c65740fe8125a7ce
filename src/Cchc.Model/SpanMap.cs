using System.Collections.Frozen;

namespace Cchc.Model;

/// <summary>Where each key's value of a YAML mapping stood, so that a rule can point at the exact value.</summary>
public sealed class SpanMap
{
    private readonly IReadOnlyDictionary<string, SourceSpan> _spans;

    public SpanMap(SourceSpan node, IReadOnlyDictionary<string, SourceSpan> spans)
    {
        Node = node;
        _spans = spans;
    }

    public static SpanMap Empty(SourceSpan node) => new(node, FrozenDictionary<string, SourceSpan>.Empty);

    /// <summary>The span of the mapping (or scalar) itself.</summary>
    public SourceSpan Node { get; }

    /// <summary>The span of the value of <paramref name="key"/>, or of the whole node when the key is absent.</summary>
    public SourceSpan Of(string key) => _spans.TryGetValue(key, out var span) ? span : Node;

    public bool Has(string key) => _spans.ContainsKey(key);
}
