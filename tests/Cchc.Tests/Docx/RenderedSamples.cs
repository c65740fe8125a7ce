using Cchc.Tests.Support;

namespace Cchc.Tests.Docx;

/// <summary>
/// The sample documents written once and converted to PDF by LibreOffice, shared by the rendering tests.
/// Without LibreOffice the fixture fails every test in CI (CI=true) and otherwise records why it cannot run.
/// </summary>
public sealed class RenderedSamples : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cchc-render-" + Guid.NewGuid().ToString("N"));

    public RenderedSamples()
    {
        Unavailable = LibreOffice.MissingTools();
        if (Unavailable is not null)
        {
            if (LibreOffice.IsCi)
            {
                throw new InvalidOperationException($"CI=true but the rendering tests cannot run. {Unavailable}");
            }

            return;
        }

        Directory.CreateDirectory(_directory);
        DecisionPackage = Render("decision-package");
        StandalonePlan = Render("standalone-plan");
        AppendixOnly = Render("appendix-only");
    }

    /// <summary>Why rendering is not possible on this machine, or null.</summary>
    public string? Unavailable { get; }

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
