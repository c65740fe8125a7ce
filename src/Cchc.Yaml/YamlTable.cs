using Cchc.Model;

namespace Cchc.Yaml;

/// <summary>
/// The positioned YAML of one file without an object per node: each node is one entry of an array, in the order
/// its parser event came, and a collection's children are a range of one shared index array (a mapping's as key,
/// value, key, value…). An alias is its anchor's index there, so it is the same node, as in <see cref="YNode"/>.
/// While the model is read from it the garbage collector keeps two arrays instead of tracing and copying a tree.
/// </summary>
internal sealed class YamlTable
{
    private Entry[] _entries;
    private int[] _children;
    private int _childCount;

    /// <param name="capacity">Expected number of nodes (it grows as needed).</param>
    public YamlTable(string path, int capacity)
    {
        Path = path;
        _entries = new Entry[Math.Max(16, capacity)];
        _children = new int[Math.Max(16, capacity)];
    }

    public string Path { get; }

    public int Count { get; private set; }

    /// <summary>Index of the document's root node; -1 until it is complete.</summary>
    public int RootIndex { get; internal set; } = -1;

    public YNodeRef Root => new(this, RootIndex);

    internal ref Entry this[int index] => ref _entries[index];

    internal int Child(int position) => _children[position];

    internal int Add(in Entry entry)
    {
        if (Count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        _entries[Count] = entry;
        return Count++;
    }

    /// <summary>Gives a completed collection its children, in order (they were gathered while it was open).</summary>
    internal void SetChildren(int index, ReadOnlySpan<int> children)
    {
        if (_childCount + children.Length > _children.Length)
        {
            Array.Resize(ref _children, Math.Max(_children.Length * 2, _childCount + children.Length));
        }

        children.CopyTo(_children.AsSpan(_childCount));
        ref var e = ref _entries[index];
        e.FirstChild = _childCount;
        e.ChildCount = children.Length;
        _childCount += children.Length;
    }

    /// <summary>The tree of node objects that editors and the status reader walk; an alias is its anchor's object.</summary>
    public YNode ToTree()
    {
        var built = new YNode?[Count];
        return Build(RootIndex);

        YNode Build(int index)
        {
            if (built[index] is { } done)
            {
                return done;
            }

            ref var e = ref _entries[index];
            var node = new YNode(e.Kind, SpanOf(e)) { Value = e.Value, IsPlain = e.IsPlain };
            built[index] = node;
            for (var i = 0; i < e.ChildCount; i++)
            {
                if (e.Kind == YKind.Sequence)
                {
                    node.AddItem(Build(_children[e.FirstChild + i]));
                }
                else
                {
                    node.AddPair(Build(_children[e.FirstChild + i]), Build(_children[e.FirstChild + i + 1]));
                    i++;
                }
            }

            return node;
        }
    }

    internal SourceSpan SpanOf(in Entry e) => new(Path, e.Line, e.Column, e.EndLine, e.EndColumn);

    /// <summary>One node. Children, height and size are final when its end event has come.</summary>
    internal struct Entry
    {
        /// <summary>Scalar text (already NFC); empty for a collection.</summary>
        public string Value;
        public int Line;
        public int Column;
        public int EndLine;
        public int EndColumn;
        public int FirstChild;
        public int ChildCount;

        /// <summary>Nodes from here down with every alias copied out, capped just above the reader's limit.</summary>
        public int Size;

        /// <summary>Levels of nesting from here down, itself included (1 for a scalar).</summary>
        public byte Height;
        public YKind Kind;
        public bool IsPlain;

        /// <summary>From a collection's start event to its end event: an alias to it then would make it contain itself.</summary>
        public bool IsOpen;
    }
}
