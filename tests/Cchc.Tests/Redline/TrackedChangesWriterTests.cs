using System.Xml.Linq;
using Cchc.Model.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Xunit;

namespace Cchc.Tests.Redline;

/// <summary>The writer's side of revisions, on a hand-built document: every kind of mark, valid, stamped in order.</summary>
public sealed class TrackedChangesWriterTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static Document Sample(RevisionStamp? stamp) => new Document(
    [
        new Section(Orientation.Portrait,
        [
            new Paragraph(ParaStyle.Body, [new Run("Giữ "), new Run("bỏ", Bold: true) { Revision = Revision.Deleted }, new Run("thêm") { Revision = Revision.Inserted }]),
            Paragraph.Of(ParaStyle.Body, "Cả đoạn mới") with { Revision = Revision.Inserted },
            new ShortRule { Revision = Revision.Deleted },
            Paragraph.Of(ParaStyle.Body, "Cả đoạn cũ") with { Revision = Revision.Deleted },
        ]),
        new Section(Orientation.Landscape,
        [
            new Table([1, 3],
            [
                new TableRow(TableRowKind.Header, [Cell("TT"), Cell("Nội dung")]),
                new TableRow(TableRowKind.Body, [Cell("1"), Cell("Hàng cũ")]) { Revision = Revision.Deleted },
                new TableRow(TableRowKind.Body, [Cell("1"), new TableCell([Paragraph.Of(ParaStyle.TableCell, "- a"), Paragraph.Of(ParaStyle.TableCell, "- b") with { Revision = Revision.Inserted }])]),
            ]),
            new Table([1, 3], [new TableRow(TableRowKind.Body, [Cell("x"), Cell("Bảng mới")])]) { Revision = Revision.Inserted },
        ]),
    ]) { Revisions = stamp };

    [Fact]
    public void Every_kind_of_mark_is_written_and_valid()
    {
        var bytes = Redlines.Write(Sample(new RevisionStamp("cchc", new DateTime(2026, 1, 12))));
        using (var docx = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false))
        {
            var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(docx).Select(e => $"{e.Path?.XPath}: {e.Description}");
            Assert.Empty(errors);
        }

        var body = TrackedText.DocumentXml(bytes).Root!.Element(W + "body")!;
        var marks = body.Descendants().Where(e => e.Name == W + "ins" || e.Name == W + "del").ToList();
        Assert.Equal(Enumerable.Range(1, marks.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), marks.Select(m => m.Attribute(W + "id")!.Value));
        Assert.All(marks, m => Assert.Equal(("cchc", "2026-01-12T00:00:00Z"), (m.Attribute(W + "author")!.Value, m.Attribute(W + "date")!.Value)));
        Assert.Equal("bỏ", Assert.Single(body.Elements(W + "p").First().Elements(W + "del")).Value);
        Assert.Equal(["del", "ins"], body.Descendants(W + "trPr").SelectMany(p => p.Elements()).Where(e => e.Name == W + "ins" || e.Name == W + "del").Select(e => e.Name.LocalName));

        Assert.Equal(["Giữ thêm", "Cả đoạn mới", "TT", "Nội dung", "1", "- a", "- b", "x", "Bảng mới"], TrackedText.Texts(bytes, Resolution.AcceptAll));
        Assert.Equal(["Giữ bỏ", "Cả đoạn cũ", "TT", "Nội dung", "1", "Hàng cũ", "1", "- a"], TrackedText.Texts(bytes, Resolution.RejectAll));
    }

    [Fact]
    public void The_section_break_never_rides_on_a_tracked_paragraph_mark()
    {
        var body = TrackedText.DocumentXml(Redlines.Write(Sample(null))).Root!.Element(W + "body")!;
        var carrier = Assert.Single(body.Elements(W + "p"), p => p.Element(W + "pPr")?.Element(W + "sectPr") is not null);
        Assert.Null(carrier.Element(W + "pPr")!.Element(W + "rPr"));
        Assert.Empty(carrier.Descendants(W + "r"));
    }

    [Fact]
    public void Without_a_stamp_the_default_author_and_date_are_used_and_output_is_stable()
    {
        var first = Redlines.Write(Sample(null));
        Assert.Equal(first, Redlines.Write(Sample(null)));
        var mark = TrackedText.DocumentXml(first).Root!.Descendants(W + "ins").First();
        Assert.Equal(("cchc", "2000-01-01T00:00:00Z"), (mark.Attribute(W + "author")!.Value, mark.Attribute(W + "date")!.Value));
    }

    [Fact]
    public void A_tracked_paragraph_before_the_signature_still_keeps_with_it()
    {
        var signature = new SignatureBlock(["Như trên"], ["CHỦ TỊCH"], "Nguyễn Văn A");
        var document = new Document([new Section(Orientation.Portrait,
            [Paragraph.Of(ParaStyle.Body, "Đoạn cuối mới") with { Revision = Revision.Inserted }, signature])]);
        var bytes = Redlines.Write(document);
        var properties = TrackedText.DocumentXml(bytes).Root!.Descendants(W + "p").First().Element(W + "pPr")!;
        Assert.Equal(["pStyle", "keepNext", "rPr"], properties.Elements().Select(e => e.Name.LocalName));
        using var docx = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(docx));
    }

    private static TableCell Cell(string text) => new([Paragraph.Of(ParaStyle.TableCell, text)]);
}
