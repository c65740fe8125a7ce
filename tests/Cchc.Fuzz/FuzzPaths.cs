namespace Cchc.Fuzz;

public static class FuzzPaths
{
    /// <summary>The repository: the folder above the harness that holds CchcDocGen.sln (else the current folder).</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CchcDocGen.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
