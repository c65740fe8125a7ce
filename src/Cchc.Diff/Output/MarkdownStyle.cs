using System.Text;

namespace Cchc.Diff.Output;

/// <summary>
/// Markdown for a pull-request comment: deletions as &lt;del&gt;, insertions as &lt;ins&gt; (whitespace-safe,
/// unlike ~~ and **), long groups folded in &lt;details&gt;.
/// </summary>
internal sealed class MarkdownStyle : ReportStyle
{
    private const int FoldAbove = 20;
    private bool _folded;

    public override void Title(TextWriter w, string text) => w.WriteLine($"### {Text(text)}");

    public override void Paragraph(TextWriter w, string text)
    {
        w.WriteLine();
        w.WriteLine($"**Tóm tắt:** {text}");
    }

    public override void BeginGroup(TextWriter w, string heading, int count)
    {
        w.WriteLine();
        _folded = count > FoldAbove;
        if (_folded)
        {
            w.WriteLine($"<details><summary><b>{Text(heading)}</b> ({count})</summary>");
            w.WriteLine();
        }
        else
        {
            w.WriteLine($"#### {Text(heading)}");
            w.WriteLine();
        }
    }

    public override void EndGroup(TextWriter w)
    {
        if (_folded)
        {
            w.WriteLine();
            w.WriteLine("</details>");
        }
    }

    public override void Entry(TextWriter w, int depth, Mark mark, string text)
    {
        var symbol = mark switch
        {
            Mark.Added => "➕",
            Mark.Removed => "➖",
            Mark.Shifted => "🗓️",
            Mark.Moved => "↪️",
            Mark.Renamed => "❓",
            Mark.Warning => "⚠️",
            Mark.Context => "📄",
            _ => "✏️",
        };
        w.WriteLine($"{new string(' ', (depth - 1) * 2)}- {symbol} {text.Replace("\n", "<br>", StringComparison.Ordinal)}");
    }

    public override string Text(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    sb.Append("&amp;");
                    break;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '#':
                    sb.Append('\\').Append(c);
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    public override string Code(string text) => $"`{text.Replace("`", "'", StringComparison.Ordinal)}`";

    protected override string Edit(TextEdit e) => e.Op switch
    {
        EditOp.Delete => $"<del>{Text(e.Old)}</del>",
        EditOp.Insert => $"<ins>{Text(e.New)}</ins>",
        EditOp.Shifted => $"<i>{Text(e.Old)}→{Text(e.New)}</i>",
        _ => Text(e.New),
    };
}
