using System.IO.Compression;
using System.Text;
using System.Xml;
using Cchc.Model;
using Cchc.Tests.Build;
using Cchc.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Xunit;
using M = Cchc.Model.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cchc.Tests.Docx;

/// <summary>
/// Every class of code point, in every place text reaches a part (runs, letterhead, signature, table cells,
/// tracked-change author, core properties), gives parts that are well-formed XML 1.0 and Open-XML-valid.
/// What XML 1.0 forbids (and the C0/C1 controls Word rejects) is left out, a vertical tab becomes a line
/// break, everything else is kept as written.
/// </summary>
public sealed class XmlCharacterTests
{
    /// <summary>Each class of code points, as the text of one paragraph, around ordinary letters.</summary>
    public static IEnumerable<object[]> Classes() => CodePointClasses.All.Select(c => new object[] { c.Name });

    [Theory]
    [MemberData(nameof(Classes))]
    public void A_hand_built_document_with_the_class_everywhere_is_well_formed_valid_and_keeps_what_XML_allows(string name)
    {
        var text = CodePointClasses.Named(name);
        var document = CodePointClasses.DocumentWithEverywhere(text);
        var bytes = WrittenDocx.Write(document);
        AssertEveryPartIsWellFormed(bytes);
        using var docx = WrittenDocx.Of(document);
        WordChecks.AssertValid(docx.Package, FileFormatVersions.Microsoft365);

        var expected = Diacritics.Compose(CodePointClasses.Kept(text));
        Assert.Contains(docx.Paragraphs(), p => WrittenDocx.TextOf(p) == expected);
        var oneLine = string.Concat(text.Select(c => c is '\t' or '\n' or '\v' or '\r' ? ' ' : c));
        Assert.Equal(CodePointClasses.Kept(oneLine), docx.Package.PackageProperties.Title);
    }

    [Fact]
    public void A_vertical_tab_is_a_line_break_in_the_run_not_a_deletion()
    {
        var document = new M.Document([new(M.Orientation.Portrait, [M.Paragraph.Of(M.ParaStyle.Body, "một\vhai\v\vba")])]);
        using var docx = WrittenDocx.Of(document);
        var paragraph = Assert.Single(docx.Paragraphs());
        Assert.Equal("một\nhai\n\nba", WrittenDocx.TextOf(paragraph));
        var run = Assert.Single(paragraph.Elements<W.Run>());
        Assert.Equal(3, run.Elements<W.Break>().Count());
    }

    [Fact]
    public void A_plan_carrying_every_class_through_its_text_builds_documents_that_are_well_formed_and_valid()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cchc-chars-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            // Double-quoted YAML escapes carry each class into the issuer's name (letterhead, signature, "Kèm theo",
            // creator), the plan's title (trích yếu, core title) and the decision's title. YAML itself rejects an
            // unpaired surrogate escape, so the plan cannot carry one; the hand-built documents do.
            var escaped = CodePointClasses.All.Where(c => !c.Name.Contains("surrogate", StringComparison.Ordinal))
                .Select(c => YamlEscape(c.Text)).ToList();
            var source = File.ReadAllText(BuiltPlans.PlanFile("phuong-hai-duong-2026"));
            source = Replace(source, "  title: \"Cải cách hành chính nhà nước phường Hải Dương năm 2026\"",
                "  title: \"Cải cách " + string.Join(" ", escaped) + " năm 2026\"");
            source = Replace(source, "  name: \"Hải Dương\"", "  name: \"Hải\\vDương " + escaped[0] + "\"");
            source = Replace(source, "  title: \"Ban hành Kế hoạch Cải cách hành chính nhà nước Phường Hải Dương năm 2026\"",
                "  title: \"Ban hành Kế hoạch " + string.Join(" ", escaped) + "\"");
            var plan = Path.Combine(folder, "ky-tu.yaml");
            File.WriteAllText(plan, source, new UTF8Encoding(false));

            var run = CliRun.Of("build", plan, "-o", folder);
            Assert.True(run.Exit == 0, run.All);
            var built = Directory.GetFiles(folder, "*.docx");
            Assert.Equal(2, built.Length);
            foreach (var file in built)
            {
                AssertEveryPartIsWellFormed(File.ReadAllBytes(file));
                using var docx = WordprocessingDocument.Open(file, isEditable: false);
                WordChecks.AssertValid(docx, FileFormatVersions.Microsoft365);
                var body = docx.MainDocumentPart!.Document!.Body!;
                Assert.Contains(body.Descendants<W.Paragraph>(), p => WrittenDocx.TextOf(p).Contains("Hải\nDương", StringComparison.Ordinal));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Reads every XML part of the zip to its end with the XML 1.0 character checks on.</summary>
    internal static void AssertEveryPartIsWellFormed(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        Assert.Contains(zip.Entries, e => e.FullName == "docProps/core.xml");
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit });
            try
            {
                while (reader.Read())
                {
                }
            }
            catch (XmlException e)
            {
                Assert.Fail($"{entry.FullName} is not well-formed XML 1.0: {e.Message}");
            }
        }
    }

    private static string Replace(string source, string line, string with)
    {
        Assert.Contains(line, source, StringComparison.Ordinal);
        return source.Replace(line, with, StringComparison.Ordinal);
    }

    /// <summary>The text as the inside of a YAML double-quoted scalar, every character outside printable ASCII escaped.</summary>
    private static string YamlEscape(string text)
    {
        var yaml = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            _ = rune.Value switch
            {
                '"' => yaml.Append("\\\""),
                '\\' => yaml.Append("\\\\"),
                >= 0x20 and < 0x7F => yaml.Append((char)rune.Value),
                > 0xFFFF => yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\U{rune.Value:X8}"),
                _ => yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}"),
            };
        }

        return yaml.ToString();
    }
}
