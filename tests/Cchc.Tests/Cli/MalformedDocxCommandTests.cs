using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Cchc.Tests.Support;
using Cchc.Tests.Word;
using Xunit;

namespace Cchc.Tests.Cli;

/// <summary>
/// Malformed .docx files given to <c>cchc import</c> and <c>cchc check</c> (with CCHC_EXE, the Native AOT binary):
/// a real built document truncated at every sixteenth of its length, a package without word/document.xml, an
/// entity bomb, a .doc renamed .docx and a 100 MB part. Each run exits 2 within 2 s with the reader's diagnostic
/// at the file, in Vietnamese, and never a stack trace or a .NET exception's text; import writes nothing.
/// </summary>
public sealed class MalformedDocxCommandTests : IDisposable
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);
    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-malformed-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly Lazy<byte[]> Built = new(() =>
        BuiltDocuments.Write(BuiltDocuments.Compose("phuong-hai-duong-2026.yaml").First()));

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var command in new[] { "import", "check" })
        {
            foreach (var i in Enumerable.Range(1, 15))
            {
                data.Add(command, $"cut-{i:00}-of-16", "E302");
            }

            data.Add(command, "no-document-xml", "E303");
            data.Add(command, "entity-bomb", "E306");
            data.Add(command, "doc-renamed", "E301");
            data.Add(command, "part-100-mb", "E305");
        }

        return data;
    }

    private static byte[] Make(string name)
    {
        if (name.StartsWith("cut-", StringComparison.Ordinal))
        {
            var whole = Built.Value;
            return whole[..(int)((long)whole.Length * int.Parse(name[4..6], System.Globalization.CultureInfo.InvariantCulture) / 16)];
        }

        return name switch
        {
            "no-document-xml" => Zip(zip => Text(zip, "word/styles.xml", "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>")),
            "entity-bomb" => Package("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY e \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&e;&e;&e;&e;</w:t></w:r></w:p></w:body></w:document>"),
            "doc-renamed" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[1024]],
            "part-100-mb" => Zip(zip =>
            {
                Rels(zip);
                using var s = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
                var chunk = Encoding.ASCII.GetBytes(new string(' ', 1 << 20));
                for (var i = 0; i < 100; i++)
                {
                    s.Write(chunk);
                }
            }),
            _ => throw new ArgumentException(name),
        };
    }

    private static byte[] Package(string documentXml) => Zip(zip =>
    {
        Rels(zip);
        Text(zip, "word/document.xml", documentXml);
    });

    private static void Rels(ZipArchive zip)
    {
        Text(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        Text(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
    }

    private static byte[] Zip(Action<ZipArchive> fill)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            fill(zip);
        }

        return buffer.ToArray();
    }

    private static void Text(ZipArchive zip, string name, string text)
    {
        using var s = zip.CreateEntry(name).Open();
        s.Write(Encoding.UTF8.GetBytes(text));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_malformed_docx_exits_2_within_2_seconds_with_its_diagnostic(string command, string name, string code)
    {
        var path = Path.Combine(_dir, name + ".docx");
        File.WriteAllBytes(path, Make(name));
        var yaml = Path.Combine(_dir, name + ".yaml");
        string[] args = command == "import" ? ["import", path, "-o", yaml] : ["check", path];

        var clock = Stopwatch.StartNew();
        var run = CliRun.Of(args);
        clock.Stop();

        Assert.True(clock.Elapsed < Budget, $"cchc {command} {name}: {clock.Elapsed}");
        Assert.Equal(2, run.Exit);
        Assert.Contains($"{name}.docx", run.Out, StringComparison.Ordinal);
        Assert.Contains($"lỗi {code}", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.All, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\n\s+at \S+\(", run.All);
        Assert.False(File.Exists(yaml));
    }
}
