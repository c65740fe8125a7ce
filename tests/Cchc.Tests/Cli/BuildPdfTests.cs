using Cchc.Cli;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Cli;

public sealed class BuildPdfTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("cchc-pdf-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public void Pdf_without_LibreOffice_exits_2_with_a_clear_message_and_writes_nothing()
    {
        var emptyPath = Directory.CreateTempSubdirectory("cchc-nopath-").FullName;
        var run = CliProcess.Run(new Dictionary<string, string> { ["PATH"] = emptyPath },
            "build", Path.Combine(RepoPaths.Plans, "phuong-hai-duong-2026.yaml"), "-o", _out, "--pdf");
        Directory.Delete(emptyPath);
        Assert.Equal(ExitCodes.Usage, run.Exit);
        Assert.Contains("--pdf cần LibreOffice", run.Err);
        Assert.Contains("apt-get install libreoffice-writer-nogui", run.Err);
        Assert.DoesNotContain("   at ", run.All);
        Assert.Empty(Directory.GetFiles(_out));
    }

    [SkippableFact]
    [Trait("Category", "Slow")]
    public void Pdf_with_LibreOffice_writes_a_pdf_beside_each_document()
    {
        Tools.RequireLibreOffice();

        var run = CliRun.Of("build", Path.Combine(RepoPaths.Plans, "phuong-ha-tu-2025.yaml"), "-o", _out, "--pdf");
        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.True(File.Exists(Path.Combine(_out, "phuong-ha-tu-2025-quyet-dinh.pdf")), run.All);
        Assert.True(File.Exists(Path.Combine(_out, "phuong-ha-tu-2025-ke-hoach.pdf")), run.All);
    }
}
