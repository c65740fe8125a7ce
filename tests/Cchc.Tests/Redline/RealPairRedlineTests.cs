using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Xunit;

namespace Cchc.Tests.Redline;

/// <summary>The redline of the real pair phuong-hai-duong 2025 → 2026 (a rewritten plan that gained an appendix).</summary>
public sealed class RealPairRedlineTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly Lazy<(byte[] Redline, byte[] Old, byte[] New)> Pair = new(() =>
    {
        var old = Redlines.Real("phuong-hai-duong-2025.yaml");
        var @new = Redlines.Real("phuong-hai-duong-2026.yaml");
        return (Redlines.Write(old, @new), Redlines.Plain(old), Redlines.Plain(@new));
    });

    [Theory]
    [InlineData(FileFormatVersions.Office2019)]
    [InlineData(FileFormatVersions.Microsoft365)]
    public void The_validator_reports_no_errors(FileFormatVersions version)
    {
        using var docx = WordprocessingDocument.Open(new MemoryStream(Pair.Value.Redline), isEditable: false);
        var errors = new OpenXmlValidator(version).Validate(docx).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(20)));
    }

    [Fact]
    public void Insertions_and_deletions_are_real_revisions_by_cchc_on_the_new_plans_date()
    {
        var body = TrackedText.DocumentXml(Pair.Value.Redline).Root!.Element(W + "body")!;
        var marks = body.Descendants().Where(e => e.Name == W + "ins" || e.Name == W + "del").ToList();
        Assert.Contains(marks, m => m.Name == W + "ins" && m.Parent!.Name == W + "p");
        Assert.Contains(marks, m => m.Name == W + "del" && m.Parent!.Name == W + "p");
        Assert.All(marks, m =>
        {
            Assert.Equal("cchc", m.Attribute(W + "author")?.Value);
            Assert.Equal("2026-01-12T00:00:00Z", m.Attribute(W + "date")?.Value);
        });

        // Ids 1, 2, 3 … in document order.
        Assert.Equal(Enumerable.Range(1, marks.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            marks.Select(m => m.Attribute(W + "id")?.Value));

        // Deleted text is w:delText inside w:del, never w:t; w:delText is nowhere else.
        Assert.DoesNotContain(body.Descendants(W + "t"), t => t.Ancestors(W + "del").Any());
        Assert.All(body.Descendants(W + "delText"), t => Assert.NotEmpty(t.Ancestors(W + "del")));
    }

    [Fact]
    public void It_has_whole_paragraph_and_whole_row_revisions()
    {
        var body = TrackedText.DocumentXml(Pair.Value.Redline).Root!.Element(W + "body")!;
        var insertedMarks = body.Descendants(W + "pPr").Where(p => p.Element(W + "rPr")?.Element(W + "ins") is not null).ToList();
        var deletedMarks = body.Descendants(W + "pPr").Where(p => p.Element(W + "rPr")?.Element(W + "del") is not null).ToList();
        Assert.NotEmpty(insertedMarks);
        Assert.NotEmpty(deletedMarks);

        // The 2025 plan had no appendix: every row of the 2026 task table is an inserted row (the letterhead is a layout table).
        var rows = body.Elements(W + "tbl")
            .Where(t => t.Element(W + "tblPr")?.Element(W + "tblStyle")?.Attribute(W + "val")?.Value == "GridTable")
            .SelectMany(t => t.Elements(W + "tr")).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.NotNull(r.Element(W + "trPr")?.Element(W + "ins")));
    }

    [Fact]
    public void Accepting_every_change_gives_the_2026_plan()
    {
        var expected = TrackedText.Paragraphs(Pair.Value.New, Resolution.Plain);
        var accepted = TrackedText.Paragraphs(Pair.Value.Redline, Resolution.AcceptAll);
        Assert.True(expected.Count > 300, $"only {expected.Count} paragraphs");
        Assert.Equal(expected, accepted);
    }

    [Fact]
    public void Rejecting_every_change_gives_the_2025_plan()
    {
        // Paragraphs kept from the old plan carry the new plan's style, so only the text is compared.
        var expected = TrackedText.Texts(Pair.Value.Old, Resolution.Plain);
        var rejected = TrackedText.Texts(Pair.Value.Redline, Resolution.RejectAll);
        Assert.True(expected.Count > 80, $"only {expected.Count} paragraphs");
        Assert.Equal(expected, rejected);
    }

    [Fact]
    public void The_redline_shows_both_texts_not_just_the_new_one()
    {
        var accepted = TrackedText.Texts(Pair.Value.Redline, Resolution.AcceptAll);
        var rejected = TrackedText.Texts(Pair.Value.Redline, Resolution.RejectAll);
        Assert.NotEqual(accepted, rejected);
        Assert.Contains(rejected, t => t.Contains("năm 2025", StringComparison.Ordinal));
        Assert.DoesNotContain(accepted, t => t == "Cải cách hành chính nhà nước phường Hải Dương năm 2025");
    }

    [Fact]
    public void Two_runs_give_the_same_bytes()
    {
        var again = Redlines.Write(Redlines.Real("phuong-hai-duong-2025.yaml"), Redlines.Real("phuong-hai-duong-2026.yaml"));
        Assert.Equal(Pair.Value.Redline, again);
    }
}
