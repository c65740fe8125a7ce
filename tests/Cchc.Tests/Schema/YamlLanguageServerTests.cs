using System.Diagnostics;
using System.Text.Json.Nodes;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Schema;

/// <summary>
/// The real YAML language server (what VS Code's YAML extension runs) with cchc's schema, on the plans and on
/// broken copies, against <c>cchc validate --format json</c>: the editor flags the same lines cchc does.
/// Needs node and <c>npm ci --prefix tests/tools</c>; without them the test is Skipped with the reason (fails in CI).
/// </summary>
public class YamlLanguageServerTests
{
    private const string Source = "phuong-hai-duong-2026.yaml";

    private static string Tools => Path.Combine(RepoPaths.Root, "tests", "tools");

    /// <summary>Each broken copy: what is changed, and whether cchc (and so the editor) must flag its line.</summary>
    private static readonly (string Name, string From, string To, bool Flagged)[] Breaks =
    [
        ("bad-deadline", "deadline: \"Trước ngày 15/01/2026\"", "deadline: \"Quí I/2026\"", true),
        ("month-13", "date: \"2026-01-12\"", "date: \"2026-13-12\"", true),
        ("products-42", "products: \"Kế hoạch của UBND phường\"", "products: 42", false),
        ("unknown-key", "content: \"Ban hành Kế hoạch cải cách hành chính năm 2026\"", "content: \"Ban hành Kế hoạch cải cách hành chính năm 2026\"\n            colour: đỏ", true),
        ("missing-key", "            products: \"Kế hoạch của UBND phường\"\n", "", true),
    ];

    [SkippableFact]
    public void The_editor_flags_what_cchc_flags_on_the_plans_and_broken_copies()
    {
        Support.Tools.RequireNode();
        var modules = Path.Combine(Tools, "node_modules", "yaml-language-server", "package.json");
        Assert.False(!File.Exists(modules) && Support.Tools.IsCi, "CI=true nhưng thiếu tests/tools/node_modules");
        Skip.IfNot(File.Exists(modules), "thiếu yaml-language-server: chạy npm ci --prefix tests/tools");

        var folder = Directory.CreateTempSubdirectory("cchc-yamlls-").FullName;
        try
        {
            var text = File.ReadAllText(Path.Combine(RepoPaths.Plans, Source));
            // The copies live elsewhere: the modeline's relative schema path would not resolve, the association does.
            var copy = "# bản sao để thử" + text[text.IndexOf('\n', StringComparison.Ordinal)..];
            var broken = new Dictionary<string, (int Line, bool Flagged)>();
            foreach (var (name, from, to, flagged) in Breaks)
            {
                var at = copy.IndexOf(from, StringComparison.Ordinal);
                Assert.True(at >= 0, $"{name}: \"{from}\" is not in {Source}");
                var path = Path.Combine(folder, name + ".yaml");
                File.WriteAllText(path, copy[..at] + to + copy[(at + from.Length)..]);
                broken[path] = (copy[..at].Count(c => c == '\n') + 1 + (name == "unknown-key" ? 1 : 0), flagged);
            }

            var plans = RepoPaths.PlanFiles.ToList();
            var editor = EditorFindings(plans.Concat(broken.Keys).ToList());
            foreach (var plan in plans)
            {
                Assert.Empty(editor.GetValueOrDefault(plan) ?? []);
                Assert.Empty(CchcErrorLines(plan));
            }

            foreach (var (path, (line, flagged)) in broken)
            {
                var editorLines = editor.GetValueOrDefault(path) ?? [];
                var cchcLines = CchcErrorLines(path);
                if (!flagged)
                {
                    Assert.Empty(editorLines);
                    Assert.Empty(cchcLines);
                    continue;
                }

                Assert.True(editorLines.Count > 0, $"{Path.GetFileName(path)}: the editor flags nothing");
                Assert.Equal(cchcLines.Order(), editorLines.Order());
                Assert.True(Near(line, editorLines), $"{Path.GetFileName(path)}: expected line {line}, editor {string.Join(",", editorLines)}");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A missing key is reported where its mapping starts, up to a few lines above the removed line.</summary>
    private static bool Near(int line, List<int> lines) => lines.Any(l => l <= line && l >= line - 5);

    private static List<int> CchcErrorLines(string path)
    {
        var run = CliRun.Of("validate", "--format", "json", path);
        return JsonNode.Parse(run.Out)!.AsArray().Where(d => d!["severity"]!.GetValue<string>() == "error")
            .Select(d => d!["line"]!.GetValue<int>()).Distinct().ToList();
    }

    private static Dictionary<string, List<int>> EditorFindings(List<string> files)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(Tools, "yaml-ls-diagnostics.js"));
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "schema", "cchc-plan.schema.json"));
        foreach (var f in files)
        {
            start.ArgumentList.Add(f);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "the YAML language server did not finish in 3 minutes");
        Assert.True(process.ExitCode == 0, $"yaml-ls-diagnostics.js exited {process.ExitCode}: {stderr.Result}");
        var result = JsonNode.Parse(stdout.Result)!;
        return result["diagnostics"]!.AsArray()
            .GroupBy(d => d!["file"]!.GetValue<string>())
            .ToDictionary(g => g.Key, g => g.Select(d => d!["line"]!.GetValue<int>()).Distinct().ToList());
    }
}
