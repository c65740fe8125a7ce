namespace Cchc.Diff.Matching;

/// <summary>Whether item <c>i</c> of the old sequence matches item <c>j</c> of the new one.</summary>
internal interface IItemMatch
{
    bool Matches(int i, int j);
}

/// <summary>One step of an edit script: both items kept, an old item dropped, or a new item added.</summary>
internal enum ScriptStep : byte
{
    Keep,
    Delete,
    Insert,
}

/// <summary>
/// Myers' O(ND) difference in linear space (the middle-snake bisection): time grows with the size times the edit
/// distance, not with the product of the sizes. The work is counted; past <c>budget</c> steps it gives up (null), so
/// a caller can fall back to a coarser answer in bounded, deterministic time.
/// </summary>
internal sealed class Myers<TMatch>
    where TMatch : struct, IItemMatch
{
    private readonly TMatch _match;
    private readonly long _budget;
    private readonly List<ScriptStep> _script;
    private int[] _forward = [];
    private int[] _backward = [];
    private long _work;

    private Myers(TMatch match, long budget, int capacity)
    {
        _match = match;
        _budget = budget;
        _script = new List<ScriptStep>(capacity);
    }

    /// <summary>A shortest edit script turning the old sequence (n items) into the new one (m items), or null past the budget.</summary>
    public static List<ScriptStep>? Script(TMatch match, int n, int m, long budget)
    {
        var myers = new Myers<TMatch>(match, budget, n + m);
        return myers.Diff(0, n, 0, m) ? myers._script : null;
    }

    private bool Diff(int x0, int x1, int y0, int y1)
    {
        while (x0 < x1 && y0 < y1 && _match.Matches(x0, y0))
        {
            _script.Add(ScriptStep.Keep);
            x0++;
            y0++;
        }

        var suffix = 0;
        while (x1 > x0 && y1 > y0 && _match.Matches(x1 - 1, y1 - 1))
        {
            x1--;
            y1--;
            suffix++;
        }

        _work += x1 - x0 + y1 - y0 + suffix + 1;
        if (_work > _budget)
        {
            return false;
        }

        if (x0 == x1 || y0 == y1)
        {
            _script.AddRange(Enumerable.Repeat(ScriptStep.Delete, x1 - x0));
            _script.AddRange(Enumerable.Repeat(ScriptStep.Insert, y1 - y0));
        }
        else if (Bisect(x0, x1, y0, y1) is not { } split || !Diff(x0, split.X, y0, split.Y) || !Diff(split.X, x1, split.Y, y1))
        {
            return false;
        }

        _script.AddRange(Enumerable.Repeat(ScriptStep.Keep, suffix));
        return true;
    }

    /// <summary>A point on a shortest path through the middle of a[x0..x1) × b[y0..y1), found from both ends at once.</summary>
    private (int X, int Y)? Bisect(int x0, int x1, int y0, int y1)
    {
        int n = x1 - x0, m = y1 - y0;
        var maxD = (n + m + 1) / 2;
        var offset = maxD;
        var length = 2 * maxD + 2;
        if (_forward.Length < length)
        {
            _forward = new int[length];
            _backward = new int[length];
        }

        Array.Fill(_forward, -1, 0, length);
        Array.Fill(_backward, -1, 0, length);
        _forward[offset + 1] = 0;
        _backward[offset + 1] = 0;
        var delta = n - m;
        var front = (delta & 1) != 0;
        int k1Start = 0, k1End = 0, k2Start = 0, k2End = 0;
        for (var d = 0; d < maxD; d++)
        {
            for (var k1 = -d + k1Start; k1 <= d - k1End; k1 += 2)
            {
                var i = offset + k1;
                var x = k1 == -d || (k1 != d && _forward[i - 1] < _forward[i + 1]) ? _forward[i + 1] : _forward[i - 1] + 1;
                var y = x - k1;
                var start = x;
                while (x < n && y < m && _match.Matches(x0 + x, y0 + y))
                {
                    x++;
                    y++;
                }

                _work += x - start + 1;
                _forward[i] = x;
                if (x > n)
                {
                    k1End += 2;
                }
                else if (y > m)
                {
                    k1Start += 2;
                }
                else if (front && offset + delta - k1 is var j && j >= 0 && j < length && _backward[j] != -1 && x >= n - _backward[j])
                {
                    return (x0 + x, y0 + y);
                }
            }

            for (var k2 = -d + k2Start; k2 <= d - k2End; k2 += 2)
            {
                var i = offset + k2;
                var x = k2 == -d || (k2 != d && _backward[i - 1] < _backward[i + 1]) ? _backward[i + 1] : _backward[i - 1] + 1;
                var y = x - k2;
                var start = x;
                while (x < n && y < m && _match.Matches(x1 - x - 1, y1 - y - 1))
                {
                    x++;
                    y++;
                }

                _work += x - start + 1;
                _backward[i] = x;
                if (x > n)
                {
                    k2End += 2;
                }
                else if (y > m)
                {
                    k2Start += 2;
                }
                else if (!front && offset + delta - k2 is var j && j >= 0 && j < length && _forward[j] != -1)
                {
                    var fx = _forward[j];
                    if (fx >= n - x)
                    {
                        return (x0 + fx, y0 + offset + fx - j);
                    }
                }
            }

            if (_work > _budget)
            {
                return null;
            }
        }

        // Nothing in common: the middle is one replacement (unreachable after the trimming in Diff, kept for safety).
        return (x1, y0);
    }
}
