using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Cchc.Tests.Support;

/// <summary>
/// LibreOffice and poppler as a real client: converts .docx to PDF and reads the PDF back. Each conversion
/// gets its own LibreOffice user profile so parallel conversions do not share (and lock) one. Tests that use it
/// call <see cref="Tools.RequireLibreOffice"/> first.
/// </summary>
internal static partial class LibreOffice
{
    private static readonly TimeSpan ConversionTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(1);
    /// <summary>Converts <paramref name="docx"/> to a PDF beside it and returns the PDF's path.</summary>
    public static string ConvertToPdf(string docx) => Convert(docx, "pdf", Path.GetDirectoryName(Path.GetFullPath(docx))!);

    /// <summary>
    /// Converts <paramref name="input"/> with a LibreOffice filter (<c>pdf</c>, <c>csv:…</c>, <c>xlsx</c>) into
    /// <paramref name="outDir"/> and returns the output's path (the input's name with the filter's extension).
    /// </summary>
    public static string Convert(string input, string filter, string outDir)
    {
        var profile = Path.Combine(Path.GetTempPath(), "cchc-lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exit, stdout, stderr) = Run("soffice", ConversionTimeout,
                "--headless", "--norestore", $"-env:UserInstallation={new Uri(profile).AbsoluteUri}",
                "--convert-to", filter, "--outdir", outDir, input);
            var output = Path.Combine(outDir, Path.GetFileNameWithoutExtension(input) + "." + filter.Split(':')[0]);
            if (exit != 0 || !File.Exists(output))
            {
                throw new InvalidOperationException($"soffice did not convert {input} (exit {exit}):{Environment.NewLine}{stdout}{stderr}");
            }

            return output;
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }

    /// <summary>The text of pages <paramref name="first"/>..<paramref name="last"/> (1-based), laid out as on the page.</summary>
    public static string PdfText(string pdf, int first, int last)
    {
        var (exit, stdout, stderr) = Run("pdftotext", ToolTimeout, "-layout", "-enc", "UTF-8",
            "-f", first.ToString(CultureInfo.InvariantCulture), "-l", last.ToString(CultureInfo.InvariantCulture), pdf, "-");
        return exit == 0 ? stdout : throw new InvalidOperationException($"pdftotext failed on {pdf}: {stderr}");
    }

    /// <summary>The lines of pages <paramref name="first"/>..<paramref name="last"/> as laid out on the page, in NFC.</summary>
    public static List<string> PdfLines(string pdf, int first, int last) =>
        [.. Cchc.Model.Diacritics.Compose(PdfText(pdf, first, last)).Split('\n')];

    /// <summary>The 1-based number of the first landscape page, or 0 when every page is portrait.</summary>
    public static int FirstLandscapePage(IReadOnlyList<(double Width, double Height)> sizes) =>
        sizes.ToList().FindIndex(s => s.Width > s.Height) + 1;

    /// <summary>Each page's width and height in points.</summary>
    public static IReadOnlyList<(double Width, double Height)> PageSizes(string pdf)
    {
        var (exit, stdout, stderr) = Run("pdfinfo", ToolTimeout, "-f", "1", "-l", "9999", pdf);
        if (exit != 0)
        {
            throw new InvalidOperationException($"pdfinfo failed on {pdf}: {stderr}");
        }

        return [.. PageSizeLine().Matches(stdout).Select(m => (
            double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))];
    }

    /// <summary>A word on a PDF page and its box in points (origin top left).</summary>
    public sealed record PdfWord(int Page, double Left, double Top, double Right, double Bottom, string Text);

    /// <summary>Every word of the PDF with its box (pdftotext -bbox), in NFC.</summary>
    public static List<PdfWord> PdfWords(string pdf)
    {
        var (exit, stdout, stderr) = Run("pdftotext", ToolTimeout, "-bbox", "-enc", "UTF-8", pdf, "-");
        if (exit != 0)
        {
            throw new InvalidOperationException($"pdftotext failed on {pdf}: {stderr}");
        }

        var words = new List<PdfWord>();
        var page = 0;
        foreach (var line in stdout.Split('\n'))
        {
            if (line.Contains("<page ", StringComparison.Ordinal))
            {
                page++;
            }
            else if (WordBox().Match(line) is { Success: true } m)
            {
                double At(int g) => double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
                words.Add(new PdfWord(page, At(1), At(2), At(3), At(4), Cchc.Model.Diacritics.Compose(System.Net.WebUtility.HtmlDecode(m.Groups[5].Value))));
            }
        }

        return words;
    }

    [GeneratedRegex(@"<word xMin=""([\d.]+)"" yMin=""([\d.]+)"" xMax=""([\d.]+)"" yMax=""([\d.]+)"">([^<]*)</word>")]
    private static partial Regex WordBox();

    [GeneratedRegex(@"^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts", RegexOptions.Multiline)]
    private static partial Regex PageSizeLine();

    internal static (int Exit, string Stdout, string Stderr) Run(string tool, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(Tools.FindOnPath(tool) ?? tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish within {timeout.TotalSeconds} s.");
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
