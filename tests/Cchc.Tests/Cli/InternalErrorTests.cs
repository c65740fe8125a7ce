using Cchc.Cli;
using Cchc.Cli.Commands;
using Cchc.Cli.Output;
using Cchc.Pipeline;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Cli;

/// <summary>An unexpected failure in one plan of a folder run is that plan's E206; the other plans are still checked.</summary>
public sealed class InternalErrorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-e206-").FullName;

    public InternalErrorTests()
    {
        foreach (var plan in RepoPaths.PlanFiles)
        {
            File.Copy(plan, Path.Combine(_dir, Path.GetFileName(plan)));
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Victim => Directory.EnumerateFiles(_dir, "*.yaml").Order(StringComparer.Ordinal).ElementAt(1);

    public static TheoryData<Exception> Failures => new()
    {
        new InvalidOperationException("Sequence contains no elements"),
        new ArgumentOutOfRangeException("index", "Index was out of range."),
        new OverflowException("Value was either too large or too small for an Int32."),
        new KeyNotFoundException("The given key was not present in the dictionary."),
        new IOException("Disk exploded"),
    };

    private static void AssertOneLineVietnamese(string output, string victim, Exception failure)
    {
        var line = Assert.Single(output.Split('\n'), l => l.Contains("E206", StringComparison.Ordinal));
        Assert.StartsWith(victim + ": lỗi E206: lỗi nội bộ", line, StringComparison.Ordinal);
        Assert.Contains(failure.GetType().Name, line, StringComparison.Ordinal);
        Assert.Contains("báo lỗi", line, StringComparison.Ordinal);
        Assert.DoesNotContain(failure.Message, output, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public void Validate_reports_the_failing_plan_and_checks_the_others(Exception failure)
    {
        var (io, stdout) = Io();
        var victim = Victim;
        var code = ValidateCommand.Run(io, [_dir], DiagnosticFormat.Human, strict: false, "vi",
            f => f == victim ? throw failure : PlanChecker.Check(f));

        Assert.Equal(ExitCodes.Usage, code);
        AssertOneLineVietnamese(stdout.ToString(), victim, failure);
        Assert.Contains($"Đã kiểm tra {RepoPaths.PlanFiles.Count()} tệp", stdout.ToString(), StringComparison.Ordinal);

        // The other plans' findings are the same as when each is validated alone.
        foreach (var other in Directory.EnumerateFiles(_dir, "*.yaml").Where(f => f != victim))
        {
            foreach (var d in PlanChecker.Check(other).Diagnostics)
            {
                Assert.Contains($"{d.Code}: {d.Message.In("vi")}", stdout.ToString(), StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public void Build_reports_the_failing_plan_and_still_checks_the_others(Exception failure)
    {
        var (io, _) = Io();
        var victim = Victim;
        var output = Path.Combine(_dir, "out");
        var code = BuildCommand.Run(io, new BuildCommand.BuildOptions([_dir], output, false, false, null, "vi"),
            f => f == victim ? throw failure : PlanChecker.Load(f, f));

        Assert.Equal(ExitCodes.Usage, code);
        AssertOneLineVietnamese(io.Err.ToString()!, victim, failure);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output).Any(), "a failed run writes nothing");
    }

    [Fact]
    public void English_with_lang_en()
    {
        var (io, stdout) = Io();
        var victim = Victim;
        ValidateCommand.Run(io, [_dir], DiagnosticFormat.Human, false, "en", f => f == victim ? throw new InvalidOperationException("x") : PlanChecker.Check(f));
        Assert.Contains($"{victim}: error E206: internal error of cchc while processing this file (InvalidOperationException)", stdout.ToString(), StringComparison.Ordinal);
    }

    private static (ConsoleIo Io, StringWriter Out) Io()
    {
        var stdout = new StringWriter();
        return (new ConsoleIo(stdout, new StringWriter()), stdout);
    }
}
