using System.Globalization;
using Cchc.Composition.Building;
using Cchc.Composition.Numbering;
using Cchc.Composition.Templates;
using Cchc.Composition.Text;
using Cchc.Model;
using Cchc.Model.Documents;
using static Cchc.Composition.Building.CompositionScope;

namespace Cchc.Composition.Reports;

/// <summary>
/// The Báo cáo (Decree 30, văn bản có tên loại): letterhead with <c>Số: …/BC-UBND</c>, BÁO CÁO, trích yếu, the body
/// of <c>bao-cao/body.sbn</c>, Nơi nhận and signature; then, when there are task rows, a landscape Phụ lục with the
/// task table grouped by area. The outline and every phrase are in the templates; headings, tables and the
/// signature block are built here.
/// </summary>
public static class ReportComposer
{
    private static readonly int[] Weights = [5, 27, 14, 11, 13, 10, 20];

    /// <summary>Never throws for a template problem: it is in <see cref="ComposeResult.Diagnostics"/>, with the template's position.</summary>
    public static ComposeResult Compose(ReportFacts facts, TemplateSet templates)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(templates);
        var kind = ReportKind.Instance;
        var diagnostics = new List<Diagnostic>(templates.Diagnostics);
        diagnostics.AddRange(templates.MissingOf(kind.Templates).Where(d => !diagnostics.Contains(d)));
        var runner = new TemplateRunner(templates, ReportExport.Globals(facts), diagnostics);

        var summary = runner.Line(TemplateNames.ReportSummary);
        var blocks = new List<DocBlock>
        {
            LetterheadBuilder.Build(facts.Issuer, facts.Style,
                CommonLines.Number(runner, facts.Number, facts.SymbolOrDefault),
                CommonLines.PlaceDate(runner, facts.Date is { } d ? new DateValue(d, SourceSpan.None(string.Empty)) : null, facts.Style.Blank)),
            Para(ParaStyle.DocType, runner.Line(TemplateNames.ReportDocType)),
            Para(ParaStyle.Summary, summary),
            new ShortRule(),
        };
        blocks.AddRange(runner.Lines(TemplateNames.ReportBody).Select(BodyParagraph));
        blocks.Add(SignatureBuilder.Build(runner, facts.Recipients.Select(r => (r, (string?)null)), facts.Archive, facts.Signer));

        var sections = new List<Section> { new(Orientation.Portrait, blocks) };
        if (facts.Appendix.Count > 0)
        {
            sections.Add(Appendix(runner, facts));
        }

        var document = new Document(sections)
        {
            Properties = new DocumentProperties(InlineMarkup.Plain(summary), kind.Name, facts.IssuerFullName, PropertiesBuilder.DayOf(facts.Date)),
        };
        return new ComposeResult([new ComposedDocument(kind, document)], diagnostics);
    }

    /// <summary>A body line: a heading or list entry when a mark function made it one, else a body paragraph.</summary>
    private static Paragraph BodyParagraph(string line) => line[0] switch
    {
        ReportExport.Heading1 => Para(ParaStyle.Heading1, line[1..]),
        ReportExport.Heading2 => Para(ParaStyle.Heading2, line[1..]),
        ReportExport.Heading3 => Para(ParaStyle.Heading3, line[1..]),
        ReportExport.ListItem => Para(ParaStyle.ListItem, line[1..]),
        _ => Para(ParaStyle.Body, line),
    };

    private static Section Appendix(TemplateRunner runner, ReportFacts facts)
    {
        var headers = Tables.HeaderLines(runner, TemplateNames.ReportAppendixHeaders, ReportKind.DefaultHeaders);
        var rows = new List<TableRow> { Tables.HeaderRow(headers) };
        var stt = 0;
        for (var g = 0; g < facts.Appendix.Count; g++)
        {
            var group = facts.Appendix[g];
            rows.Add(new TableRow(TableRowKind.Group, [Tables.Cell(ParaStyle.TableGroup, Labels.Roman(g + 1) + ". " + group.Title)]));
            foreach (var row in group.Rows)
            {
                stt++;
                rows.Add(new TableRow(TableRowKind.Body,
                [
                    Tables.Cell(ParaStyle.TableCellCentered, stt.ToString(CultureInfo.InvariantCulture)),
                    Tables.Cell(ParaStyle.TableCell, row.Task),
                    Tables.Cell(ParaStyle.TableCell, row.Lead),
                    Tables.Cell(ParaStyle.TableCellCentered, row.Deadline),
                    Tables.Cell(ParaStyle.TableCellCentered, row.Status),
                    Tables.Cell(ParaStyle.TableCellCentered, row.Completed is { } c ? DateText.Short(c, facts.Style.Blank) : string.Empty),
                    Outcome(row),
                ]));
            }
        }

        return new Section(Orientation.Landscape,
        [
            Para(ParaStyle.AppendixLabel, runner.Line(TemplateNames.ReportAppendixLabel)),
            Para(ParaStyle.AppendixTitle, runner.Line(TemplateNames.ReportAppendixTitle)),
            Para(ParaStyle.AttachedLine, runner.Line(TemplateNames.ReportAttachedLine)),
            new ShortRule(),
            new Table(Weights, rows),
        ]);
    }

    /// <summary>The result sentence, then one "- product" paragraph per product; an empty cell still holds a paragraph.</summary>
    private static TableCell Outcome(ReportRow row)
    {
        var paragraphs = new List<Paragraph>();
        if (!string.IsNullOrEmpty(row.Result))
        {
            paragraphs.Add(Para(ParaStyle.TableCell, row.Result));
        }

        paragraphs.AddRange(row.Products.Select(p => Para(ParaStyle.TableCell, "- " + p)));
        return paragraphs.Count == 0 ? Tables.Cell(ParaStyle.TableCell, string.Empty) : new TableCell(paragraphs);
    }
}
