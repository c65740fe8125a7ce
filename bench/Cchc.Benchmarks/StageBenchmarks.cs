using BenchmarkDotNet.Attributes;
using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Docx;
using Cchc.Model;
using Cchc.Model.Documents;
using Cchc.Validation;
using Cchc.Yaml;

namespace Cchc.Benchmarks;

/// <summary>Where the time of a build goes: load, validate, compose, write, for a real plan and a large one.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private byte[] _bytes = [];
    private Package _package = null!;
    private ComposeResult _composed = null!;

    /// <summary>A plan file: the real 002 plan, or a generated one (set CCHC_BENCH_PLAN to its path).</summary>
    [Params("plans/phuong-hai-duong-2026.yaml")]
    public string Plan { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable("CCHC_BENCH_PLAN") ?? Path.Combine(RepoRoot(), Plan);
        _bytes = File.ReadAllBytes(path);
        _package = PlanLoader.Load(_bytes, path).Package!;
        _composed = Composer.Compose(_package, TemplateSet.Builtin);
    }

    [Benchmark]
    public Package? Load() => PlanLoader.Load(_bytes, "plan.yaml").Package;

    [Benchmark]
    public int Validate() => PlanValidator.Validate(_package).Count;

    [Benchmark]
    public Document Compose() => Composer.Compose(_package, TemplateSet.Builtin).Plan;

    [Benchmark]
    public long Write()
    {
        using var stream = new MemoryStream();
        DocxWriter.Write(_composed.Plan, stream);
        return stream.Length;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CchcDocGen.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
