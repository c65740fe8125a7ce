using Cchc.Diff.Text;

namespace Cchc.Diff.Matching;

/// <summary>
/// Turns texts into sequences of word ids for matching: words only, lower-cased, composed, tone placement folded,
/// and on the old side each year moved by the period difference. One vocabulary serves one diff run.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public int[] Words(string text, int yearShift)
    {
        var result = new List<int>();
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var word = yearShift != 0 && token.Year is { } year
                ? (year + yearShift).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : TonePlacement.Fold(token.Key.ToLowerInvariant());
            if (!_ids.TryGetValue(word, out var id))
            {
                id = _ids.Count;
                _ids[word] = id;
            }

            result.Add(id);
        }

        return [.. result];
    }

    /// <summary>A key under which two texts with the same words (after folding) pair up exactly.</summary>
    public static string Key(int[] words) => string.Join(',', words);
}
