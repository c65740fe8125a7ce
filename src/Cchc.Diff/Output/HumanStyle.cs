namespace Cchc.Diff.Output;

/// <summary>
/// Terminal text. Changes are marked [-deleted-] {+inserted+} ⟨2025→2026⟩ so the report reads without colour;
/// with colour (a terminal), deletions are red, insertions green and year shifts cyan as well.
/// </summary>
internal sealed class HumanStyle(bool color) : ReportStyle
{
    private const string Red = "\u001b[31m";
    private const string Green = "\u001b[32m";
    private const string Cyan = "\u001b[36m";
    private const string Yellow = "\u001b[33m";
    private const string Bold = "\u001b[1m";
    private const string Reset = "\u001b[0m";

    public override void Title(TextWriter w, string text) => w.WriteLine(Paint(Bold, text));

    public override void Paragraph(TextWriter w, string text)
    {
        w.WriteLine();
        w.WriteLine(text);
    }

    public override void BeginGroup(TextWriter w, string heading, int count)
    {
        w.WriteLine();
        w.WriteLine(Paint(Bold, heading + ":"));
    }

    public override void Entry(TextWriter w, int depth, Mark mark, string text)
    {
        var (symbol, paint) = mark switch
        {
            Mark.Added => ("+", Green),
            Mark.Removed => ("-", Red),
            Mark.Shifted => ("=", Cyan),
            Mark.Moved => ("↷", Yellow),
            Mark.Renamed => ("?", Yellow),
            Mark.Warning => ("!", Yellow),
            Mark.Context => ("•", ""),
            _ => ("~", Yellow),
        };
        w.WriteLine($"{new string(' ', depth * 2)}{Paint(paint, symbol)} {text}");
    }

    public override string Text(string text) => text;

    public override string Code(string text) => text;

    protected override string Edit(TextEdit e) => e.Op switch
    {
        EditOp.Delete => Paint(Red, $"[-{e.Old}-]"),
        EditOp.Insert => Paint(Green, $"{{+{e.New}+}}"),
        EditOp.Shifted => Paint(Cyan, $"⟨{e.Old}→{e.New}⟩"),
        _ => e.New,
    };

    private string Paint(string code, string text) => color && code.Length > 0 ? code + text + Reset : text;
}
