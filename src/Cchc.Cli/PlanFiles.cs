using Cchc.Model;

namespace Cchc.Cli;

/// <summary>Turns command-line paths into plan files: files as given, folders searched recursively for *.yaml and *.yml
/// except status files (*.status.yaml, *.status.yml), which sit beside their plans and are not plans.</summary>
internal static class PlanFiles
{
    public static (List<string> Files, List<Diagnostic> Problems) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var problems = new List<Diagnostic>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Where(f => !IsStatusFile(f))
                    .Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0)
                {
                    problems.Add(DiagnosticCatalog.E202.At(SourceSpan.None(path), $"thư mục \"{path}\" không có tệp kế hoạch nào (*.yaml, *.yml)",
                        $"the folder \"{path}\" holds no plan files (*.yaml, *.yml)"));
                }

                files.AddRange(found);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                problems.Add(DiagnosticCatalog.E201.At(SourceSpan.None(path), $"không tìm thấy tệp hoặc thư mục \"{path}\"",
                    $"no such file or folder \"{path}\""));
            }
        }

        return (files, problems);
    }

    public static bool IsStatusFile(string path) =>
        Path.GetFileNameWithoutExtension(path).EndsWith(".status", StringComparison.OrdinalIgnoreCase);
}
