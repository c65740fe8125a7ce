namespace Cchc.Tests.Support;

/// <summary>Finds the repository (and the shared material beside it) from the test's working folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Plans => Path.Combine(Root, "plans");

    public static string Templates => Path.Combine(Root, "templates");

    /// <summary>The project's shared material (specs, seeds) beside the repository, when present.</summary>
    public static string? Shared
    {
        get
        {
            var p = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(p) ? p : null;
        }
    }

    /// <summary>The plans in plans/ (not their status files, *.status.yaml).</summary>
    public static IEnumerable<string> PlanFiles => Directory.EnumerateFiles(Plans, "*.yaml")
        .Where(f => !f.EndsWith(".status.yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CchcDocGen.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CchcDocGen.sln not found above the test folder");
    }
}
