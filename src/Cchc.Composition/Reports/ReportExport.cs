using System.Globalization;
using Cchc.Composition.Templates;
using Cchc.Model;
using Scriban.Runtime;
using static Cchc.Composition.Templates.ScriptValues;

namespace Cchc.Composition.Reports;

/// <summary>
/// The report's facts as the <c>bao-cao/</c> templates see them (templates/README.md lists every name), and the
/// functions <c>h1</c>, <c>h2</c>, <c>h3</c>, <c>item</c> that mark a line of the body as a heading or a list entry.
/// </summary>
internal static class ReportExport
{
    /// <summary>Line marks only these functions write: a private-use character no report text keeps (<see cref="Text"/> drops them).</summary>
    public const char Heading1 = '\uE001';
    public const char Heading2 = '\uE002';
    public const char Heading3 = '\uE003';
    public const char ListItem = '\uE004';

    public static ScriptObject Globals(ReportFacts f) => Object(
        ("issuer", ModelExport.Issuer(f.Issuer, f.IssuerFullName)),
        ("style", ModelExport.Style(f.Style)),
        ("blank", f.Style.Blank),
        ("report", Object(
            ("period", Text(f.PeriodLabel)),
            ("number", Text(f.Number)),
            ("symbol", f.SymbolOrDefault),
            ("date", Date(f.Date, f.Style.Blank)))),
        ("plan", Object(
            ("by_decision", f.Plan.ByDecision),
            ("number", Text(f.Plan.Number)),
            ("symbol", Text(f.Plan.Symbol)),
            ("date", Date(f.Plan.Date, f.Style.Blank)),
            ("title", Text(f.Plan.Title)),
            ("title_inline", Text(ModelExport.Inline(f.Plan.Title))))),
        ("counts", Counts(f.Overall)),
        ("areas", Array(f.Areas.Select(a => Object(
            ("title", Text(a.Title)),
            ("counts", Counts(a.Counts)),
            ("done", Array(a.Done.Select(d => Object(
                ("content", Text(d.Content)),
                ("result", Text(d.Result)),
                ("products", Texts(d.Products)))))))))),
        ("next", Array(f.DueNext.Select(t => Object(("content", Text(t.Content)), ("lead", Text(t.Lead)), ("deadline", Text(t.Deadline)))))),
        ("prose", Object(
            ("direction", Texts(f.Prose.Direction)),
            ("strengths", Texts(f.Prose.Strengths)),
            ("weaknesses", Texts(f.Prose.Weaknesses)),
            ("causes", Texts(f.Prose.Causes)),
            ("next", Texts(f.Prose.Next)),
            ("proposals", Texts(f.Prose.Proposals)))),
        ("h1", Mark(Heading1)),
        ("h2", Mark(Heading2)),
        ("h3", Mark(Heading3)),
        ("item", Mark(ListItem)));

    public static ScriptObject Date(PartialDate? date, string blank) =>
        ModelExport.Date(date is { } d ? new DateValue(d, SourceSpan.None(string.Empty)) : null, blank);

    /// <summary>Report text for a template: inert like plan text, without the line marks; null or empty stays null.</summary>
    public static string? Text(string? text) => Str(text is null ? null : string.Concat(text.Where(c => c is < Heading1 or > ListItem)));

    /// <summary>"85,7": one decimal at most, Vietnamese decimal comma.</summary>
    public static string Percent(decimal value) =>
        Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',');

    private static ScriptArray Texts(IEnumerable<string> texts) => Array(texts.Select(Text).Where(t => t is not null));

    private static ScriptObject Counts(TaskCounts c) => Object(
        ("total", c.Total),
        ("done", c.Done),
        ("done_on_time", c.DoneOnTime),
        ("done_late", c.DoneLate),
        ("in_progress", c.InProgress),
        ("overdue", c.Overdue),
        ("not_started", c.NotStarted),
        ("not_yet_due", c.NotYetDue),
        ("unknown", c.UnknownDeadline),
        ("done_no_deadline", c.DoneNoDeadline),
        ("ongoing", c.Ongoing),
        ("paused", c.Paused),
        ("cancelled", c.Cancelled),
        ("rate", c.RatePercent is { } r ? Percent(r) : null));

    private static TextFunction Mark(char mark) => new(text => mark + text);
}
