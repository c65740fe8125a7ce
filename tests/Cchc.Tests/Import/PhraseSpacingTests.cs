using System.Globalization;
using System.IO.Compression;
using System.Text;
using Cchc.Import;
using Cchc.Tests.Word;
using Xunit;

namespace Cchc.Tests.Import;

/// <summary>
/// The fixed phrases — the Quyết định's "Nơi nhận:", "Căn cứ", "Theo đề nghị của", the Kế hoạch's and Phụ lục's
/// "(Kèm theo Quyết định số", "(Kèm theo Kế hoạch số" — with every space separator
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
        var odd = Import("odd", Respace(documents[0], space, DecisionPhrases), Respace(documents[1], space, PlanPhrases));
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

    private static readonly string[] DecisionPhrases = [">Nơi nhận", ">Căn cứ ", ">Theo đề nghị của "];

    /// <summary>The Kế hoạch's and its Phụ lục's "(Kèm theo Quyết định số …" and "(Kèm theo Kế hoạch số …" lines.</summary>
    private static readonly string[] PlanPhrases = [">(Kèm theo Quyết định số", ">(Kèm theo Kế hoạch số"];

    /// <summary>The package with <paramref name="space"/> between the words of each fixed phrase in document.xml.</summary>
    private static byte[] Respace(byte[] docx, string space, string[] phrases)
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

            var changed = phrases.Aggregate(xml, (x, phrase) => x.Replace(phrase, phrase.Replace(" ", space, StringComparison.Ordinal), StringComparison.Ordinal));
            Assert.Contains(phrases[0].Replace(" ", space, StringComparison.Ordinal), changed, StringComparison.Ordinal);

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
            writer.Write(changed);
        }

        return buffer.ToArray();
    }
}
