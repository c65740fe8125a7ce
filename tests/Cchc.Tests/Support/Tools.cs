using Xunit;

namespace Cchc.Tests.Support;

/// <summary>
/// External programs some tests drive (LibreOffice, poppler, pandoc, clang, node). A test that needs one calls
/// <c>Tools.RequireLibreOffice()</c> (or another Require…) first and is marked <c>[SkippableFact]</c> or
/// <c>[SkippableTheory]</c>: where the program is missing the test reports Skipped with the reason and how to
/// install it, never a silent pass. With CI=true a missing program fails the test instead, so CI cannot skip
/// what it promises to check.
/// </summary>
public static class Tools
{
    /// <summary>Why LibreOffice and poppler cannot run here (soffice, pdftotext, pdfinfo), or null when they can.</summary>
    public static string? LibreOfficeMissing =>
        Missing("LibreOffice (soffice)", "libreoffice-writer-nogui fonts-liberation2", "soffice")
        ?? Missing("poppler (pdftotext, pdfinfo)", "poppler-utils", "pdftotext", "pdfinfo");

    /// <summary>LibreOffice to convert .docx to PDF, and poppler to read the PDF back.</summary>
    public static void RequireLibreOffice() => Require(LibreOfficeMissing);

    public static void RequirePandoc() => Require(Missing("pandoc", "pandoc", "pandoc"));

    /// <summary>clang and the linker Native AOT publishing needs.</summary>
    public static void RequireClang() => Require(Missing("clang (Native AOT)", "clang zlib1g-dev", "clang"));

    public static void RequireNode() => Require(Missing("Node.js (node, npm)", "nodejs npm", "node", "npm"));

    /// <summary>Any other program: <paramref name="what"/> names it for a person, <paramref name="install"/> is its Debian package.</summary>
    public static void Require(string what, string install, params string[] commands) => Require(Missing(what, install, commands));

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The absolute path of <paramref name="command"/> on PATH, or null.</summary>
    public static string? FindOnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, command))
            .FirstOrDefault(File.Exists);

    /// <summary>The skip reason for a missing <paramref name="commands"/>, in Vietnamese, or null when all are on PATH.</summary>
    public static string? Missing(string what, string install, params string[] commands)
    {
        var missing = commands.Where(c => FindOnPath(c) is null).ToList();
        return missing.Count == 0
            ? null
            : $"{what} không có trên máy (thiếu {string.Join(", ", missing)} trong PATH): cài bằng apt-get install {install}";
    }

    private static void Require(string? missing)
    {
        if (missing is null)
        {
            return;
        }

        Assert.False(IsCi, $"CI=true nhưng {missing}");
        throw new SkipException(missing);
    }
}
