using Cchc.Model.Documents;

namespace Cchc.Composition.Text;

/// <summary>
/// The "./." that ends a Quyết định: text already ending in "./." is left alone, text ending in "." gets
/// "/.", anything else gets "./.".
/// </summary>
internal static class ClosingMark
{
    public static string Apply(string text)
    {
        var t = text.TrimEnd();
        return t.EndsWith("./.", StringComparison.Ordinal) ? t
            : t.EndsWith('.') ? t + "/."
            : t + "./.";
    }

    /// <summary>Applies the rule to a paragraph; the mark takes the formatting of the last run.</summary>
    public static Paragraph Apply(Paragraph paragraph)
    {
        var runs = paragraph.Runs.ToList();
        while (runs.Count > 0 && (runs[^1].Text == "\n" || runs[^1].Text.Trim().Length == 0))
        {
            runs.RemoveAt(runs.Count - 1);
        }

        if (runs.Count == 0)
        {
            return paragraph;
        }

        var last = runs[^1];
        var whole = string.Concat(runs.Select(r => r.Text)).TrimEnd();
        var marked = Apply(whole);
        runs[^1] = last with { Text = last.Text.TrimEnd() + marked[whole.Length..] };
        return paragraph with { Runs = runs };
    }
}
