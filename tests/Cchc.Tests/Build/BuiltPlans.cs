using Cchc.Model;
using Cchc.Tests.Support;
using Cchc.Yaml;
using Xunit;

namespace Cchc.Tests.Build;

/// <summary>
/// Every plan of plans/ built once by <c>cchc build</c> (in process) into a temporary folder: the usual two
/// files per plan into one folder, and <c>--single</c> into another. Shared by the build tests of a class.
/// </summary>
public sealed class BuiltPlans : IDisposable
{
    public BuiltPlans()
    {
        Directory.CreateDirectory(Folder);
        Split = CliRun.Of(["build", .. PlanStems.Select(PlanFile), "-o", SplitFolder]);
        Single = CliRun.Of(["build", .. PlanStems.Select(PlanFile), "-o", SingleFolder, "--single"]);
    }

    /// <summary>The plan files' names without ".yaml", in file order.</summary>
    public static IReadOnlyList<string> PlanStems { get; } = [.. RepoPaths.PlanFiles.Select(Path.GetFileNameWithoutExtension).OfType<string>()];

    public static IEnumerable<object[]> Stems => PlanStems.Select(s => new object[] { s });

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "cchc-built-" + Guid.NewGuid().ToString("N"));

    public string SplitFolder => Path.Combine(Folder, "split");

    public string SingleFolder => Path.Combine(Folder, "single");

    /// <summary>The run that built every plan into <see cref="SplitFolder"/>.</summary>
    public CliRun Split { get; }

    /// <summary>The run that built every plan with --single into <see cref="SingleFolder"/>.</summary>
    public CliRun Single { get; }

    public static string PlanFile(string stem) => Path.Combine(RepoPaths.Plans, stem + ".yaml");

    /// <summary>The plan as the loader reads it (the real plans have no errors).</summary>
    public static Package Load(string stem)
    {
        var loaded = PlanLoader.LoadFile(PlanFile(stem), PlanFile(stem));
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics.Where(d => d.IsError)));
        return loaded.Package!;
    }

    /// <summary>True when the plan has a Quyết định, so a separate Quyết định file is expected.</summary>
    public static bool HasDecision(string stem) => Load(stem).Decision is not null;

    /// <summary>The files one plan builds to without --single, in the order cchc prints them.</summary>
    public string[] SplitFiles(string stem) => HasDecision(stem)
        ? [Path.Combine(SplitFolder, stem + "-quyet-dinh.docx"), Path.Combine(SplitFolder, stem + "-ke-hoach.docx")]
        : [Path.Combine(SplitFolder, stem + "-ke-hoach.docx")];

    public string SingleFile(string stem) => Path.Combine(SingleFolder, stem + ".docx");

    /// <summary>Every built document: (plan, file name) for each split and single file.</summary>
    public static IEnumerable<object[]> Documents =>
        PlanStems.SelectMany(stem => DocumentsOf(stem).Select(doc => new object[] { stem, doc }));

    /// <summary>"quyet-dinh" (when the plan has one), "ke-hoach" and "single": the documents one plan builds to.</summary>
    public static IEnumerable<string> DocumentsOf(string stem) =>
        HasDecision(stem) ? ["quyet-dinh", "ke-hoach", "single"] : ["ke-hoach", "single"];

    public string DocumentPath(string stem, string doc) =>
        doc == "single" ? SingleFile(stem) : Path.Combine(SplitFolder, $"{stem}-{doc}.docx");

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
