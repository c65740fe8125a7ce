using Cchc.Tests.Support;

namespace Cchc.Tests.Docx;

/// <summary>
/// The sample documents written once and converted to PDF by LibreOffice, shared by the rendering tests.
/// Without LibreOffice nothing is converted and every test reports Skipped with the reason (fails in CI).
/// </summary>
public sealed class RenderedSamples : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cchc-render-" + Guid.NewGuid().ToString("N"));

    public RenderedSamples()
    {
        if (Tools.LibreOfficeMissing is not null)
        {
            return; // each test reports Skipped (or, in CI, fails) through Tools.RequireLibreOffice
        }

        Directory.CreateDirectory(_directory);
        DecisionPackage = Render("decision-package");
        StandalonePlan = Render("standalone-plan");
        AppendixOnly = Render("appendix-only");
    }

    public string DecisionPackage { get; } = "";

    public string StandalonePlan { get; } = "";

    public string AppendixOnly { get; } = "";

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private string Render(string name)
    {
        var docx = Path.Combine(_directory, name + ".docx");
        File.WriteAllBytes(docx, WrittenDocx.Write(SampleDocuments.Named(name)));
        return LibreOffice.ConvertToPdf(docx);
    }
}
