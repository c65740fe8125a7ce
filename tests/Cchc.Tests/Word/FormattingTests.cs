using System.IO.Compression;
using System.Text;
using Cchc.Word;
using Xunit;

namespace Cchc.Tests.Word;

/// <summary>Effective formatting: docDefaults, the basedOn chain, character styles, theme fonts, direct formatting; and run text.</summary>
public sealed class FormattingTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private static WordDocument Read(string body, string styles)
    {
        var rels = "<Relationship Id=\"rS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme\" Target=\"theme/theme1.xml\"/>";
        var bytes = MalformedInputTests.Docx(body, zip =>
        {
            Write(zip, "word/styles.xml", $"<w:styles xmlns:w=\"{W}\">{styles}</w:styles>");
            Write(zip, "word/theme/theme1.xml", $"<a:theme xmlns:a=\"{A}\"><a:themeElements><a:fontScheme><a:majorFont><a:latin typeface=\"Cambria\"/></a:majorFont>"
                + "<a:minorFont><a:latin typeface=\"Times New Roman\"/><a:ea typeface=\"\"/><a:cs typeface=\"Arial\"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>");
        }, rels);
        var result = WordReader.Read(new MemoryStream(bytes), "f.docx");
        Assert.Empty(result.Diagnostics);
        return result.Document!;
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var s = zip.CreateEntry(name).Open();
        s.Write(Encoding.UTF8.GetBytes(text));
    }

    private const string Styles =
        "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme=\"minorHAnsi\" w:hAnsiTheme=\"minorHAnsi\" w:cstheme=\"minorBidi\"/><w:sz w:val=\"26\"/></w:rPr></w:rPrDefault>"
        + "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
        + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:pPr><w:jc w:val=\"both\"/><w:ind w:firstLine=\"567\"/></w:pPr><w:rPr><w:sz w:val=\"28\"/></w:rPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Muc\"><w:name w:val=\"Mục\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:caps/></w:rPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"MucCon\"><w:name w:val=\"Mục con\"/><w:basedOn w:val=\"Muc\"/><w:pPr><w:ind w:left=\"284\" w:hanging=\"284\"/><w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr><w:caps w:val=\"0\"/><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/></w:rPr></w:style>"
        + "<w:style w:type=\"character\" w:styleId=\"Nghieng\"><w:name w:val=\"Nghiêng\"/><w:rPr><w:i/><w:u w:val=\"single\"/></w:rPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Loop\"><w:basedOn w:val=\"Loop2\"/></w:style><w:style w:type=\"paragraph\" w:styleId=\"Loop2\"><w:basedOn w:val=\"Loop\"/></w:style>";

    [Fact]
    public void Style_chain_defaults_and_theme_fonts_resolve()
    {
        var doc = Read("<w:p><w:r><w:t>Thân</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"Muc\"/></w:pPr><w:r><w:t>MỤC</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"MucCon\"/><w:jc w:val=\"center\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Con </w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"Nghieng\"/><w:b w:val=\"0\"/></w:rPr><w:t>nghiêng</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"Loop\"/></w:pPr><w:r><w:t>vòng</w:t></w:r></w:p>", Styles);
        var p = doc.Paragraphs.ToList();
        Assert.Equal("Normal", p[0].StyleId);
        Assert.Equal(Alignment.Justify, p[0].Format.Alignment);
        Assert.Equal(567, p[0].Format.FirstLine);
        Assert.Equal(120, p[0].Format.SpacingAfter);
        Assert.Equal(14, p[0].Common.Size);
        Assert.Equal(new FontSlots("Times New Roman", "Times New Roman", null, "Arial"), p[0].Common.Fonts);
        Assert.False(p[0].Common.Bold);

        Assert.True(p[1].Common.Bold);
        Assert.True(p[1].Common.Caps);
        Assert.True(p[1].Format.KeepNext);
        Assert.Equal(0, p[1].Format.OutlineLevel);

        Assert.Equal("Mục con", p[2].StyleName);
        Assert.Equal(Alignment.Center, p[2].Format.Alignment);
        Assert.Equal(284, p[2].Format.IndentLeft);
        Assert.Equal(-284, p[2].Format.FirstLine);
        Assert.Equal(1, p[2].Format.OutlineLevel);
        Assert.Equal(2, p[2].Runs.Count);
        Assert.Equal((true, false, "Arial"), (p[2].Runs[0].Format.Bold!.Value, p[2].Runs[0].Format.Caps!.Value, p[2].Runs[0].Format.Fonts.HAnsi));
        Assert.Equal((false, true, "single"), (p[2].Runs[1].Format.Bold!.Value, p[2].Runs[1].Format.Italic!.Value, p[2].Runs[1].Format.Underline));
        Assert.Null(p[2].Common.Bold);

        Assert.Equal("vòng", p[3].Text);
    }

    [Fact]
    public void Run_content_becomes_the_text_a_reader_sees()
    {
        var doc = Read("<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:noBreakHyphen/><w:t>d</w:t><w:softHyphen/>"
            + "<w:sym w:font=\"Symbol\" w:char=\"F0B7\"/><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/><w:sym w:font=\"Symbol\" w:char=\"F061\"/></w:r>"
            + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r><w:r><w:br w:type=\"page\"/></w:r>"
            + "<w:hyperlink r:id=\"x\"><w:r><w:t>liên kết</w:t></w:r></w:hyperlink><w:smartTag><w:r><w:t>+thẻ</w:t></w:r></w:smartTag>"
            + "<w:sdt><w:sdtPr><w:alias w:val=\"ô\"/></w:sdtPr><w:sdtContent><w:r><w:t>+ô</w:t></w:r></w:sdtContent></w:sdt>"
            + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>7</w:t></w:r></w:fldSimple>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>HYPERLINK \"http://x\"</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r><w:t>kq</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>", Styles);
        var p = doc.Paragraphs.Single();
        Assert.Equal("a\tb\nc\u2011d•✓αliên kết+thẻ+ô7kq", p.Text);
        Assert.True(p.HasPageBreak);
        Assert.Equal(["PAGE", "HYPERLINK \"http://x\""], p.Fields.Select(f => f.Instruction));
        Assert.Equal(["7", "kq"], p.Fields.Select(f => f.Result));
    }

    [Fact]
    public void Sections_carry_page_size_orientation_and_margins()
    {
        var doc = Read("<w:p><w:pPr><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr></w:pPr><w:r><w:t>dọc</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>ngang</w:t></w:r></w:p><w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/><w:type w:val=\"nextPage\"/></w:sectPr>", Styles);
        Assert.Equal(2, doc.Sections.Count);
        Assert.Equal((PageOrientation.Portrait, 0, 1), (doc.Sections[0].Orientation, doc.Sections[0].FirstBlock, doc.Sections[0].BlockCount));
        Assert.Equal(new PageMargins(1134, 1134, 1134, 1701, 720, 720, 0), doc.Sections[0].Margins);
        Assert.Equal((PageOrientation.Landscape, 1, 1), (doc.Sections[1].Orientation, doc.Sections[1].FirstBlock, doc.Sections[1].BlockCount));
        Assert.Equal([0, 1], doc.Blocks.Select(b => b.Section));
    }

    private static readonly string[] Kinds = ["single", "double", "thick", "dotted", "dashed", "triple", "wave", "thinThickSmallGap", "none", "nil"];

    public static IEnumerable<object[]> BorderKinds() => Kinds.Select(k => new object[] { k });

    /// <summary>Decree 30 rules are empty paragraphs with a bottom border: from a style, cleared or set directly.</summary>
    [Theory]
    [MemberData(nameof(BorderKinds))]
    public void A_bottom_border_resolves_through_the_style_chain(string kind)
    {
        var styles = Styles + "<w:style w:type=\"paragraph\" w:styleId=\"Rule\"><w:name w:val=\"Rule\"/><w:pPr><w:pBdr><w:bottom w:val=\"" + kind
            + "\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"RuleChild\"><w:basedOn w:val=\"Rule\"/></w:style>";
        var doc = Read("<w:p><w:pPr><w:pStyle w:val=\"Rule\"/></w:pPr></w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"RuleChild\"/></w:pPr></w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"Rule\"/><w:pBdr><w:bottom w:val=\"nil\"/></w:pBdr></w:pPr></w:p>"
            + "<w:p><w:pPr><w:pBdr><w:top w:val=\"single\"/><w:bottom w:val=\"" + kind + "\"/></w:pBdr></w:pPr></w:p>"
            + "<w:p><w:pPr><w:pBdr><w:top w:val=\"single\"/></w:pBdr></w:pPr></w:p>", styles);
        var drawn = kind is not ("none" or "nil");
        Assert.Equal([drawn, drawn, false, drawn, false], doc.Paragraphs.Select(p => p.Format.BottomBorder));
    }
}
