using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Cchc.Pipeline;

/// <summary>
/// Removes what a killed build left: <c>.NAME.docx.PID.tmp</c> files of <see cref="AtomicFile"/>'s exact pattern, when
/// process PID is not running (no build can still be writing it) or the file is over a day old (the PID was reused by
/// another program; no build takes a day). Every other file is left alone.
/// </summary>
public static partial class StaleTemporaries
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromDays(1);

    public static string Name(string path) => $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp";

    public static void Clean(string folder)
    {
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateFiles(folder, ".*.docx.*.tmp").ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var file in candidates)
        {
            if (Pattern().Match(Path.GetFileName(file)) is { Success: true } m && int.TryParse(m.Groups["pid"].Value, out var pid)
                && pid != Environment.ProcessId && (!IsRunning(pid) || DateTime.UtcNow - File.GetLastWriteTimeUtc(file) > MaxAge))
            {
                try
                {
                    File.Delete(file);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Left for a later build: the folder will be reported if it cannot be written.
                }
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^\.[^/\\]+\.docx\.(?<pid>[0-9]{1,9})\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
