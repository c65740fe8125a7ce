using Cchc.Composition;
using Cchc.Model.Documents;

namespace Cchc.Cli;

/// <summary>Output file names follow the plan file's name, so a clerk can predict them.</summary>
internal static class OutputNames
{
    public static IEnumerable<(string Path, Document Document)> For(string planFile, string outputDir, ComposeResult composed, bool single)
    {
        var stem = Path.GetFileNameWithoutExtension(planFile);
        if (single)
        {
            yield return (Path.Combine(outputDir, $"{stem}.docx"), composed.Single);
            yield break;
        }

        if (composed.Decision is { } decision)
        {
            yield return (Path.Combine(outputDir, $"{stem}-quyet-dinh.docx"), decision);
        }

        yield return (Path.Combine(outputDir, $"{stem}-ke-hoach.docx"), composed.Plan);
    }
}
