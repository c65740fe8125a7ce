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
    private static readonly string[] EdgeValues = ["", "0", "-1", "-2147483648", "2147483647", "99999999999", "abc", "nil", "none", "auto", "1.5"];

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
                    mutated = Checked.Edit(bytes, part, xml => Mutate(xml, random, 1 + random.Next(6)));
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

    private static string Mutate(string xml, Random random, int edits)
    {
        var doc = XDocument.Parse(xml, LoadOptions.PreserveWhitespace);
        var elements = doc.Descendants().Skip(1).ToList();
        for (var i = 0; i < edits && elements.Count > 0; i++)
        {
            var e = elements[random.Next(elements.Count)];
            switch (random.Next(5))
            {
                case 0 when e.Parent is not null:
                    e.Remove();
                    break;
                case 1:
                    e.AddAfterSelf(new XElement(e));
                    break;
                case 2:
                    e.RemoveAttributes();
                    break;
                case 3 when e.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name.Namespace != XNamespace.Xml).ToList() is { Count: > 0 } attributes:
                    attributes[random.Next(attributes.Count)].Value = EdgeValues[random.Next(EdgeValues.Length)];
                    break;
                default:
                    var other = elements[random.Next(elements.Count)];
                    if (other != e && e.Parent is not null && !other.AncestorsAndSelf().Contains(e))
                    {
                        e.Remove();
                        other.Add(e);
                    }

                    break;
            }

            elements = [.. doc.Descendants().Skip(1)];
        }

        return doc.Declaration + doc.Root!.ToString(SaveOptions.DisableFormatting);
    }
}
