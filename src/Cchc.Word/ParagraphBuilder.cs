using System.Text;
using System.Xml.Linq;

namespace Cchc.Word;

/// <summary>Collects a paragraph's runs, joining neighbours of one format, and resolves run formats against its style.</summary>
internal sealed class ParagraphBuilder
{
    private readonly List<(StringBuilder Text, RunFormat Format)> runs = [];
    private RunFormat styleRun = RunFormat.Empty;
    private RunFormat defaults = RunFormat.Empty;

    public string? StyleId { get; private set; }

    public XElement? Properties { get; private set; }

    public RunFormat MarkFormat { get; private set; } = RunFormat.Empty.WithWordDefaults();

    public List<WordField> Fields { get; } = [];

    public bool HasPageBreak { get; set; }

    public IReadOnlyList<WordRun> Runs => [.. runs.Select(r => new WordRun(r.Text.ToString(), r.Format))];

    public void SetProperties(XElement? pPr, WordStyles styles, ThemeFonts theme)
    {
        Properties = pPr;
        var id = pPr.W1("pStyle").Val();
        StyleId = styles.Exists(id) ? id : styles.DefaultParagraphStyle;
        defaults = styles.RunDefaults;
        styleRun = styles.RunOf(StyleId);
        MarkFormat = Resolve(PropertyParser.Run(pPr.W1("rPr"), theme), null, styles);
    }

    public RunFormat RunFormatFor(XElement? rPr, WordStyles styles, ThemeFonts theme) =>
        Resolve(PropertyParser.Run(rPr, theme), rPr.W1("rStyle").Val(), styles);

    public void Add(string text, RunFormat format)
    {
        if (runs.Count > 0 && runs[^1].Format == format)
        {
            runs[^1].Text.Append(text);
        }
        else
        {
            runs.Add((new StringBuilder(text), format));
        }
    }

    private RunFormat Resolve(RunFormat direct, string? characterStyle, WordStyles styles) =>
        defaults.With(styleRun).With(styles.RunOf(characterStyle)).With(direct).WithWordDefaults();
}
