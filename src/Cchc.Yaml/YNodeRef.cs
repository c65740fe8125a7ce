using System.Collections;
using Cchc.Model;

namespace Cchc.Yaml;

/// <summary>One node of a <see cref="YamlTable"/>: a table and an index, so reading the model allocates nothing per node.</summary>
internal readonly struct YNodeRef
{
    private readonly YamlTable _table;
    private readonly int _index;

    public YNodeRef(YamlTable table, int index)
    {
        _table = table;
        _index = index;
    }

    public YKind Kind => _table[_index].Kind;

    public SourceSpan Span => _table.SpanOf(_table[_index]);

    /// <summary>Scalar text (already NFC).</summary>
    public string Value => _table[_index].Value;

    /// <summary>True for a plain (unquoted) scalar, where <c>null</c>, <c>~</c>, numbers and booleans are typed.</summary>
    public bool IsPlain => _table[_index].IsPlain;

    public bool IsNull => YNode.IsNullScalar(Kind, IsPlain, Value);

    public YItems Items => Kind == YKind.Sequence ? new(_table, _table[_index].FirstChild, _table[_index].ChildCount) : default;

    public YPairs Pairs => Kind == YKind.Mapping ? new(_table, _table[_index].FirstChild, _table[_index].ChildCount / 2) : default;

    public string Describe(string lang) => YNode.Describe(Kind, IsNull, Value, lang);
}

/// <summary>A sequence's items (none for another node).</summary>
internal readonly struct YItems : IReadOnlyList<YNodeRef>
{
    private readonly YamlTable? _table;
    private readonly int _first;

    public YItems(YamlTable table, int first, int count)
    {
        _table = table;
        _first = first;
        Count = count;
    }

    public int Count { get; }

    public YNodeRef this[int index] => (uint)index < (uint)Count ? new(_table!, _table!.Child(_first + index)) : throw new ArgumentOutOfRangeException(nameof(index));

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<YNodeRef> IEnumerable<YNodeRef>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<YNodeRef>
    {
        private readonly YItems _items;
        private int _at;

        public Enumerator(YItems items)
        {
            _items = items;
            _at = -1;
        }

        public readonly YNodeRef Current => _items[_at];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_at < _items.Count;

        public void Reset() => _at = -1;

        public readonly void Dispose()
        {
        }
    }
}

/// <summary>A mapping's key–value pairs in file order, duplicates kept (none for another node).</summary>
internal readonly struct YPairs : IReadOnlyList<KeyValuePair<YNodeRef, YNodeRef>>
{
    private readonly YamlTable? _table;
    private readonly int _first;

    public YPairs(YamlTable table, int first, int count)
    {
        _table = table;
        _first = first;
        Count = count;
    }

    public int Count { get; }

    public KeyValuePair<YNodeRef, YNodeRef> this[int index] => (uint)index < (uint)Count
        ? new(new(_table!, _table!.Child(_first + (2 * index))), new(_table, _table.Child(_first + (2 * index) + 1)))
        : throw new ArgumentOutOfRangeException(nameof(index));

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<KeyValuePair<YNodeRef, YNodeRef>> IEnumerable<KeyValuePair<YNodeRef, YNodeRef>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<KeyValuePair<YNodeRef, YNodeRef>>
    {
        private readonly YPairs _pairs;
        private int _at;

        public Enumerator(YPairs pairs)
        {
            _pairs = pairs;
            _at = -1;
        }

        public readonly KeyValuePair<YNodeRef, YNodeRef> Current => _pairs[_at];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_at < _pairs.Count;

        public void Reset() => _at = -1;

        public readonly void Dispose()
        {
        }
    }
}
