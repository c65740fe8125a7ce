using System.Xml.Linq;
using Cchc.Fuzz.Mutators;
using Cchc.Sheets;
using Cchc.Tests.Check;
using Cchc.Tests.Sheets;
using Cchc.Word;
using Xunit;

namespace Cchc.Tests.Word;

/// <summary>
/// Two relationships with one id in a .rels part (a damaged package; found by the Word fuzzer, where it threw
/// ArgumentException out of the reader and import said E206). Every relationship of every .rels part of a built
/// document and of an exported workbook is repeated with its id, pointing to the same part, to another part and to
/// none: the readers keep the first and read the file.
/// </summary>
public sealed class DuplicateRelationshipIdTests
{
    private static readonly XNamespace Pr = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static IEnumerable<(string Part, int Index, string Target, byte[] Bytes)> Variants(byte[] package)
    {
        foreach (var part in ZipXml.Names(package).Where(n => n.EndsWith(".rels", StringComparison.Ordinal)))
        {
            var count = ZipXml.Read(package, part)!.Descendants(Pr + "Relationship").Count();
            var targets = ZipXml.Read(package, part)!.Descendants(Pr + "Relationship").Select(r => (string)r.Attribute("Target")!).ToList();
            for (var i = 0; i < count; i++)
            {
                foreach (var target in new[] { targets[i], targets[(i + 1) % count], "khong-co.xml" }.Distinct(StringComparer.Ordinal))
                {
                    var index = i;
                    yield return (part, i, target, ZipXml.Edit(package, part, doc =>
                    {
                        var original = doc.Descendants(Pr + "Relationship").ElementAt(index);
                        var copy = new XElement(original);
                        copy.SetAttributeValue("Target", target);
                        original.AddBeforeSelf(copy);
                        return true;
                    }));
                }
            }
        }
    }

    [Fact]
    public void A_document_with_a_repeated_relationship_id_is_read()
    {
        foreach (var (name, docx) in Checked.Built("phuong-hai-duong-2026.yaml"))
        {
            foreach (var (part, index, target, bytes) in Variants(docx))
            {
                var read = WordReader.Read(new MemoryStream(bytes), name);
                Assert.True(read.Document is not null || read.Diagnostics.Any(d => d.IsError), $"{name} {part} #{index} → {target}: neither read nor reported");
            }
        }
    }

    [Fact]
    public void A_workbook_with_a_repeated_relationship_id_is_read()
    {
        var exported = TaskSheetWriter.Write(SheetEdits.Plan, null, null, new DateOnly(2026, 3, 31));
        foreach (var (part, index, target, bytes) in Variants(exported))
        {
            var read = TaskSheetReader.Read(bytes, "nhiem-vu.xlsx", SheetEdits.Plan, new DateOnly(2026, 3, 31));
            Assert.True(read.Findings.Count > 0 || !read.Unreadable, $"{part} #{index} → {target}");
        }
    }
}
