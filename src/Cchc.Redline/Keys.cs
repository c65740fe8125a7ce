using System.Runtime.CompilerServices;

namespace Cchc.Redline;

/// <summary>
/// What pairs an old block or row with a new one: the new side's model object (compared by reference, since
/// model records compare by value), or a name for what has no model object ("Paragraph:DocType#0": the first
/// untraced DocType paragraph of its section). An old item the diff did not pair gets a key of its own.
/// </summary>
internal sealed class Keys : IEqualityComparer<object>
{
    public static Keys Comparer { get; } = new();

    /// <summary>A key no other item has.</summary>
    public static object Unique() => new();

    public new bool Equals(object? x, object? y) =>
        x is string a && y is string b ? string.Equals(a, b, StringComparison.Ordinal) : ReferenceEquals(x, y);

    public int GetHashCode(object obj) =>
        obj is string s ? s.GetHashCode(StringComparison.Ordinal) : RuntimeHelpers.GetHashCode(obj);

    /// <summary>
    /// Candidate pairs: each old key that some new item also has, first come first served. <paramref name="fits"/>
    /// says whether the two items can be merged at all (a paragraph with a paragraph, a row of as many cells).
    /// </summary>
    public static List<(int Old, int New)> Pair(IReadOnlyList<object> oldKeys, IReadOnlyList<object> newKeys, Func<int, int, bool> fits)
    {
        var byKey = new Dictionary<object, int>(Comparer);
        for (var j = 0; j < newKeys.Count; j++)
        {
            byKey.TryAdd(newKeys[j], j);
        }

        var pairs = new List<(int, int)>();
        for (var i = 0; i < oldKeys.Count; i++)
        {
            if (byKey.Remove(oldKeys[i], out var j) && fits(i, j))
            {
                pairs.Add((i, j));
            }
        }

        return pairs;
    }

    /// <summary>Names the items without a model object by kind and occurrence: "kind#0", "kind#1", ….</summary>
    public sealed class Ordinals
    {
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

        public string Next(string kind)
        {
            var n = _seen.GetValueOrDefault(kind);
            _seen[kind] = n + 1;
            return kind + "#" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
