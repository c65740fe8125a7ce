using Cchc.Model;

namespace Cchc.Yaml;

/// <summary>The keys of one mapping, checked against its <see cref="Shape"/>.</summary>
internal sealed class Fields
{
    private readonly List<KeyValuePair<string, YNodeRef>> _values;

    /// <param name="values">Each accepted key once, with its value.</param>
    public Fields(YNodeRef node, Shape shape, List<KeyValuePair<string, YNodeRef>> values, SpanMap spans)
    {
        Node = node;
        Shape = shape;
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
            foreach (var (k, v) in _values)
            {
                if (k == key)
                {
                    return v;
                }
            }

            return null;
        }
    }

    public bool Has(string key) => this[key] is not null;
}
