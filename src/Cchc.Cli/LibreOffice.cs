using System.Diagnostics;
using Cchc.Model;

namespace Cchc.Cli;

/// <summary>Converts .docx to PDF with LibreOffice (soffice), when it is installed.</summary>
internal static class LibreOffice
{
    public static string? Find()
    {
        foreach (var name in new[] { "soffice", "libreoffice" })
        {
            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Converts each file into <paramref name="outDir"/>; returns the error text, or null on success.</summary>
    public static LocalizedText? ConvertToPdf(string soffice, IReadOnlyList<string> docxFiles, string outDir)
    {
        // A private profile per run: a clerk's open LibreOffice (or a parallel build) would otherwise block the conversion.
        var profile = Path.Combine(Path.GetTempPath(), $"cchc-lo-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var a in new[] { $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", outDir })
            {
                start.ArgumentList.Add(a);
            }

            foreach (var f in docxFiles)
            {
                start.ArgumentList.Add(f);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                return new LocalizedText("LibreOffice không trả lời sau 3 phút", "LibreOffice did not answer within 3 minutes");
            }

            _ = stdout.Result;
            var missing = docxFiles.Select(f => Path.Combine(outDir, Path.ChangeExtension(Path.GetFileName(f), ".pdf"))).Where(p => !File.Exists(p)).ToList();
            return process.ExitCode == 0 && missing.Count == 0 ? null : new LocalizedText($"LibreOffice không chuyển được ({stderr.Trim()})", $"LibreOffice could not convert ({stderr.Trim()})");
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
