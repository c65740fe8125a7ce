using Cchc.Model;

namespace Cchc.Yaml;

/// <summary>The keys of one mapping, checked against its <see cref="Shape"/>.</summary>
internal sealed class Fields
{
    private readonly string[] _keys;
    private readonly YNodeRef[] _values;

    /// <param name="keys">Each accepted key once (the array <paramref name="spans"/> holds).</param>
    /// <param name="values">The value of each key, at the key's index.</param>
    public Fields(YNodeRef node, Shape shape, string[] keys, YNodeRef[] values, SpanMap spans)
    {
        Node = node;
        Shape = shape;
        _keys = keys;
        _values = values;
        Spans = spans;
    }

    public YNodeRef Node { get; }

    public Shape Shape { get; }

    public SpanMap Spans { get; }

    public YNodeRef? this[string key]
    {
        get
        {
            var i = Array.IndexOf(_keys, key);
            return i >= 0 ? _values[i] : null;
        }
    }

    public bool Has(string key) => this[key] is not null;
}
