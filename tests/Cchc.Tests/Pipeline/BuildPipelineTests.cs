using Cchc.Composition.Kinds;
using Cchc.Composition.Templates;
using Cchc.Pipeline;
using Cchc.Tests.Build;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Pipeline;

/// <summary>The build as a library call: what cchc build writes, without the CLI, in memory until written.</summary>
public sealed class BuildPipelineTests(BuiltPlans built) : IClassFixture<BuiltPlans>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-pipeline-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static BuildResult Build(IReadOnlyList<string> files, string output, bool single = false) =>
        BuildPipeline.Build(new BuildRequest(files, output, single, TemplateSet.Builtin));

    [Fact]
    public void The_library_call_gives_the_bytes_the_CLI_writes_for_every_plan_and_kind()
    {
        Assert.Equal(0, built.Split.Exit);
        var result = Build([.. BuiltPlans.PlanStems.Select(BuiltPlans.PlanFile)], built.SplitFolder);
        Assert.False(result.HasErrors);
        Assert.Equal(BuiltPlans.PlanStems, result.Sources.Select(s => Path.GetFileNameWithoutExtension(s.File)));
        foreach (var source in result.Sources)
        {
            var stem = Path.GetFileNameWithoutExtension(source.File);
            PackageKind[] kinds = BuiltPlans.HasDecision(stem) ? [DocumentKinds.Decision, DocumentKinds.Plan] : [DocumentKinds.Plan];
            Assert.Equal(kinds, source.Documents.Select(d => d.Kind));
            foreach (var document in source.Documents)
            {
                Assert.Equal(Path.Combine(built.SplitFolder, document.Kind!.FileName(stem)), document.Path);
                Assert.Equal(File.ReadAllBytes(document.Path), document.Bytes);
            }
        }
    }

    [Fact]
    public void Single_gives_one_document_of_no_kind_named_after_the_plan()
    {
        var file = BuiltPlans.PlanFile(Built2026Stem);
        var document = Assert.Single(Assert.Single(Build([file], built.SingleFolder, single: true).Sources).Documents);
        Assert.Null(document.Kind);
        Assert.Equal(File.ReadAllBytes(built.SingleFile(Built2026Stem)), document.Bytes);
    }

    [Fact]
    public void Nothing_is_on_disk_before_Write_and_a_build_with_errors_cannot_be_written()
    {
        var good = BuiltPlans.PlanFile(Built2026Stem);
        var bad = Path.Combine(_dir, "xau.yaml");
        File.WriteAllText(bad, File.ReadAllText(good) + "\nkhong_co_khoa_nay: 1\n");
        var output = Path.Combine(_dir, "out");

        var result = Build([good, bad], output);
        Assert.False(Directory.Exists(output));
        Assert.True(result.HasErrors);
        Assert.False(result.Sources[0].HasErrors);
        Assert.Contains(result.Sources[1].Diagnostics, d => d.Code == "E001");
        Assert.Empty(result.Sources[1].Documents);
        Assert.Throws<InvalidOperationException>(() => result.Write());
        Assert.False(Directory.Exists(output));

        var fine = Build([good], output);
        Assert.Null(fine.Write());
        Assert.Equal(fine.Documents.Select(d => d.Path).Order(StringComparer.Ordinal), Directory.GetFiles(output).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_failure_inside_one_plan_is_its_E206_and_the_others_still_build()
    {
        var good = BuiltPlans.PlanFile(Built2026Stem);
        var request = new BuildRequest([good, "no.yaml"], _dir, false, TemplateSet.Builtin)
        {
            Load = f => f == "no.yaml" ? throw new InvalidOperationException("boom") : PlanChecker.Load(f, f),
        };
        var result = BuildPipeline.Build(request);
        Assert.NotEmpty(result.Sources[0].Documents);
        var e206 = Assert.Single(result.Sources[1].Diagnostics);
        Assert.Equal("E206", e206.Code);
        Assert.DoesNotContain("boom", e206.Message.Vi + e206.Message.En, StringComparison.Ordinal);
    }

    private const string Built2026Stem = "phuong-hai-duong-2026";
}
