using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Model;
using Cchc.Validation;

namespace Cchc.Pipeline;

/// <summary>What <c>cchc build</c> does with its arguments: plan files, where their documents go, the wording.</summary>
public sealed record BuildRequest(IReadOnlyList<string> Files, string OutputDir, bool Single, TemplateSet Templates)
{
    /// <summary>The per-plan first step (a test replaces it); a failure anywhere in one plan's build is that plan's E206.</summary>
    public Func<string, CheckedPlan> Load { get; init; } = file => PlanChecker.Load(file, file);
}

/// <summary>
/// The build pipeline as one call: load → validate → compose → write, in memory. The CLI, the tests and a preview
/// call this; only <see cref="BuildResult.Write"/> touches the disk.
/// </summary>
public static class BuildPipeline
{
    /// <summary>Plans are independent: they are built in parallel and reported in the order given.</summary>
    public static BuildResult Build(BuildRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var results = new SourceBuild[request.Files.Count];
        Parallel.For(0, results.Length, i => results[i] = InternalError.Guard(request.Files[i], f => BuildOne(f, request),
            d => new SourceBuild(request.Files[i], [d], [])));
        return new BuildResult(results);
    }

    /// <summary>
    /// Loads, validates, composes and writes one plan in memory. Composing and writing only read the plan, so
    /// they run while it is validated; a plan with errors drops them without waiting.
    /// </summary>
    private static SourceBuild BuildOne(string file, BuildRequest request)
    {
        var loaded = request.Load(file);
        if (loaded.Package is not { } package)
        {
            return new SourceBuild(file, loaded.Diagnostics, []);
        }

        var rendering = Task.Run(() => Render(file, package, request));
        var diagnostics = new List<Diagnostic>([.. loaded.Diagnostics, .. PlanValidator.Validate(package)]);
        if (diagnostics.Any(d => d.IsError))
        {
            return new SourceBuild(file, diagnostics, []);
        }

        var rendered = rendering.GetAwaiter().GetResult();
        return rendered with { Diagnostics = [.. diagnostics, .. rendered.Diagnostics] };
    }

    private static SourceBuild Render(string file, Package package, BuildRequest request)
    {
        var composed = Composer.Compose(package, request.Templates);
        return composed.HasErrors
            ? new SourceBuild(file, composed.Diagnostics, [])
            : new SourceBuild(file, composed.Diagnostics, DocumentOutput.Write(composed, file, request.OutputDir, request.Single));
    }
}
