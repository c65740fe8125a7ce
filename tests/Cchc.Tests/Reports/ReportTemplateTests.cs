using Cchc.Composition;
using Cchc.Composition.Kinds;
using Cchc.Composition.Reports;
using Cchc.Tests.Composition;
using Xunit;

namespace Cchc.Tests.Reports;

/// <summary>The report's wording lives in bao-cao/ templates a user can copy and edit, without burdening plan builds.</summary>
public sealed class ReportTemplateTests : IDisposable
{
    private readonly TemplateFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string[] ReportOnly => [.. ReportKind.Instance.Templates.Where(n => n.StartsWith("bao-cao/", StringComparison.Ordinal))];

    [Fact]
    public void A_folder_copied_before_the_report_existed_still_builds_plans_and_the_report_names_each_missing_template()
    {
        foreach (var name in ReportOnly)
        {
            File.Delete(_folder.PathOf(name));
        }

        var set = _folder.Load();
        Assert.Empty(set.Diagnostics);
        Assert.False(Composer.Compose(SpecExample.Package(), set).HasErrors);

        var report = ReportComposer.Compose(ReportSamples.QuarterOne(), set);
        Assert.True(report.HasErrors);
        Assert.Equal(ReportOnly.Order(StringComparer.Ordinal), report.Diagnostics.Where(d => d.Code == "T003").Select(d => d.Span.File.Replace('\\', '/')[(_folder.Directory.Length + 1)..]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_edited_outline_is_what_the_report_says()
    {
        _folder.Write("bao-cao/body.sbn", "{{ \"I. TỔNG QUAN\" | h1 }}\nĐã hoàn thành {{ counts.done }}/{{ counts.total }} nhiệm vụ.\n{{ for a in areas }}{{ a.title | item }}\n{{ end }}");
        var report = ReportComposer.Compose(ReportSamples.QuarterOne(), _folder.Load());
        Assert.Empty(report.Diagnostics);
        var body = report.Documents[0].Document.Sections[0].Blocks.OfType<Cchc.Model.Documents.Paragraph>()
            .Where(p => p.Style is Cchc.Model.Documents.ParaStyle.Heading1 or Cchc.Model.Documents.ParaStyle.Body or Cchc.Model.Documents.ParaStyle.ListItem)
            .Select(p => (p.Style, p.Text)).ToList();
        Assert.Equal(
        [
            (Cchc.Model.Documents.ParaStyle.Heading1, "I. TỔNG QUAN"),
            (Cchc.Model.Documents.ParaStyle.Body, "Đã hoàn thành 3/7 nhiệm vụ."),
            (Cchc.Model.Documents.ParaStyle.ListItem, "Cải cách thể chế"),
            (Cchc.Model.Documents.ParaStyle.ListItem, "Cải cách thủ tục hành chính"),
            (Cchc.Model.Documents.ParaStyle.ListItem, "Xây dựng chính quyền điện tử, chính quyền số"),
        ], body);
    }

    [Fact]
    public void Every_kind_names_its_file_after_the_source_and_owns_templates_that_exist()
    {
        Assert.Equal(["x-quyet-dinh.docx", "x-ke-hoach.docx", "x-bao-cao.docx"], DocumentKinds.All.Select(k => k.FileName("x")));
        Assert.All(DocumentKinds.All, k => Assert.All(k.Templates, t => Assert.True(File.Exists(Path.Combine(Support.RepoPaths.Root, "templates", t)), t)));
        Assert.All(DocumentKinds.All, k => Assert.Contains(k.Templates, t => t.StartsWith(k.Folder + "/", StringComparison.Ordinal)));
    }
}
