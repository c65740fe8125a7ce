using System.IO.Compression;
using System.Text;
using System.Xml;
using Cchc.Packaging;
using Cchc.Sheets;
using Xunit;

namespace Cchc.Tests.Sheets;

/// <summary>
/// Workbooks written the ways Excel, LibreOffice Calc and Google Sheets write them, built part by part: shared strings
/// with rich-text runs and phonetic guides, inline and formula strings, dates as formatted serials or ISO text, cells
/// without addresses, missing rows, escapes, sheets found through workbook.xml's relationships. And what is not a workbook.
/// </summary>
public class ForeignWorkbookTests
{
    private static readonly DateOnly Day = new(2026, 3, 31);
    private static readonly string[] Headers = SheetColumns.All.Select(c => c.Header).ToArray();
    private static readonly List<string> Ids = TaskSheetWriter.TasksOf(SheetEdits.Plan, null).Select(t => t.Id).ToList();
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A row of cells: Letter → raw &lt;c&gt; inner attributes and content, e.g. ("B", "t=\"s\"", "&lt;v&gt;0&lt;/v&gt;").</summary>
    private static string Row(int? number, params (string? Letter, int RowForRef, string Attributes, string Content)[] cells) =>
        (number is null ? "<row>" : $"<row r=\"{number}\">")
        + string.Concat(cells.Select(c => $"<c{(c.Letter is null ? "" : $" r=\"{c.Letter}{c.RowForRef}\"")} {c.Attributes}>{c.Content}</c>")) + "</row>";

    private static string HeaderRow() =>
        Row(1, [.. SheetColumns.All.Select(c => ((string?)c.Letter, 1, "t=\"inlineStr\"", $"<is><t>{c.Header}</t></is>"))]);

    private static string Sheet(params string[] rows) =>
        $"<worksheet xmlns=\"{Main}\"><sheetData>{string.Concat(rows)}</sheetData></worksheet>";

    /// <summary>A package whose workbook lives at <paramref name="workbookPart"/> with the given sheets (name, part, xml).</summary>
    private static byte[] Workbook(string workbookPart, string? sharedStrings, string? styles, params (string Name, string Part, string Xml)[] sheets)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string text)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(Encoding.UTF8.GetBytes(text));
            }

            Add("_rels/.rels", Rels(("r1", "officeDocument", "/" + workbookPart)));
            var folder = PartNames.Folder(workbookPart);
            var rels = sheets.Select((s, i) => ($"rId{i + 7}", "worksheet", s.Part)).ToList();
            if (sharedStrings is not null)
            {
                rels.Add(("rSst", "sharedStrings", "strings.xml"));
                Add(folder + "strings.xml", sharedStrings);
            }

            if (styles is not null)
            {
                rels.Add(("rSty", "styles", "styles.xml"));
                Add(folder + "styles.xml", styles);
            }

            Add(PartNames.RelationshipsOf(workbookPart), Rels([.. rels]));
            Add(workbookPart, $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Rel}\"><sheets>"
                + string.Concat(sheets.Select((s, i) => $"<sheet name=\"{s.Name}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 7}\"/>")) + "</sheets></workbook>");
            foreach (var (_, part, xml) in sheets)
            {
                Add(PartNames.Resolve(folder, part)!, xml);
            }
        }

        return buffer.ToArray();
    }

    private static string Rels(params (string Id, string Type, string Target)[] rels) =>
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + string.Concat(rels.Select(r => $"<Relationship Id=\"{r.Id}\" Type=\"{Rel}/{r.Type}\" Target=\"{r.Target}\"/>")) + "</Relationships>";

    private static SheetImport Read(byte[] bytes) => TaskSheetReader.Read(bytes, "f.xlsx", SheetEdits.Plan, Day);

    [Fact]
    public void Rich_text_shared_strings_phonetic_guides_formula_strings_escapes_and_cells_without_addresses_read_as_shown()
    {
        var sst = $"<sst xmlns=\"{Main}\"><si><r><rPr><b/></rPr><t xml:space=\"preserve\">Đang </t></r><r><t>thực hiện</t></r><rPh sb=\"0\" eb=\"1\"><t>ZZZ</t></rPh></si>"
            + "<si><t>dòng 1_x000D_\ndòng 2 và _x005F_x0041_</t></si></sst>";
        // Row 2: B, H and an empty I by address, then J and K without r= (each follows the one before); row 3 is missing; row 4 has no r= at all.
        var xml = Sheet(HeaderRow(),
            Row(2, ("B", 2, "t=\"inlineStr\"", $"<is><t>{Ids[0]}</t></is>"), ("H", 2, "t=\"s\"", "<v>0</v>"), ("I", 2, "s=\"0\"", ""), (null, 0, "t=\"str\"", "<f>A1</f><v>kết quả</v>"),
                (null, 0, "t=\"s\"", "<v>1</v>")),
            Row(4, ("B", 4, "t=\"inlineStr\"", $"<is><t>{Ids[1]}</t></is>"), ("H", 4, "t=\"inlineStr\"", "<is><t>Đã hoàn thành</t></is>"), ("I", 4, "t=\"d\"", "<v>2026-03-18T00:00:00</v>")),
            Row(null, ("B", 5, "t=\"inlineStr\"", $"<is><t>{Ids[2]}</t></is>"), ("H", 5, "t=\"inlineStr\"", "<is><t>Đang thực hiện</t></is>")));
        var read = Read(Workbook("xl/workbook.xml", sst, null, ("Nhiệm vụ", "worksheets/sheet1.xml", xml)));
        var row2 = read.Rows.Single(r => r.TaskId == Ids[0]);
        Assert.Equal(("dang_thuc_hien", "kết quả"), (row2.State.StatusKey, row2.State.Result));
        Assert.Equal(["dòng 1", "dòng 2 và _x0041_"], row2.State.Products);
        Assert.Equal(new DateOnly(2026, 3, 18), read.Rows.Single(r => r.TaskId == Ids[1]).State.Completed);
        Assert.Equal(5, read.Rows.Single(r => r.TaskId == Ids[2]).Row);
        Assert.Contains(read.Findings, f => f.Where == "f.xlsx(Nhiệm vụ!J2)" && f.Diagnostic.Code == "W422");
    }

    [Theory]
    [InlineData(14, null)]
    [InlineData(22, null)]
    [InlineData(164, "dd/mm/yyyy")]
    [InlineData(165, "[$-42A]d mmmm yyyy;@")]
    [InlineData(166, "yyyy\\-mm\\-dd")]
    public void A_date_typed_into_a_text_column_reads_as_the_date_the_sheet_shows_and_a_time_or_number_stays_a_number(int id, string? code)
    {
        var serial = ExcelDates.Serial(new DateOnly(2026, 3, 18));
        string Styles(int formatId, string? formatCode) => $"<styleSheet xmlns=\"{Main}\">"
            + (formatCode is null ? "" : $"<numFmts count=\"1\"><numFmt numFmtId=\"{formatId}\" formatCode=\"{formatCode}\"/></numFmts>")
            + $"<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"{formatId}\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>";
        byte[] Book(string styles) => Workbook("xl/workbook.xml", null, styles, ("Nhiệm vụ", "worksheets/sheet1.xml", Sheet(HeaderRow(),
            Row(2, ("B", 2, "t=\"inlineStr\"", $"<is><t>{Ids[0]}</t></is>"), ("H", 2, "t=\"inlineStr\"", "<is><t>Đã hoàn thành</t></is>"),
                ("I", 2, "s=\"1\"", $"<v>{serial}</v>"), ("L", 2, "s=\"1\"", $"<v>{serial}</v>")))));
        var read = Read(Book(Styles(id, code)));
        Assert.True(read.Rows.Count == 1, string.Join("\n", read.Findings.Select(f => f.Where + f.Diagnostic.Message.En)));
        Assert.Equal(("18/03/2026", new DateOnly(2026, 3, 18)), (read.Rows.Single().State.Note, read.Rows.Single().State.Completed));
        foreach (var notDate in new[] { Styles(2, null), Styles(45, null), Styles(167, "mm:ss"), Styles(168, "[h]:mm"), Styles(169, "&quot;ngày d&quot; 0") })
        {
            var other = Read(Book(notDate));
            Assert.True(other.Rows.Count == 1, notDate + string.Join("\n", other.Findings.Select(f => f.Where + f.Diagnostic.Message.En)));
            Assert.Equal(serial.ToString(System.Globalization.CultureInfo.InvariantCulture), other.Rows.Single().State.Note);
        }
    }

    [Fact]
    public void The_task_sheet_is_found_by_its_header_among_sheets_named_in_workbook_xml_wherever_their_parts_are()
    {
        var other = Sheet(Row(1, ("A", 1, "t=\"inlineStr\"", "<is><t>Ghi chép</t></is>")));
        var tasks = Sheet(HeaderRow(), Row(2, ("B", 2, "t=\"inlineStr\"", $"<is><t>{Ids[0]}</t></is>"), ("H", 2, "t=\"inlineStr\"", "<is><t>Tạm dừng</t></is>")));
        var read = Read(Workbook("book/main.xml", null, null, ("Trang bìa", "sheets/a.xml", other), ("Nhiệm vụ (2)", "../data/tasks.xml", tasks)));
        Assert.DoesNotContain(read.Findings, f => f.Diagnostic.IsError); // only W421: the plan's columns were left out of this sheet
        var row = read.Rows.Single();
        Assert.Equal(("tam_dung", "Nhiệm vụ (2)"), (row.State.StatusKey, row.Sheet));
    }

    [Fact]
    public void Every_character_a_cell_can_hold_survives_the_escape_and_reads_back()
    {
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var text = $"a{(char)c}_x0041_{(char)c}";
            var xml = SheetXml.Escape(new StringBuilder("<t xml:space=\"preserve\">"), text).Append("</t>").ToString();
            using var reader = XmlReader.Create(new StringReader(xml), SafeXml.ReaderSettings);
            reader.MoveToContent();
            var expected = char.IsSurrogate((char)c) ? text.Replace((char)c, '\uFFFD') : text;
            Assert.Equal(expected, SheetXml.Unescape(reader.ReadElementContentAsString()));
        }
    }

    public static TheoryData<string, byte[], string> NotWorkbooks() => new()
    {
        { "empty", [], "tệp trống" },
        { "xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. Encoding.Unicode.GetBytes("Workbook")], "Excel 97–2003 (.xls)" },
        { "encrypted", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. Encoding.Unicode.GetBytes("EncryptedPackage")], "đặt mật khẩu" },
        { "csv", Encoding.UTF8.GetBytes("STT,Mã nhiệm vụ\n1,a\n"), "không phải tệp nén OOXML" },
        { "truncated zip", [0x50, 0x4B, 3, 4, 20, 0, 0, 0], "bị hỏng hoặc bị cắt cụt" },
        { "ods", Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<x/>")), "OpenDocument (.ods)" },
        { "dtd", Zip(("_rels/.rels", "<!DOCTYPE r [<!ENTITY a \"b\">]><r/>")), "DTD" },
    };

    [Theory]
    [MemberData(nameof(NotWorkbooks))]
    public void What_is_not_a_workbook_is_one_clear_E420_without_exception_text(string kind, byte[] bytes, string says)
    {
        var read = Read(bytes);
        Assert.True(read.Unreadable, kind);
        var finding = read.Findings.Single();
        Assert.Equal("E420", finding.Diagnostic.Code);
        Assert.Contains(says, finding.Diagnostic.Message.Vi, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", finding.Diagnostic.Message.Vi + finding.Diagnostic.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_bomb_stops_at_the_cap_while_it_decompresses_with_E435()
    {
        var limits = new PackageLimits(MaxPartBytes: 1 << 20, MaxTotalBytes: 4 << 20, MaxEntries: 50);
        var padding = new string(' ', 3 << 20);
        var bomb = Workbook("xl/workbook.xml", null, null, ("Nhiệm vụ", "worksheets/sheet1.xml", Sheet(HeaderRow()) + padding));
        Assert.True(bomb.Length < 64 * 1024);
        var finding = TaskSheetReader.Read(bomb, "f.xlsx", SheetEdits.Plan, Day, limits).Findings.Single();
        Assert.Equal(("E435", true), (finding.Diagnostic.Code, finding.Diagnostic.Message.Vi.Contains("bom zip", StringComparison.Ordinal)));
        var many = Zip([.. Enumerable.Range(0, 51).Select(i => ($"x{i}.xml", "<x/>"))]);
        Assert.Equal("E435", TaskSheetReader.Read(many, "f.xlsx", SheetEdits.Plan, Day, limits).Findings.Single().Diagnostic.Code);
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return buffer.ToArray();
    }
}
