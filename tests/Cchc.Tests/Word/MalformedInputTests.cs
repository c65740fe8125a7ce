using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Cchc.Model;
using Cchc.Word;
using Xunit;

namespace Cchc.Tests.Word;

/// <summary>Files that are not readable Word documents: one E30x diagnostic each, in Vietnamese, within 2 s, never an exception.</summary>
public sealed class MalformedInputTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    private static Diagnostic ReadFails(byte[] bytes, DiagnosticCode code, WordReaderLimits? limits = null)
    {
        var clock = Stopwatch.StartNew();
        var result = WordReader.Read(new MemoryStream(bytes), "ke-hoach.docx", limits);
        clock.Stop();
        Assert.True(clock.Elapsed < Budget, $"took {clock.Elapsed}");
        Assert.Null(result.Document);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(code.Code, d.Code);
        Assert.StartsWith("ke-hoach.docx", d.Span.File, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", d.Message.Vi, StringComparison.Ordinal);
        return d;
    }

    internal static byte[] Docx(string body, Action<ZipArchive>? more = null, string? rels = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            Entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            if (rels is not null)
            {
                Entry(zip, "word/_rels/document.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + rels + "</Relationships>");
            }

            Entry(zip, "word/document.xml", $"<?xml version=\"1.0\"?><w:document xmlns:w=\"{W}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>{body}</w:body></w:document>");
            more?.Invoke(zip);
        }

        return buffer.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var s = zip.CreateEntry(name).Open();
        s.Write(Encoding.UTF8.GetBytes(text));
    }

    private static string P(string text) => $"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>";

    [Fact]
    public void A_minimal_package_reads()
    {
        var result = WordReader.Read(new MemoryStream(Docx(P("Một") + P("Hai"))), "x.docx");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["Một", "Hai"], result.Document!.Paragraphs.Select(p => p.Text));
    }

    public static IEnumerable<object[]> Cuts()
    {
        var length = Docx(string.Concat(Enumerable.Range(1, 200).Select(i => P("Đoạn văn số " + i)))).Length;
        foreach (var keep in Enumerable.Range(1, 59).Select(i => (int)((long)length * i / 60)).Append(length - 1).Append(length - 22).Distinct())
        {
            yield return [keep];
        }
    }

    [Theory]
    [MemberData(nameof(Cuts))]
    public void A_truncated_zip_is_E302_at_every_cut(int keep)
    {
        var whole = Docx(string.Concat(Enumerable.Range(1, 200).Select(i => P("Đoạn văn số " + i))));
        var d = ReadFails(whole[..keep], DiagnosticCatalog.E302);
        Assert.Contains("bị hỏng hoặc bị cắt cụt", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupt_compressed_data_is_E302()
    {
        var bytes = Docx(string.Concat(Enumerable.Range(1, 300).Select(i => P("Nội dung " + i))));
        // Overwrite the middle of document.xml's compressed data; the directory stays intact.
        var at = bytes.AsSpan().IndexOf("word/document.xml"u8) + 40;
        for (var i = 0; i < 64; i++)
        {
            bytes[at + i] ^= 0x5A;
        }

        var result = WordReader.Read(new MemoryStream(bytes), "ke-hoach.docx");
        Assert.Null(result.Document);
        Assert.Contains(result.Diagnostics.Single().Code, (string[])["E302", "E306"]);
    }

    [Fact]
    public void A_package_without_document_xml_is_E303()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "word/styles.xml", $"<w:styles xmlns:w=\"{W}\"/>");
        }

        var d = ReadFails(buffer.ToArray(), DiagnosticCatalog.E303);
        Assert.Contains("word/document.xml", d.Message.Vi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("word/document.xml")]
    [InlineData("word/styles.xml")]
    public void An_xml_bomb_is_E306_and_nothing_is_expanded(string part)
    {
        const string bomb = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
            + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY e \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>";
        var bytes = part == "word/document.xml"
            ? Docx("", zip => { })
            : Docx(P("x"), zip => Entry(zip, part, bomb + $"<w:styles xmlns:w=\"{W}\">&e;&e;&e;</w:styles>"),
                "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        if (part == "word/document.xml")
        {
            bytes = Replace(bytes, part, bomb + $"<w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t>&e;&e;&e;&e;</w:t></w:r></w:p></w:body></w:document>");
        }

        var d = ReadFails(bytes, DiagnosticCatalog.E306);
        Assert.Equal("ke-hoach.docx!" + part, d.Span.File);
    }

    [Fact]
    public void Malformed_xml_is_E306_with_its_line_and_column()
    {
        var d = ReadFails(Docx("<w:p><w:r><w:t>mở</w:r></w:p>"), DiagnosticCatalog.E306);
        Assert.Equal(1, d.Span.Line);
        Assert.True(d.Span.Column > 100);
    }

    [Fact]
    public void A_doc_renamed_docx_is_E301_with_the_conversion_command()
    {
        var d = ReadFails(Ole("WordDocument"), DiagnosticCatalog.E301);
        Assert.Contains("soffice --headless --convert-to docx", d.Message.Vi, StringComparison.Ordinal);
        Assert.Contains(".doc", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void An_encrypted_docx_is_E304()
    {
        var d = ReadFails(Ole("EncryptionInfo", "EncryptedPackage"), DiagnosticCatalog.E304);
        Assert.Contains("mật khẩu", d.Message.Vi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\\rtf1\\ansi Kế hoạch}")]
    [InlineData("Kế hoạch cải cách hành chính")]
    [InlineData("<?xml version=\"1.0\"?><w:document/>")]
    public void Other_files_renamed_docx_are_E301(string content) => ReadFails(Encoding.UTF8.GetBytes(content), DiagnosticCatalog.E301);

    [Fact]
    public void A_zip_that_is_not_word_is_E301_or_E303()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "mimetype", "application/vnd.oasis.opendocument.text");
            Entry(zip, "content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
        }

        var d = ReadFails(buffer.ToArray(), DiagnosticCatalog.E301);
        Assert.Contains("soffice --headless --convert-to docx", d.Message.Vi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(100)]
    [InlineData(300)]
    public void A_huge_part_is_E305_whatever_its_size(int megabytes)
    {
        var bytes = Docx(P("x"), zip =>
        {
            using var s = zip.CreateEntry("word/media/big.xml", CompressionLevel.Fastest).Open();
            var chunk = new byte[1 << 20];
            for (var i = 0; i < megabytes; i++)
            {
                s.Write(chunk);
            }
        });
        bytes = Rename(bytes, "word/document.xml", "word/small.xml");
        bytes = Rename(bytes, "word/media/big.xml", "word/document.xml");
        var d = ReadFails(bytes, DiagnosticCatalog.E305);
        Assert.Contains("bom zip", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void Parts_over_the_total_budget_are_E305()
    {
        var body = string.Concat(Enumerable.Range(1, 3000).Select(i => P("Đoạn văn số " + i)));
        var limits = new WordReaderLimits { MaxTotalBytes = 50_000 };
        ReadFails(Docx(body), DiagnosticCatalog.E305, limits);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(1000)]
    [InlineData(20000)]
    public void Tables_nested_too_deep_are_E307(int depth)
    {
        var body = string.Concat(Enumerable.Repeat("<w:tbl><w:tr><w:tc>", depth)) + P("x") + string.Concat(Enumerable.Repeat("</w:tc></w:tr></w:tbl>", depth));
        ReadFails(Docx(body), DiagnosticCatalog.E307);
    }

    [Fact]
    public void External_relationships_are_listed_and_never_followed()
    {
        var rels = "<Relationship Id=\"rIdH\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"file:///etc/passwd\" TargetMode=\"External\"/>"
            + "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\" Target=\"http://example.invalid/x.dotm\" TargetMode=\"External\"/>"
            + "<Relationship Id=\"rIdE\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"../../../escape.xml\"/>";
        var body = P("Một") + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH\"/><w:headerReference w:type=\"first\" r:id=\"rIdE\"/></w:sectPr>";
        var result = WordReader.Read(new MemoryStream(Docx(body, rels: rels)), "x.docx");
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Document!.HeadersFooters);
        Assert.Empty(result.Document.Sections.Single().Headers);
        Assert.Equal(["file:///etc/passwd", "http://example.invalid/x.dotm"], result.Document.ExternalRelationships.Select(e => e.Target));
    }

    /// <summary>A compound-file header followed by a directory sector naming <paramref name="streams"/> in UTF-16LE.</summary>
    private static byte[] Ole(params string[] streams)
    {
        var bytes = new byte[4096];
        byte[] magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        magic.CopyTo(bytes, 0);
        var at = 1024;
        foreach (var name in (string[])["Root Entry", .. streams])
        {
            Encoding.Unicode.GetBytes(name).CopyTo(bytes, at);
            at += 128;
        }

        return bytes;
    }

    private static byte[] Replace(byte[] docx, string part, string text) => Rewrite(docx, e => e == part ? (part, Encoding.UTF8.GetBytes(text)) : null);

    private static byte[] Rename(byte[] docx, string from, string to) => Rewrite(docx, e => e == from ? (to, null) : null);

    private static byte[] Rewrite(byte[] docx, Func<string, (string Name, byte[]? Data)?> change)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var e in source.Entries)
            {
                var c = change(e.FullName);
                using var to = target.CreateEntry(c?.Name ?? e.FullName, CompressionLevel.Fastest).Open();
                if (c?.Data is { } data)
                {
                    to.Write(data);
                }
                else
                {
                    using var from = e.Open();
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }
}
