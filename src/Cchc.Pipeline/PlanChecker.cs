using Cchc.Model;
using Cchc.Validation;
using Cchc.Yaml;

namespace Cchc.Pipeline;

/// <summary>The outcome of loading and validating one plan file.</summary>
public sealed record CheckedPlan(string Path, Package? Package, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>Load then validate: the first two stages of the pipeline, with I/O problems turned into diagnostics.</summary>
public static class PlanChecker
{
    public static CheckedPlan Check(string path) => Check(path, path);

    /// <summary>Reads <paramref name="path"/> but names it <paramref name="displayPath"/> (git hands over temporary copies).</summary>
    public static CheckedPlan Check(string path, string displayPath)
    {
        var loaded = Read(path, displayPath);
        // Every rule runs on whatever could be read, so one run lists every problem; a package with errors is not handed on.
        var diagnostics = loaded.Package is { } package ? InFileOrder([.. loaded.Diagnostics, .. PlanValidator.Validate(package)]) : loaded.Diagnostics;
        return new CheckedPlan(displayPath, loaded.HasErrors ? null : loaded.Package, diagnostics);
    }

    /// <summary>
    /// The first stage alone: the package when it loaded without error (the caller validates it), else no package and
    /// the loader's findings together with those of every rule on what could be read.
    /// </summary>
    public static CheckedPlan Load(string path, string displayPath)
    {
        var loaded = Read(path, displayPath);
        if (!loaded.HasErrors || loaded.Package is not { } partial)
        {
            return new CheckedPlan(displayPath, loaded.HasErrors ? null : loaded.Package, loaded.Diagnostics);
        }

        return new CheckedPlan(displayPath, null, InFileOrder([.. loaded.Diagnostics, .. PlanValidator.Validate(partial)]));
    }

    /// <summary>The loader's and the rules' findings merged in the order of the file (stable for findings at one place).</summary>
    private static List<Diagnostic> InFileOrder(List<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column)];

    private static LoadResult Read(string path, string displayPath)
    {
        try
        {
            return PlanLoader.LoadFile(path, displayPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var (vi, en) = IoReason.Of(ex, path);
            return new LoadResult(null, [DiagnosticCatalog.E203.At(SourceSpan.None(displayPath),
                $"không đọc được tệp \"{displayPath}\": {vi} ({ex.GetType().Name})", $"cannot read \"{displayPath}\": {en} ({ex.GetType().Name})")]);
        }
    }
}
