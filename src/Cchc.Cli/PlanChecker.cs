using Cchc.Model;
using Cchc.Validation;
using Cchc.Yaml;

namespace Cchc.Cli;

/// <summary>The outcome of loading and validating one plan file.</summary>
internal sealed record CheckedPlan(string Path, Package? Package, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>Load then validate: the first two stages of the pipeline, with I/O problems turned into diagnostics.</summary>
internal static class PlanChecker
{
    public static CheckedPlan Check(string path) => Check(path, path);

    /// <summary>Reads <paramref name="path"/> but names it <paramref name="displayPath"/> (git hands over temporary copies).</summary>
    public static CheckedPlan Check(string path, string displayPath)
    {
        var loaded = Load(path, displayPath);
        // Semantic rules run only on a structurally sound package, so one typo does not cascade.
        return loaded.Package is { } package ? loaded with { Diagnostics = [.. loaded.Diagnostics, .. PlanValidator.Validate(package)] } : loaded;
    }

    /// <summary>The first stage alone: the package when it is structurally sound, and the loader's diagnostics.</summary>
    public static CheckedPlan Load(string path, string displayPath)
    {
        LoadResult loaded;
        try
        {
            loaded = PlanLoader.LoadFile(path, displayPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new CheckedPlan(displayPath, null, [DiagnosticCatalog.E203.At(SourceSpan.None(displayPath),
                $"không đọc được tệp \"{displayPath}\": {ex.Message}", $"cannot read \"{displayPath}\": {ex.Message}")]);
        }

        return new CheckedPlan(displayPath, loaded.HasErrors ? null : loaded.Package, loaded.Diagnostics);
    }
}
