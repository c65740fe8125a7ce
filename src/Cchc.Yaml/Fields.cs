using Cchc.Model;

namespace Cchc.Yaml;

/// <summary>The keys of one mapping, checked against its <see cref="Shape"/>.</summary>
internal sealed class Fields
{
    private readonly Dictionary<string, YNode> _values;

    public Fields(YNode node, Shape shape, Dictionary<string, YNode> values, SpanMap spans)
    {
        Node = node;
        Shape = shape;
        _values = values;
        Spans = spans;
    }

    public YNode Node { get; }

    public Shape Shape { get; }

    public SpanMap Spans { get; }

    public YNode? this[string key] => _values.TryGetValue(key, out var v) ? v : null;

    public bool Has(string key) => _values.ContainsKey(key);
}
