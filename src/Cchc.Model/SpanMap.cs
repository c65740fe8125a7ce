namespace Cchc.Model;

/// <summary>Where each key's value of a YAML mapping stood, so that a rule can point at the exact value.</summary>
/// <remarks>A mapping has a few keys: they are scanned, in two arrays, rather than hashed in a dictionary per
/// mapping (a plan of 10,000 tasks keeps one per task, and more).</remarks>
public sealed class SpanMap
{
    private readonly string[] _keys;
    private readonly SourceSpan[] _spans;

    public SpanMap(SourceSpan node, IReadOnlyDictionary<string, SourceSpan> spans)
    {
        Node = node;
        _keys = new string[spans.Count];
        _spans = new SourceSpan[spans.Count];
        var i = 0;
        foreach (var (key, span) in spans)
        {
            _keys[i] = key;
            _spans[i++] = span;
        }
    }

    /// <summary>A map over <paramref name="keys"/> (each once) and their values' <paramref name="spans"/>, the two arrays kept as they are.</summary>
    public SpanMap(SourceSpan node, string[] keys, SourceSpan[] spans)
    {
        if (keys.Length != spans.Length)
        {
            throw new ArgumentException("a span per key", nameof(spans));
        }

        Node = node;
        _keys = keys;
        _spans = spans;
    }

    public static SpanMap Empty(SourceSpan node) => new(node, [], []);

    /// <summary>The span of the mapping (or scalar) itself.</summary>
    public SourceSpan Node { get; }

    /// <summary>The span of the value of <paramref name="key"/>, or of the whole node when the key is absent.</summary>
    public SourceSpan Of(string key) => IndexOf(key) is var i and >= 0 ? _spans[i] : Node;

    public bool Has(string key) => IndexOf(key) >= 0;

    private int IndexOf(string key)
    {
        var keys = _keys;
        for (var i = 0; i < keys.Length; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
