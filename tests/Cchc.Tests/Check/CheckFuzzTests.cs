using System.Xml.Linq;
using Cchc.Check;
using Cchc.Tests.Word;
using Cchc.Word;
using Xunit;

namespace Cchc.Tests.Check;

/// <summary>
/// The check must not fail on any file the reader accepts: built documents and corpus files with random structural
/// edits to their XML (elements deleted, duplicated, moved, attributes stripped or given edge values).
/// </summary>
public sealed class CheckFuzzTests
{
    public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 24).Select(i => new object[] { i });

    private static List<(string Name, byte[] Bytes)> Sources()
    {
        var built = Checked.Built("phuong-hai-duong-2026.yaml").Select(kv => (kv.Key, kv.Value));
        var corpus = Directory.EnumerateFiles(Corpus.Folder, "*.docx").Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)));
        return [.. built.Concat(corpus)];
    }

    private static readonly Lazy<List<(string Name, byte[] Bytes)>> All = new(Sources);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_check_survives_random_edits_of_the_xml(int seed)
    {
        var random = new Random(seed);
        foreach (var (name, bytes) in All.Value)
        {
            foreach (var part in new[] { "word/document.xml", "word/styles.xml" })
            {
                byte[] mutated;
                try
                {
                    mutated = Checked.Edit(bytes, part, xml => Mutate(xml, random));
                }
                catch (Xunit.Sdk.XunitException)
                {
                    continue; // the part is absent, or the edits happened to cancel out
                }

                var read = WordReader.Read(new MemoryStream(mutated), name);
                if (read.Document is null)
                {
                    continue;
                }

                foreach (var lang in new[] { "vi", "en" })
                {
                    var findings = DocumentChecker.Check(read.Document, name, lang);
                    Assert.All(findings, d => Assert.False(string.IsNullOrWhiteSpace(d.Message.In(lang)), $"{name} {part} seed {seed}: empty message"));
                }
            }
        }
    }

    /// <summary>The fuzz harness's structural edits of the part, 1–6 of them.</summary>
    private static string Mutate(string xml, Random random)
    {
        var doc = XDocument.Parse(xml, LoadOptions.PreserveWhitespace);
        Cchc.Fuzz.Mutators.XmlEdits.Structural(doc, random);
        return doc.Declaration + doc.Root!.ToString(SaveOptions.DisableFormatting);
    }
}
