using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Build;

/// <summary>
/// What a clerk relies on: the same plan gives the same bytes; a plan with an error, or a folder cchc cannot
/// write to, leaves every existing document as it was, with no temporary files and no stack trace.
/// </summary>
public sealed class BuildSafetyTests(BuiltPlans built) : IClassFixture<BuiltPlans>, IDisposable
{
    private const string Standalone = "xa-tan-minh-2026-2030";
    private const string WithDecision = "phuong-hai-duong-2026";
    private static readonly byte[] OldDocument = "an earlier build, to be kept"u8.ToArray();

    private readonly string _folder = Directory.CreateTempSubdirectory("cchc-safety-").FullName;

    [Fact]
    public void Building_again_gives_identical_bytes()
    {
        var again = Path.Combine(_folder, "again");
        var run = CliRun.Of(["build", .. BuiltPlans.PlanStems.Select(BuiltPlans.PlanFile), "-o", again]);
        Assert.True(run.Exit == 0, run.All);

        var files = BuiltPlans.PlanStems.SelectMany(built.SplitFiles).ToList();
        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.True(
            File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again, Path.GetFileName(file)))),
            $"{Path.GetFileName(file)} differs between two builds."));
    }

    [Fact]
    public void Rebuilding_leaves_unchanged_documents_alone_and_replaces_changed_ones()
    {
        var plan = Path.Combine(_folder, "ke-hoach.yaml");
        File.Copy(BuiltPlans.PlanFile(WithDecision), plan);
        var output = Path.Combine(_folder, "out");
        Assert.Equal(0, CliRun.Of("build", plan, "-o", output).Exit);
        var decision = Path.Combine(output, "ke-hoach-quyet-dinh.docx");
        var kehoach = Path.Combine(output, "ke-hoach-ke-hoach.docx");
        var earlier = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(decision, earlier);
        File.SetLastWriteTimeUtc(kehoach, earlier);
        var before = File.ReadAllBytes(kehoach);

        var run = CliRun.Of("build", plan, "-o", output);
        Assert.Equal(0, run.Exit);
        Assert.Equal([decision, kehoach], run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Path.GetFullPath));
        Assert.Equal(earlier, File.GetLastWriteTimeUtc(decision));
        Assert.Equal(earlier, File.GetLastWriteTimeUtc(kehoach));

        // The 2026 plan's Kế hoạch number changes; the Quyết định cites it, so both change.
        File.WriteAllText(plan, File.ReadAllText(plan).Replace("2026", "2027", StringComparison.Ordinal));
        Assert.Equal(0, CliRun.Of("build", plan, "-o", output).Exit);
        Assert.NotEqual(earlier, File.GetLastWriteTimeUtc(kehoach));
        Assert.False(before.AsSpan().SequenceEqual(File.ReadAllBytes(kehoach)));
        Assert.Equal([kehoach, decision], Directory.GetFiles(output).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_plan_with_an_error_exits_1_and_leaves_the_existing_documents_untouched()
    {
        var plan = BrokenCopy(WithDecision, "loi");
        var existing = new[] { Path.Combine(_folder, "loi-quyet-dinh.docx"), Path.Combine(_folder, "loi-ke-hoach.docx") };
        existing.ToList().ForEach(f => File.WriteAllBytes(f, OldDocument));

        var run = CliRun.Of("build", plan, "-o", _folder);

        Assert.Equal(1, run.Exit);
        Assert.Contains("E001", run.Err, StringComparison.Ordinal);
        Assert.Contains("Không ghi văn bản nào", run.Err, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
        Assert.All(existing, f => Assert.Equal(OldDocument, File.ReadAllBytes(f)));
        Assert.Equal(existing.Append(plan).Order(StringComparer.Ordinal), Directory.GetFiles(_folder).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void When_the_second_plan_has_an_error_the_first_is_not_written_either()
    {
        var good = Path.Combine(_folder, "tot.yaml");
        File.Copy(BuiltPlans.PlanFile(Standalone), good);
        var bad = BrokenCopy(Standalone, "xau");
        var output = Path.Combine(_folder, "out");

        var run = CliRun.Of("build", good, bad, "-o", output);

        Assert.Equal(1, run.Exit);
        Assert.Equal("", run.Out);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any(), "Something was written.");
    }

    [Fact]
    public void An_output_folder_under_a_file_gives_E205_and_exit_2_not_a_crash()
    {
        var file = Path.Combine(_folder, "not-a-folder");
        File.WriteAllBytes(file, OldDocument);

        var run = CliRun.Of("build", BuiltPlans.PlanFile(Standalone), "-o", Path.Combine(file, "out"));

        Assert.Equal(2, run.Exit);
        Assert.Contains("lỗi E205: không ghi được tệp", run.Err, StringComparison.Ordinal);
        Assert.Contains("Không ghi văn bản nào.", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.All, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
        Assert.Equal(OldDocument, File.ReadAllBytes(file));
    }

    [Fact]
    public void A_folder_with_a_documents_name_stops_the_build_before_any_document_is_replaced()
    {
        var decision = Path.Combine(_folder, WithDecision + "-quyet-dinh.docx");
        File.WriteAllBytes(decision, OldDocument);
        var clash = Directory.CreateDirectory(Path.Combine(_folder, WithDecision + "-ke-hoach.docx")).FullName;

        var run = CliRun.Of("build", BuiltPlans.PlanFile(WithDecision), "-o", _folder, "--lang", "en");

        Assert.Equal(2, run.Exit);
        Assert.Contains("error E205: cannot write", run.Err, StringComparison.Ordinal);
        Assert.Contains(WithDecision + "-ke-hoach.docx", run.Err, StringComparison.Ordinal);
        Assert.Equal(OldDocument, File.ReadAllBytes(decision));
        Assert.Empty(Directory.EnumerateFileSystemEntries(clash));
        Assert.Equal([decision], Directory.GetFiles(_folder));
    }

    [SkippableFact]
    public void A_plan_file_that_cannot_be_read_gives_E203_and_exit_2_like_validate()
    {
        // A file every Linux has that exists but fails with EIO when read; CI runs on Linux.
        const string unreadable = "/proc/self/mem";
        Skip.IfNot(OperatingSystem.IsLinux(), "cần /proc/self/mem của Linux");

        var run = CliRun.Of("build", unreadable, BuiltPlans.PlanFile(Standalone), "-o", _folder);

        Assert.Equal(2, run.Exit);
        Assert.Contains("lỗi E203", run.Err, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A copy of a real plan with an unknown top-level key (E001) added at the end.</summary>
    private string BrokenCopy(string stem, string name)
    {
        var path = Path.Combine(_folder, name + ".yaml");
        File.WriteAllText(path, File.ReadAllText(BuiltPlans.PlanFile(stem)) + "\nkhoa_la: 1\n");
        return path;
    }
}
