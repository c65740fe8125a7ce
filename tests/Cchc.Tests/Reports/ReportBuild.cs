using Cchc.Composition.Reports;
using Cchc.Composition.Templates;
using Cchc.Pipeline;
using Xunit;

namespace Cchc.Tests.Reports;

/// <summary>Composes facts with the built-in wording and writes them through the pipeline's write stage, as <c>cchc report</c> will.</summary>
internal static class ReportBuild
{
    public static byte[] Bytes(ReportFacts facts)
    {
        var composed = ReportComposer.Compose(facts, TemplateSet.Builtin);
        Assert.Empty(composed.Diagnostics);
        var written = Assert.Single(DocumentOutput.Write(composed, "phuong-hai-duong-2026.yaml", "out", single: false));
        Assert.Equal(Path.Combine("out", "phuong-hai-duong-2026-bao-cao.docx"), written.Path);
        return written.Bytes;
    }

    /// <summary>Writes the report into <paramref name="folder"/> and returns its path.</summary>
    public static string File(ReportFacts facts, string folder, string name)
    {
        var path = Path.Combine(folder, name + ".docx");
        System.IO.File.WriteAllBytes(path, Bytes(facts));
        return path;
    }
}
