using Cchc.Sheets;
using Xunit;

namespace Cchc.Tests.Sheets;

/// <summary>Appending entries to a status file's text: the entries read back, and every byte outside them stays.</summary>
public class StatusTextWriterTests
{
    private static readonly DateOnly Day = new(2026, 3, 31);

    private const string Existing = """
        # yaml-language-server: $schema=../schema/cchc-status.schema.json
        cchc_status: 1
        plan: phuong-hai-duong-2026.yaml   # the plan
        tasks:
          # chi đạo
          cd-ban-hanh-kh:
            - date: "2026-01-20"
              status: hoan_thanh
              completed: "2026-01-12"
              note: |
                ban hành đúng hạn
          # an empty task
          cd-tu-kiem-tra:
          tthc-cong-khai-danh-muc:
            -   date: "2026-02-01"
                status: dang_thuc_hien
        # trailing comment
        indicators:
          ind-par-dti:
            - {date: "2026-03-31", value: 18}
        """;

    public static TheoryData<string> LineBreaks() => new() { "\n", "\r\n" };

    [Theory]
    [MemberData(nameof(LineBreaks))]
    public void Entries_land_after_each_task_s_last_entry_and_nothing_else_changes(string newline)
    {
        var text = Existing.Replace("\n", newline, StringComparison.Ordinal);
        var entries = new[]
        {
            Entry("cd-ban-hanh-kh", "tam_dung", null, "lý do \"tạm\"\ndòng 2"),
            Entry("cd-tu-kiem-tra", "dang_thuc_hien", null, null),
            Entry("tthc-cong-khai-danh-muc", "hoan_thanh", new DateOnly(2026, 3, 18), null),
            Entry("so-moi", "huy", null, "không làm nữa"),
        };
        var edited = StatusTextWriter.Apply(text, "x.status.yaml", "x.yaml", entries).Text!;
        Assert.Equal(text, RemoveInserted(edited, text));
        var snapshot = StatusTextSnapshot.Parse(edited, "x.status.yaml")!;
        foreach (var e in entries)
        {
            Assert.True(e.State.SameAs(snapshot.At(e.TaskId, Day)!), e.TaskId);
        }

        Assert.DoesNotContain(newline == "\r\n" ? "\n" : "\r", edited.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_control_and_line_break_character_in_a_note_reads_back_exactly()
    {
        var characters = Enumerable.Range(0, 0x20).Select(c => (char)c).Concat(['\u007F', '\u0085', '\u2028', '\u2029', '\uFEFF', '"', '\\', '\'', '#', ':']).ToList();
        foreach (var c in characters)
        {
            var result = $"trước{c}sau";
            var edited = StatusTextWriter.Apply(Existing, "x.status.yaml", "x.yaml", [Entry("cd-ban-hanh-kh", "hoan_thanh", new DateOnly(2026, 3, 1), result)]).Text!;
            Assert.Equal(result, StatusTextSnapshot.Parse(edited, "x.status.yaml")!.At("cd-ban-hanh-kh", Day)!.Note);
        }
    }

    [Fact]
    public void A_missing_file_is_created_with_its_modeline_and_version()
    {
        var text = StatusTextWriter.Apply(null, "x.status.yaml", "phuong-hai-duong-2026.yaml", [Entry("cd-ban-hanh-kh", "dang_thuc_hien", null, null)]).Text!;
        Assert.StartsWith("# yaml-language-server: $schema=../schema/cchc-status.schema.json\ncchc_status: 1\nplan: phuong-hai-duong-2026.yaml\ntasks:\n  cd-ban-hanh-kh:\n    - date: \"2026-03-31\"\n", text, StringComparison.Ordinal);
        Assert.Equal("dang_thuc_hien", StatusTextSnapshot.Parse(text, "x")!.At("cd-ban-hanh-kh", Day)!.StatusKey);
    }

    [Fact]
    public void Files_without_tasks_or_without_a_final_line_break_take_the_entries_too()
    {
        foreach (var text in new[] { "cchc_status: 1", "cchc_status: 1\ntasks:", "cchc_status: 1\ntasks:\n  a-b:\n    - date: \"2026-01-01\"\n      status: huy" })
        {
            var edited = StatusTextWriter.Apply(text, "x", "x.yaml", [Entry("cd-ban-hanh-kh", "tam_dung", null, null), Entry("a-b", "dang_thuc_hien", null, null)]).Text!;
            var snapshot = StatusTextSnapshot.Parse(edited, "x")!;
            Assert.Equal("tam_dung", snapshot.At("cd-ban-hanh-kh", Day)!.StatusKey);
            Assert.Equal("dang_thuc_hien", snapshot.At("a-b", Day)!.StatusKey);
            Assert.StartsWith(text, edited, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_entry_dated_before_some_of_a_task_s_history_goes_in_date_order_and_each_day_reads_its_own_state()
    {
        var random = new Random(20261202);
        var start = new DateOnly(2026, 1, 1);
        for (var round = 0; round < 200; round++)
        {
            var history = Enumerable.Range(0, random.Next(0, 6)).Select(_ => start.AddDays(random.Next(0, 90))).Order().ToList();
            var text = "cchc_status: 1\ntasks:\n  a-b:\n" + (history.Count == 0 ? "" : string.Concat(history.Select((d, i) =>
                $"    # mục {i}\n    - date: \"{d:yyyy-MM-dd}\"\n      status: dang_thuc_hien\n      note: \"cũ {i}\"\n")));
            var day = start.AddDays(random.Next(0, 90));
            var entry = new StatusEntryText("a-b", day, new TaskState("tam_dung", null, null, [], "mới"), null);
            var edited = StatusTextWriter.Apply(text, "x", "x.yaml", [entry]).Text!;
            Assert.Equal(text, RemoveInserted(edited, text));
            var dates = edited.Split('\n').Where(l => l.Contains("- date:", StringComparison.Ordinal))
                .Select(l => DateOnly.ParseExact(l.Split('"')[1], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(dates.Order(), dates);
            var snapshot = StatusTextSnapshot.Parse(edited, "x")!;
            var later = history.FirstOrDefault(d => d > day);
            Assert.Equal("mới", snapshot.At("a-b", day)!.Note);
            if (later != default)
            {
                Assert.Equal($"cũ {history.LastIndexOf(later)}", snapshot.At("a-b", later)!.Note); // the later entry still rules from its day on
            }
        }
    }

    [Fact]
    public void A_flow_list_of_entries_is_refused_not_rewritten()
    {
        var edit = StatusTextWriter.Apply("tasks:\n  a-b: [{date: \"2026-01-01\", status: huy}]\n", "x", "x.yaml", [Entry("a-b", "tam_dung", null, null)]);
        Assert.Null(edit.Text);
        Assert.Equal("E433", edit.Problems.Single().Code);
    }

    private static StatusEntryText Entry(string id, string status, DateOnly? completed, string? note) =>
        new(id, Day, new TaskState(status, completed, note is null ? null : "kết quả", note is null ? [] : ["Văn bản 1", "Văn bản; 2"], note), "vhxh.xlsx");

    /// <summary>The edited text without the lines it gained: each inserted line is found by walking both texts line by line.</summary>
    internal static string RemoveInserted(string edited, string original)
    {
        var newline = original.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var kept = new List<string>();
        var originalLines = original.Split(newline);
        var i = 0;
        foreach (var line in edited.Split(newline))
        {
            if (i < originalLines.Length && line == originalLines[i])
            {
                kept.Add(line);
                i++;
            }
        }

        Assert.Equal(originalLines.Length, i);
        return string.Join(newline, kept);
    }
}
