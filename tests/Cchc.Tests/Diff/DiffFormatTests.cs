using System.Text.Json;
using Cchc.Diff;
using Xunit;
using static Cchc.Tests.Diff.DiffFixtures;

namespace Cchc.Tests.Diff;

public class DiffFormatTests
{
    private static readonly string Old = RealPlan("phuong-hai-duong-2025.yaml");
    private static readonly string New = RealPlan("phuong-hai-duong-2026.yaml");

    [Fact]
    public void Json_follows_the_documented_schema()
    {
        var (exit, output, _) = Run("diff", "--format", "json", Old, New);
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("cchc-diff/1", root.GetProperty("schema").GetString());
        Assert.Equal("2025", root.GetProperty("old").GetProperty("period").GetString());
        Assert.Equal(1, root.GetProperty("yearShift").GetInt32());
        Assert.True(root.GetProperty("hasDifferences").GetBoolean());
        Assert.Equal(45, root.GetProperty("summary").GetProperty("tasks").GetProperty("added").GetInt32());
        Assert.StartsWith("Thêm 45 nhiệm vụ", root.GetProperty("summary").GetProperty("text").GetString(), StringComparison.Ordinal);

        var tasks = root.GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal(45, tasks.Count);
        Assert.All(tasks, t => Assert.Equal("added", t.GetProperty("change").GetString()));
        Assert.Equal("cd-ban-hanh-kh", tasks[0].GetProperty("id").GetString());
        Assert.Equal(1, tasks[0].GetProperty("newRow").GetInt32());

        var funding = root.GetProperty("paragraphs").EnumerateArray()
            .Single(p => p.GetProperty("newAt").ValueKind != JsonValueKind.Null && p.GetProperty("change").GetString() == "shifted" && !p.GetProperty("moved").GetBoolean());
        var shifted = funding.GetProperty("edits").EnumerateArray().Single(e => e.GetProperty("op").GetString() == "shifted");
        Assert.Equal(("2025", "2026"), (shifted.GetProperty("old").GetString(), shifted.GetProperty("new").GetString()));

        Assert.Empty(DuplicateKeys(root));

        var hai = root.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "ind-hai-long");
        Assert.Contains(hai.GetProperty("fields").EnumerateArray(), f => f.GetProperty("field").GetString() == "targets" && f.GetProperty("lines").GetArrayLength() == 2);
    }

    private static IEnumerable<string> DuplicateKeys(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().GroupBy(p => p.Name).Where(g => g.Count() > 1).Select(g => g.Key)
            .Concat(e.EnumerateObject().SelectMany(p => DuplicateKeys(p.Value))),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(DuplicateKeys),
        _ => [],
    };

    [Fact]
    public void Markdown_is_ready_for_a_pull_request_comment()
    {
        var (exit, output, _) = Run("diff", "--format", "markdown", Old, New);
        Assert.Equal(0, exit);
        Assert.StartsWith("### cchc diff: ", output, StringComparison.Ordinal);
        Assert.Contains("**Tóm tắt:** Thêm 45 nhiệm vụ", output, StringComparison.Ordinal);
        Assert.Contains("<details><summary><b>Nhiệm vụ</b> (45)</summary>", output, StringComparison.Ordinal);
        Assert.Contains("<del>90% trở lên</del>", output, StringComparison.Ordinal);
        Assert.Contains("<i>2025→2026</i>", output, StringComparison.Ordinal);
        Assert.Contains("- ➕ `cd-ban-hanh-kh`", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Colour_only_when_asked_or_on_a_terminal()
    {
        const string red = "\u001b[31m";
        Assert.DoesNotContain(red, Run("diff", Old, New).Out, StringComparison.Ordinal);
        Assert.Contains(red, Run("diff", "--color", "always", Old, New).Out, StringComparison.Ordinal);

        var diff = PlanDiffer.Compare(Load(Old), Load(New));
        var coloured = new StringWriter();
        DiffReport.WriteText(coloured, diff, color: true);
        var plain = new StringWriter();
        DiffReport.WriteText(plain, diff, color: false);
        Assert.Contains(red, coloured.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", plain.ToString(), StringComparison.Ordinal);
        Assert.Contains("[-90% trở lên-]", plain.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_human_report_starts_with_the_summary()
    {
        var lines = Run("diff", Old, New).Out.Split('\n');
        Assert.Equal($"cchc diff: {Old} (2025) → {New} (2026), lệch năm +1", lines[0]);
        Assert.StartsWith("Thêm 45 nhiệm vụ, bỏ 0, sửa 0. Chỉ tiêu: sửa 7.", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_argument_counts_are_usage_errors()
    {
        Assert.Equal(2, Run("diff", Old).Exit);
        Assert.Equal(2, Run("diff", "--git", Old, New).Exit);
    }
}
