using System.Text.RegularExpressions;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Redline;

/// <summary>
/// The 2025 → 2026 redline in LibreOffice: accepting every change there and exporting to PDF reads as the 2026
/// plan's PDF, rejecting every change as the 2025 plan's. Texts are compared with whitespace collapsed (line
/// and page breaks, pdftotext's layout spaces).
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class LibreOfficeRedlineTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-redline-lo-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [SkippableFact]
    public void LibreOffice_accepts_to_the_new_plan_and_rejects_to_the_old_one()
    {
        Tools.RequireLibreOffice();

        var old = Redlines.Real("phuong-hai-duong-2025.yaml");
        var @new = Redlines.Real("phuong-hai-duong-2026.yaml");
        var redline = Save("redline.docx", Redlines.Write(old, @new));
        var oldPdf = LibreOffice.ConvertToPdf(Save("old.docx", Redlines.Plain(old)));
        var newPdf = LibreOffice.ConvertToPdf(Save("new.docx", Redlines.Plain(@new)));

        // As is, the redline opens and shows both texts.
        var shown = Text(LibreOffice.ConvertToPdf(redline));
        Assert.Contains("năm 2025", shown, StringComparison.Ordinal);

        using var review = new LibreOfficeReview();
        var accepted = Text(review.ToPdf(redline, Resolution.AcceptAll));
        var rejected = Text(review.ToPdf(redline, Resolution.RejectAll));
        Assert.Equal(Text(newPdf), accepted);
        Assert.Equal(Text(oldPdf), rejected);
        Assert.NotEqual(accepted, rejected);
    }

    private string Save(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Text(string pdf) => Whitespace().Replace(LibreOffice.PdfText(pdf, 1, 9999), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
