using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Docx;
using Cchc.Model;
using Cchc.Redline;
using Cchc.Tests.Diff;
using Xunit;
using M = Cchc.Model.Documents;

namespace Cchc.Tests.Redline;

/// <summary>Redlines and plain builds of plan pairs, as .docx bytes, with the built-in wording.</summary>
internal static class Redlines
{
    public static M.Document Compose(Package oldPlan, Package newPlan)
    {
        var result = RedlineComposer.Compose(oldPlan, newPlan, TemplateSet.Builtin);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Where(d => d.IsError).Select(d => d.Message.Vi)));
        return result.Document!;
    }

    public static byte[] Write(Package oldPlan, Package newPlan) => Write(Compose(oldPlan, newPlan));

    public static byte[] Write(M.Document document)
    {
        using var output = new MemoryStream();
        DocxWriter.Write(document, output);
        return output.ToArray();
    }

    /// <summary>The Kế hoạch with its appendices as <c>cchc build</c> writes it.</summary>
    public static byte[] Plain(Package plan)
    {
        var composed = Composer.Compose(plan, TemplateSet.Builtin);
        Assert.False(composed.HasErrors);
        return Write(composed.Plan);
    }

    public static Package Real(string file) => DiffFixtures.Load(DiffFixtures.RealPlan(file));

    public static Package Yaml(string yaml, string name) => DiffFixtures.Parse(yaml, name);
}
