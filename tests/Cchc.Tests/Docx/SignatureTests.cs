using Cchc.Model.Documents;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cchc.Tests.Docx;

/// <summary>nd30-format §9.6 (S1–S10): Nơi nhận and the signature.</summary>
public sealed class SignatureTests
{
    [Fact]
    public void Recipients_are_left_12pt_bold_italic_heading_then_11pt_lines()
    {
        using var docx = WrittenDocx.Of(SampleDocuments.DecisionOnly());
        var left = LetterheadTests.Cell(Signature(docx), 0, 0).Elements<W.Paragraph>().ToList();

        Assert.Equal("Nơi nhận:", WrittenDocx.TextOf(left[0]));
        Assert.Equal((24, true, true), WrittenDocx.FormatOf(left[0]));
        Assert.Equal(W.JustificationValues.Left, docx.ParagraphProperty<W.Justification>(left[0])!.Val!.Value);
        Assert.Equal("- Như Điều 3;", WrittenDocx.TextOf(left[1]));
        Assert.Matches(@"^- Lưu: VT(, .+)?\.$", WrittenDocx.TextOf(left[^1]));
        Assert.All(left.Skip(1), p =>
        {
            Assert.Equal((22, false, false), WrittenDocx.FormatOf(p));
            Assert.Null(docx.ParagraphProperty<W.Indentation>(p));
        });
    }

    [Fact]
    public void The_signer_side_has_bold_upper_authority_lines_room_to_sign_and_a_bold_name()
    {
        using var docx = WrittenDocx.Of(SampleDocuments.StandalonePlanDocument());
        var right = LetterheadTests.Cell(Signature(docx), 0, 1).Elements<W.Paragraph>().ToList();

        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], right.Take(3).Select(WrittenDocx.TextOf));
        Assert.All(right.Take(3), p => Assert.Equal((28, true, false), WrittenDocx.FormatOf(p)));
        var blank = right.Skip(3).TakeWhile(p => WrittenDocx.TextOf(p).Length == 0).Count();
        Assert.InRange(blank, 4, 5);
        Assert.Equal("Nguyễn Văn An", WrittenDocx.TextOf(right[^1]));
        Assert.Equal((28, true, false), WrittenDocx.FormatOf(right[^1]));
        Assert.All(right, p => Assert.Equal(W.JustificationValues.Center, docx.ParagraphProperty<W.Justification>(p)!.Val!.Value));
    }

    [Fact]
    public void Nơi_nhận_starts_level_with_the_first_authority_line()
    {
        using var docx = WrittenDocx.Of(SampleDocuments.DecisionOnly());
        var table = Signature(docx);
        var recipients = LetterheadTests.Cell(table, 0, 0).Elements<W.Paragraph>().First();
        var authority = LetterheadTests.Cell(table, 0, 1).Elements<W.Paragraph>().First();
        Assert.Equal(
            docx.ParagraphProperty<W.SpacingBetweenLines>(recipients)!.Before!.Value,
            docx.ParagraphProperty<W.SpacingBetweenLines>(authority)!.Before!.Value);
        Assert.Single(table.Elements<W.TableRow>());
        Assert.NotNull(table.Elements<W.TableRow>().Single().TableRowProperties!.GetFirstChild<W.CantSplit>());
    }

    [Fact]
    public void Without_recipients_only_the_signer_side_has_content()
    {
        var block = new SignatureBlock([], ["CHỦ TỊCH"], "Nguyễn Văn A");
        using var docx = WrittenDocx.Of(new Document([new(Orientation.Portrait, [Paragraph.Of(ParaStyle.Body, "Nội dung./."), block])]));
        var table = Signature(docx);
        var left = LetterheadTests.Cell(table, 0, 0);
        Assert.Equal("", string.Concat(left.Descendants<W.Text>().Select(t => t.Text)));
        Assert.Single(left.Elements<W.Paragraph>());
        Assert.DoesNotContain(docx.Paragraphs(), p => WrittenDocx.TextOf(p) == "Nơi nhận:");
        Assert.Contains(LetterheadTests.Cell(table, 0, 1).Elements<W.Paragraph>(), p => WrittenDocx.TextOf(p) == "Nguyễn Văn A");
    }

    [Fact]
    public void The_last_paragraph_before_the_signature_keeps_with_it()
    {
        using var docx = WrittenDocx.Of(SampleDocuments.StandalonePlanDocument());
        var previous = Assert.IsType<W.Paragraph>(Signature(docx).PreviousSibling());
        Assert.NotNull(previous.ParagraphProperties!.KeepNext);
    }

    [Fact]
    public void An_attached_plan_has_no_signature_and_no_recipients()
    {
        using var docx = WrittenDocx.Of(new Document([SampleDocuments.AttachedPlan()]));
        Assert.Single(docx.Body.Elements<W.Table>());
        Assert.DoesNotContain(docx.Paragraphs(), p => WrittenDocx.TextOf(p) == "Nơi nhận:");
    }

    private static W.Table Signature(WrittenDocx docx) =>
        docx.Body.Elements<W.Table>().Last(t => t.Descendants<W.ParagraphStyleId>().Any(s => s.Val?.Value == "SignerAuthority"));
}
