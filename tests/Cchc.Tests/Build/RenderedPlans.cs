using Cchc.Tests.Support;

namespace Cchc.Tests.Build;

/// <summary>
/// The 2026 plan (Quyết định, Kế hoạch with Phụ lục) and the 004 standalone plan built by cchc build and
/// converted to PDF by LibreOffice, once for the rendering tests. Without LibreOffice and poppler nothing is
/// converted and every test reports Skipped with the reason (fails in CI).
/// </summary>
public sealed class RenderedPlans : IDisposable
{
    public const string Ward2026 = "phuong-hai-duong-2026";
    public const string Commune = "xa-tan-minh-2026-2030";

    private readonly BuiltPlans? _built;

    public RenderedPlans()
    {
        if (Tools.LibreOfficeMissing is not null)
        {
            return; // each test reports Skipped (or, in CI, fails) through Tools.RequireLibreOffice
        }

        _built = new BuiltPlans();
        Decision = LibreOffice.ConvertToPdf(_built.DocumentPath(Ward2026, "quyet-dinh"));
        Plan = LibreOffice.ConvertToPdf(_built.DocumentPath(Ward2026, "ke-hoach"));
        Standalone = LibreOffice.ConvertToPdf(_built.DocumentPath(Commune, "ke-hoach"));
    }

    public string Decision { get; } = "";

    public string Plan { get; } = "";

    public string Standalone { get; } = "";

    /// <summary>
    /// The pages' text with every whitespace removed, so a sentence is found however the lines wrap (a line
    /// ending in "2021-" and the next starting "2030" still read "2021-2030").
    /// </summary>
    public static string Compact(string pdf, int first, int last) => Compact(string.Concat(LibreOffice.PdfLines(pdf, first, last)));

    public static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    public void Dispose() => _built?.Dispose();
}
