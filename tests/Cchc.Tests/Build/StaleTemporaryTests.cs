using System.Diagnostics;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Build;

/// <summary>A build removes the temporaries a killed build left in its output folder, and nothing else.</summary>
public sealed class StaleTemporaryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-stale-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static int DeadPid()
    {
        using var p = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        p.WaitForExit();
        return p.Id;
    }

    [Fact]
    public void Stale_temporaries_go_and_every_other_file_stays()
    {
        var dead = DeadPid();
        var stale = new[] { $".phuong-hai-duong-2026-ke-hoach.docx.{dead}.tmp", $".ke hoạch cũ.docx.{dead}.tmp", $".x.docx.{dead + 1_000_000}.tmp" };
        var ownRun = $".khac.docx.{Environment.ProcessId}.tmp"; // this process is alive: its build may still be writing
        var alive = ".dang-ghi.docx.1.tmp"; // PID 1 runs
        var oldAlive = ".cu-qua.docx.1.tmp";
        var others = new[]
        {
            $".ghi-chu.txt.{dead}.tmp", $"phuong.docx.{dead}.tmp", ".phuong.docx.tmp", $".phuong.docx.{dead}.tmp.bak",
            $".phuong.docx.abc.tmp", "ke-hoach.docx", $".phuong.yaml.{dead}.tmp",
        };
        foreach (var name in stale.Concat(others).Append(ownRun).Append(alive).Append(oldAlive))
        {
            File.WriteAllText(Path.Combine(_dir, name), "x");
        }

        File.SetLastWriteTimeUtc(Path.Combine(_dir, oldAlive), DateTime.UtcNow.AddDays(-2));

        var run = CliProcess.Run(null, "build", Path.Combine(RepoPaths.Plans, "phuong-hai-duong-2026.yaml"), "-o", _dir);

        Assert.Equal(0, run.Exit);
        var left = Directory.EnumerateFiles(_dir).Select(Path.GetFileName).ToHashSet();
        Assert.All(stale.Append(oldAlive), s => Assert.DoesNotContain(s, left));
        Assert.All(others.Append(alive).Append(ownRun), o => Assert.Contains(o, left));

        Assert.Contains("phuong-hai-duong-2026-ke-hoach.docx", left);
    }
}
