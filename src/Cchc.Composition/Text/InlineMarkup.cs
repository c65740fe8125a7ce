using System.Buffers;
using System.Text;
using Cchc.Model.Documents;

namespace Cchc.Composition.Text;

/// <summary>
/// The inline markup of plan text: <c>**bold**</c>, <c>*italic*</c>, <c>\*</c> for a literal asterisk, and a
/// line break for a newline (or U+2028, the form plan text takes while it passes through a template).
/// A marker without a partner further on is literal text.
/// </summary>
internal static class InlineMarkup
{
    public const char LineSeparator = '\u2028';

    private enum Kind
    {
        Text,
        Bold,
        Italic,
        Break,
    }

    private readonly record struct Token(Kind Kind, string Text);

    /// <summary>Every character <see cref="Tokenize"/> does more with than append (a backslash matters only before '*').</summary>
    private static readonly SearchValues<char> Markers = SearchValues.Create("*\n\r\u2028");

    public static IReadOnlyList<Run> Parse(string text)
    {
        // Most plan text (every table cell of a big plan) has no marker at all: one run, without tokens.
        if (text.AsSpan().IndexOfAny(Markers) < 0)
        {
            return text.Length == 0 ? [] : new List<Run>(1) { new(text, false, false) };
        }

        var tokens = Tokenize(text);
        var runs = new List<Run>();
        var buffer = new StringBuilder();
        bool bold = false, italic = false;

        void Flush()
        {
            if (buffer.Length > 0)
            {
                Append(runs, new Run(buffer.ToString(), bold, italic));
                buffer.Clear();
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            switch (t.Kind)
            {
                case Kind.Text:
                    buffer.Append(t.Text);
                    break;
                case Kind.Break:
                    Flush();
                    runs.Add(Run.LineBreak);
                    break;
                case Kind.Bold when bold || HasLater(tokens, i, Kind.Bold):
                    Flush();
                    bold = !bold;
                    break;
                case Kind.Italic when italic || HasLater(tokens, i, Kind.Italic):
                    Flush();
                    italic = !italic;
                    break;
                default:
                    buffer.Append(t.Text);
                    break;
            }
        }

        Flush();
        return runs;
    }

    /// <summary>Joins neighbouring runs that have the same formatting.</summary>
    public static IReadOnlyList<Run> Merge(IEnumerable<Run> runs)
    {
        var merged = new List<Run>();
        foreach (var run in runs)
        {
            if (run.Text == "\n")
            {
                merged.Add(run);
            }
            else if (run.Text.Length > 0)
            {
                Append(merged, run);
            }
        }

        return merged;
    }

    /// <summary>The text without markup; line breaks become spaces.</summary>
    public static string Plain(string text) =>
        string.Concat(Parse(text).Select(r => r.Text == "\n" ? " " : r.Text));

    /// <summary>Plan text made safe to pass through a template: its newlines cannot become paragraph breaks.</summary>
    public static string Inert(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\n', LineSeparator);

    private static void Append(List<Run> runs, Run run)
    {
        if (runs.Count > 0 && runs[^1] is var last && last.Text != "\n" && last.Bold == run.Bold && last.Italic == run.Italic)
        {
            runs[^1] = last with { Text = last.Text + run.Text };
        }
        else
        {
            runs.Add(run);
        }
    }

    private static bool HasLater(List<Token> tokens, int index, Kind kind)
    {
        for (var j = index + 1; j < tokens.Count; j++)
        {
            if (tokens[j].Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var plain = new StringBuilder();

        void Emit(Kind kind, string s)
        {
            if (plain.Length > 0)
            {
                tokens.Add(new Token(Kind.Text, plain.ToString()));
                plain.Clear();
            }

            tokens.Add(new Token(kind, s));
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] == '*')
            {
                plain.Append('*');
                i++;
            }
            else if (c == '*' && i + 1 < text.Length && text[i + 1] == '*')
            {
                Emit(Kind.Bold, "**");
                i++;
            }
            else if (c == '*')
            {
                Emit(Kind.Italic, "*");
            }
            else if (c is '\n' or LineSeparator)
            {
                Emit(Kind.Break, "\n");
            }
            else if (c != '\r')
            {
                plain.Append(c);
            }
        }

        if (plain.Length > 0)
        {
            tokens.Add(new Token(Kind.Text, plain.ToString()));
        }

        return tokens;
    }
}
