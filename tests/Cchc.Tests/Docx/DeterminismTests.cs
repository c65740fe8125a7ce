using System.IO.Compression;
using Xunit;

namespace Cchc.Tests.Docx;

public sealed class DeterminismTests
{
    [Theory]
    [MemberData(nameof(SampleDocuments.All), MemberType = typeof(SampleDocuments))]
    public void Writing_the_same_document_twice_gives_identical_bytes(string name)
    {
        var first = WrittenDocx.Write(SampleDocuments.Named(name));
        var second = WrittenDocx.Write(SampleDocuments.Named(name));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Different_documents_give_different_bytes()
    {
        Assert.NotEqual(WrittenDocx.Write(SampleDocuments.DecisionOnly()), WrittenDocx.Write(SampleDocuments.StandalonePlanDocument()));
    }

    [Fact]
    public void Entries_are_in_a_fixed_order_with_a_fixed_timestamp_and_no_clock_metadata()
    {
        using var zip = new ZipArchive(new MemoryStream(WrittenDocx.Write(SampleDocuments.DecisionPackage())), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();

        Assert.Equal(["[Content_Types].xml", "_rels/.rels", "word/document.xml"], names.Take(3));
        Assert.Equal(names.Skip(3).Order(StringComparer.Ordinal), names.Skip(3));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        using var core = new StreamReader(zip.GetEntry("docProps/core.xml")!.Open());
        Assert.DoesNotContain("dcterms:", core.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_core_dates_are_the_document_date_not_the_clock()
    {
        var document = SampleDocuments.DecisionPackage() with { Properties = new("Tên", null, null, new DateOnly(2026, 1, 12)) };
        using var docx = WrittenDocx.Of(document);
        Assert.Equal(new DateTime(2026, 1, 12, 0, 0, 0, DateTimeKind.Utc), docx.Package.PackageProperties.Created!.Value.ToUniversalTime());
        Assert.Equal(new DateTime(2026, 1, 12, 0, 0, 0, DateTimeKind.Utc), docx.Package.PackageProperties.Modified!.Value.ToUniversalTime());
        Assert.Equal(WrittenDocx.Write(document), WrittenDocx.Write(document));
    }

    [Fact]
    public void No_part_carries_rsids_or_generated_relationship_ids()
    {
        using var zip = new ZipArchive(new MemoryStream(WrittenDocx.Write(SampleDocuments.DecisionPackage())), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            var xml = reader.ReadToEnd();
            Assert.DoesNotContain("w:rsid", xml, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"Id=""R[0-9a-f]{8,}""", xml);
        }
    }
}
