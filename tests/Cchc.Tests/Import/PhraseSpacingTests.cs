using System.Globalization;
using System.IO.Compression;
using System.Text;
using Cchc.Import;
using Cchc.Tests.Word;
using Xunit;

namespace Cchc.Tests.Import;

/// <summary>
/// The Quyết định's fixed phrases — "Nơi nhận:", "Căn cứ", "Theo đề nghị của" — with every space separator
/// (Unicode category Zs), a tab or two spaces between their words, as clerks' Word files have them: the imported
/// plan is the one the evenly spaced document gives.
/// </summary>
public sealed class PhraseSpacingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-spacing-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> Spacings()
    {
        var data = new TheoryData<string>();
        foreach (var c in Enumerable.Range(0, 0x10000).Select(i => (char)i)
                     .Where(c => c != ' ' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator))
        {
            data.Add(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        data.Add("0009");
        data.Add("0020 0020");
        data.Add("00A0 0020");
        return data;
    }

    [Theory]
    [MemberData(nameof(Spacings))]
    public void Phrases_spaced_oddly_import_as_the_evenly_spaced_document(string codes)
    {
        var space = string.Concat(codes.Split(' ').Select(h => (char)int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
        var documents = BuiltDocuments.Compose("phuong-hai-duong-2026.yaml").Select(BuiltDocuments.Write).ToList();
        var even = Import("even", documents[0], documents[1]);
        var odd = Import("odd", Respace(documents[0], space), documents[1]);
        Assert.False(odd.HasErrors, string.Join("\n", odd.Diagnostics.Where(d => d.IsError).Select(d => d.Message.Vi)));
        Assert.Equal(even.Yaml, odd.Yaml);
    }

    private ImportResult Import(string name, byte[] decision, byte[] plan)
    {
        var qd = Path.Combine(_dir, name + "-quyet-dinh.docx");
        var kh = Path.Combine(_dir, name + "-ke-hoach.docx");
        File.WriteAllBytes(qd, decision);
        File.WriteAllBytes(kh, plan);
        return PlanImporter.Import([qd, kh], "plan.yaml");
    }

    /// <summary>The package with <paramref name="space"/> between the words of each fixed phrase in document.xml.</summary>
    private static byte[] Respace(byte[] docx, string space)
    {
        using var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
            {
                xml = reader.ReadToEnd();
            }

            var changed = xml.Replace(">Nơi nhận", $">Nơi{space}nhận", StringComparison.Ordinal)
                .Replace(">Căn cứ ", $">Căn{space}cứ{space}", StringComparison.Ordinal)
                .Replace(">Theo đề nghị của ", $">Theo{space}đề{space}nghị{space}của{space}", StringComparison.Ordinal);
            Assert.NotEqual(xml, changed);
            Assert.Contains($"Nơi{space}nhận", changed, StringComparison.Ordinal);
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
            writer.Write(changed);
        }

        return buffer.ToArray();
    }
}
