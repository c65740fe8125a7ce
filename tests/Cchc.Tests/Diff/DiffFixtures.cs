using Cchc.Cli;
using Cchc.Diff;
using Cchc.Model;
using Cchc.Tests.Support;
using Cchc.Yaml;
using Xunit;

namespace Cchc.Tests.Diff;

/// <summary>Plans parsed for the diff tests (their YAML from <see cref="PlanYaml"/>), the real plans, and the CLI run in-process.</summary>
internal static class DiffFixtures
{
    public static string RealPlan(string name) => Path.Combine(RepoPaths.Plans, name);

    public static Package Load(string path)
    {
        var loaded = PlanLoader.LoadFile(path, path);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics.Select(d => d.Message.Vi)));
        return loaded.Package!;
    }

    public static Package Parse(string yaml, string path = "test.yaml")
    {
        var loaded = PlanLoader.Load(yaml, path);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics.Select(d => $"{d.Span}: {d.Message.Vi}")));
        return loaded.Package!;
    }

    public static PlanDiff Compare(string oldYaml, string newYaml) => PlanDiffer.Compare(Parse(oldYaml, "old.yaml"), Parse(newYaml, "new.yaml"));

    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
