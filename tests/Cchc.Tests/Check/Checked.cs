using System.IO.Compression;
using System.Text;
using Cchc.Check;
using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Model;
using Cchc.Tests.Support;
using Cchc.Tests.Word;
using Cchc.Word;
using Cchc.Yaml;
using Xunit;

namespace Cchc.Tests.Check;

/// <summary>Built documents, their XML edited in memory, and what cchc check finds in them.</summary>
internal static class Checked
{
    public static IReadOnlyList<Diagnostic> Check(byte[] docx, string name = "van-ban.docx")
    {
        var read = WordReader.Read(new MemoryStream(docx), name);
        Assert.Empty(read.Diagnostics);
        return DocumentChecker.Check(read.Document!, name);
    }

    /// <summary>The built documents of a plan, by kind: "quyet-dinh" (when the plan has one), "ke-hoach", and "single" (build --single).</summary>
    public static Dictionary<string, byte[]> Built(string plan)
    {
        var path = Path.Combine(RepoPaths.Plans, plan);
        var composed = Composer.Compose(PlanLoader.Load(File.ReadAllText(path), path).Package!, TemplateSet.Builtin);
        Assert.False(composed.HasErrors);
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["ke-hoach"] = BuiltDocuments.Write(composed.Plan),
            ["single"] = BuiltDocuments.Write(composed.Single),
        };
        if (composed.Decision is { } decision)
        {
            result["quyet-dinh"] = BuiltDocuments.Write(decision);
        }

        return result;
    }

    /// <summary>One part's XML as text.</summary>
    public static string PartText(byte[] docx, string part)
    {
        using var input = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var reader = new StreamReader(input.GetEntry(part)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The package with one part's XML edited; the edit must change something.</summary>
    public static byte[] Edit(byte[] docx, string part, Func<string, string> edit)
    {
        using var input = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var buffer = new MemoryStream();
        using (var output = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = reader.ReadToEnd();
                if (entry.FullName == part)
                {
                    var edited = edit(text);
                    // Ordinal: xunit's comparer would call NFD and NFC text equal.
                    Assert.False(string.Equals(text, edited, StringComparison.Ordinal), $"the edit changed nothing in {part}");
                    text = edited;
                }

                using var s = output.CreateEntry(entry.FullName).Open();
                s.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return buffer.ToArray();
    }

    public static IReadOnlySet<string> Codes(IEnumerable<Diagnostic> findings) => findings.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
}
