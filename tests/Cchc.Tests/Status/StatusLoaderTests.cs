using Cchc.Model;
using Cchc.Status;
using Xunit;
using TaskStatus = Cchc.Status.TaskStatus;

namespace Cchc.Tests.Status;

/// <summary>Every field of a status entry × every kind of bad value gives its code, at the line of the value.</summary>
public class StatusLoaderTests
{
    private const string Path = "plans/x.status.yaml";

    /// <summary>A valid file with one task entry whose fields are <paramref name="fields"/> (one per line, from line 5).</summary>
    private static string File(params string[] fields) =>
        "cchc_status: 1\ntasks:\n  t-1:\n    - date: \"2026-03-20\"\n" + string.Concat(fields.Select(f => $"      {f}\n"));

    private static IReadOnlyList<Diagnostic> Load(string text) => StatusLoader.LoadText(text, Path).Diagnostics;

    public static TheoryData<string, string, string> BadValues()
    {
        var data = new TheoryData<string, string, string>();
        string[] notDates = ["2026-13-01", "2026-02-30", "31/02/2026", "hôm qua", "2026/03/20", "20-03-2026", "2026-3-5x"];
        string[] notScalars = ["[\"2026-03-20\"]", "{y: 2026}"];
        foreach (var d in notDates)
        {
            data.Add("completed", $"\"{d}\"", "E405");
        }

        foreach (var v in notScalars)
        {
            data.Add("completed", v, "E401");
            data.Add("status", v, "E401");
            data.Add("result", v, "E401");
            data.Add("note", v, "E401");
            data.Add("by", v, "E401");
        }

        data.Add("products", "{so: 12}", "E401");
        foreach (var w in new[] { "hoan_thanhh", "xong", "done", "dang thuc hien roi", "tam-dungg", "huỷ bỏ đi" })
        {
            data.Add("status", w, "E404");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadValues))]
    public void A_bad_value_of_a_field_is_reported_at_its_line(string field, string value, string code)
    {
        var fields = new List<string> { "status: hoan_thanh", "completed: \"2026-03-18\"", "result: \"Đã ban hành\"", "note: \"…\"", "by: vhxh" };
        var index = fields.FindIndex(f => f.StartsWith(field + ":", StringComparison.Ordinal));
        if (index < 0)
        {
            fields.Add($"{field}: {value}");
            index = fields.Count - 1;
        }
        else
        {
            fields[index] = $"{field}: {value}";
        }

        var found = Load(File([.. fields]));
        Assert.Contains(found, d => d.Code == code && d.Span.Line == 5 + index);
    }

    [Fact]
    public void Every_bad_date_of_the_entry_date_is_e405_and_the_entry_is_left_out()
    {
        foreach (var d in new[] { "2026-13-01", "2026-02-29", "00/01/2026", "mai" })
        {
            var result = StatusLoader.LoadText($"cchc_status: 1\ntasks:\n  t-1:\n    - date: \"{d}\"\n      status: dang_thuc_hien\n", Path);
            Assert.Contains(result.Diagnostics, x => x.Code == "E405" && x.Span.Line == 4);
            Assert.Empty(result.File!.Tasks["t-1"]);
        }
    }

    [Fact]
    public void A_misspelt_status_gets_a_suggestion()
    {
        var d = Assert.Single(Load(File("status: hoan_thanhh", "completed: \"2026-03-18\"")));
        Assert.Equal("E404", d.Code);
        Assert.Contains("có phải ý bạn là \"hoan_thanh\"", d.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_key_gets_a_suggestion_and_no_second_finding_for_the_key_it_meant()
    {
        var found = Load("cchc_status: 1\ntasks:\n  t-1:\n    - date: \"2026-03-20\"\n      statsu: dang_thuc_hien\n");
        var d = Assert.Single(found);
        Assert.Equal(("E401", 5), (d.Code, d.Span.Line));
        Assert.Contains("\"status\"", d.Message.Vi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "E401")]
    [InlineData("cchc_status: 2\n", "E401")]
    [InlineData("cchc_status: một\n", "E401")]
    [InlineData("cchc_status: 1\ntasks: [a, b]\n", "E401")]
    [InlineData("cchc_status: 1\ntasks:\n  t-1: \"xong\"\n", "E401")]
    [InlineData("cchc_status: 1\nindicators:\n  i-1:\n    - {date: \"2026-03-31\", value: mười}\n", "E412")]
    [InlineData("cchc_status: 1\nindicators:\n  i-1:\n    - {date: \"2026-03-31\", value: \"18,5\"}\n", "E412")]
    [InlineData("cchc_status: 1\nindicators:\n  i-1:\n    - {date: \"2026-03-31\"}\n", "E401")]
    [InlineData("cchc_status: 1\ntasks:\n  t-1:\n    - {date: \"2026-03-20\", status: hoan_thanh}\n", "E409")]
    [InlineData("cchc_status: 1\ntasks:\n  t-1:\n    - {date: \"2026-03-20\", status: hoan_thanh, completed: \"2026-03-21\"}\n", "E407")]
    [InlineData("cchc_status: 1\ntasks:\n  t-1:\n    - {date: \"2026-03-20\", status: dang_thuc_hien, completed: \"2026-03-19\"}\n", "W402")]
    [InlineData("cchc_status: 1\ntasks:\n  t-1:\n    - {date: \"2026-03-20\", status: dang_thuc_hien}\n    - {date: \"2026-03-01\", status: dang_thuc_hien}\n", "E410")]
    [InlineData("cchc_status: 1\ntasks:\n  t-1:\n    - {date: \"2026-03-20\", status: dang_thuc_hien}\n    - {date: \"20/03/2026\", status: tam_dung}\n", "E411")]
    [InlineData("cchc_status: 1\ntasks:\n  t-1: []\n  t-1: []\n", "E107")]
    [InlineData("cchc_status: 1\ntasks:\n\t t-1: []\n", "E101")]
    [InlineData("cchc_status: 1\ntasks: [\n", "E101")]
    public void Each_class_of_mistake_has_its_code(string text, string code)
    {
        var found = Load(text.Length == 0 ? "tasks: {}\n" : text);
        Assert.Contains(found, d => d.Code == code);
    }

    [Fact]
    public void An_empty_file_is_e105()
    {
        Assert.Equal("E105", Assert.Single(Load("# chỉ có chú thích\n")).Code);
    }

    [Fact]
    public void Status_words_are_read_from_keys_and_labels_whatever_the_case_and_the_marks()
    {
        foreach (var s in StatusWords.All)
        {
            var key = StatusWords.Key(s);
            var label = StatusWords.Label(s);
            foreach (var written in new[] { key, key.ToUpperInvariant(), label, label.ToUpperInvariant(), label.ToLowerInvariant(), key.Replace('_', ' '), $"  {label}  " })
            {
                Assert.True(StatusWords.TryParse(written, out var read), written);
                Assert.Equal(s, read);
            }
        }

        Assert.True(StatusWords.TryParse("Hoàn thành", out var done));
        Assert.Equal(TaskStatus.Done, done);
        Assert.True(StatusWords.TryParse("Không thực hiện", out var cancelled));
        Assert.Equal(TaskStatus.Cancelled, cancelled);
        Assert.False(StatusWords.TryParse("xong", out _));
    }

    [Fact]
    public void The_state_on_a_day_is_the_latest_entry_on_or_before_it()
    {
        var file = StatusLoader.LoadText("cchc_status: 1\ntasks:\n  t-1:\n    - {date: \"2026-02-01\", status: dang_thuc_hien}\n    - {date: \"2026-03-10\", status: hoan_thanh, completed: \"2026-03-09\"}\n", Path).File!;
        var start = new DateOnly(2026, 1, 1);
        for (var day = start; day <= new DateOnly(2026, 4, 30); day = day.AddDays(1))
        {
            var expected = day < new DateOnly(2026, 2, 1) ? (TaskStatus?)null : day < new DateOnly(2026, 3, 10) ? TaskStatus.InProgress : TaskStatus.Done;
            Assert.Equal(expected, file.At("t-1", day)?.Status);
        }

        Assert.Null(file.At("t-2", start));
    }
}
