using Xunit;

namespace Cchc.Tests.Support;

/// <summary>
/// A python3 for the test tools of tests/tools (nd30check.py, make_faulty.py). The first python3 on PATH may be a
/// version manager's without the Debian modules, so every python3 on PATH (and /usr/bin/python3) is tried for the
/// modules asked for. Missing: the test is skipped with how to install them, or fails with CI=true.
/// </summary>
public static class Python
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(30);

    public static string Require(string module, string debianPackage)
    {
        var found = Candidates().FirstOrDefault(p => LibreOffice.Run(p, ProbeTimeout, "-c", "import " + module).Exit == 0);
        if (found is not null)
        {
            return found;
        }

        var missing = $"không có python3 nào có mô-đun {module} trong PATH: cài bằng apt-get install {debianPackage}";
        Assert.False(Tools.IsCi, "CI=true nhưng " + missing);
        throw new SkipException(missing);
    }

    /// <summary>Runs a script of tests/tools with <paramref name="python"/>.</summary>
    public static (int Exit, string Stdout, string Stderr) Tool(string python, string script, params string[] arguments) =>
        LibreOffice.Run(python, TimeSpan.FromMinutes(2), [Path.Combine(RepoPaths.Root, "tests", "tools", script), .. arguments]);

    private static IEnumerable<string> Candidates() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "python3")).Append("/usr/bin/python3").Where(File.Exists).Distinct();
}
