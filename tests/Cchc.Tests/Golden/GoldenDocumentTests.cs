using System.IO.Compression;
using Cchc.Tests.Build;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Golden;

/// <summary>
/// The built documents of real plans, part by part, against approved copies in Golden/approved/ stored
/// unzipped and indented: word/document.xml and the header parts per document, word/styles.xml once for all.
/// A change to the writer, the composer or the templates shows up here as a readable XML diff.
/// <c>CCHC_ACCEPT=1 dotnet test --filter Golden</c> rewrites the approved parts from the current build.
/// </summary>
public sealed class GoldenDocumentTests(BuiltPlans built) : IClassFixture<BuiltPlans>
{
    private static readonly string[] Plans = ["phuong-hai-duong-2026", "xa-tan-minh-2026-2030", "phuong-ha-tu-2025"];
    private static readonly string[] DocumentParts = ["word/document.xml", "word/header1.xml", "word/header2.xml"];

    public static string Approved => Path.Combine(RepoPaths.Root, "tests", "Cchc.Tests", "Golden", "approved");

    public static IEnumerable<object[]> Documents =>
        Plans.SelectMany(stem => BuiltPlans.DocumentsOf(stem).Where(d => d != "single").Select(doc => new object[] { stem, doc }));

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_document_and_header_parts_match_the_approved_ones(string stem, string doc)
    {
        using var zip = ZipFile.OpenRead(built.DocumentPath(stem, doc));
        var parts = zip.Entries.Select(e => e.FullName).Where(n => n == "word/document.xml" || n.StartsWith("word/header", StringComparison.Ordinal));
        Assert.Equal(DocumentParts, parts.Order(StringComparer.Ordinal));
        foreach (var part in DocumentParts)
        {
            Compare(zip, part, Path.Combine(Approved, stem, doc, part));
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_styles_part_is_the_one_approved_styles_part(string stem, string doc)
    {
        using var zip = ZipFile.OpenRead(built.DocumentPath(stem, doc));
        Compare(zip, "word/styles.xml", Path.Combine(Approved, "styles.xml"));
    }

    [Fact]
    public void Every_approved_document_is_still_built()
    {
        var approved = Directory.GetDirectories(Approved).SelectMany(Directory.GetDirectories)
            .Select(d => Path.GetRelativePath(Approved, d).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(Documents.Select(d => $"{d[0]}/{d[1]}").Order(StringComparer.Ordinal), approved);
    }

    internal static void Compare(ZipArchive zip, string part, string approvedFile)
    {
        using var stream = zip.GetEntry(part)!.Open();
        var actual = PrettyXml.Format(stream);
        if (Accept.IsOn)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(approvedFile)!);
            File.WriteAllText(approvedFile, actual);
            return;
        }

        Assert.True(File.Exists(approvedFile), $"No approved {Path.GetRelativePath(Approved, approvedFile)}; run with CCHC_ACCEPT=1 to approve it.");
        var name = Path.GetRelativePath(Approved, approvedFile);
        var difference = LineDiff.Describe(File.ReadAllText(approvedFile), actual, "approved " + name, "built " + name);
        Assert.True(difference is null, $"{name}: {difference}If the change is intended: CCHC_ACCEPT=1 dotnet test --filter Golden");
    }
}
