using System.Globalization;

namespace Cchc.Status;

/// <summary>What to group the counts by (<c>--by</c>).</summary>
public enum StatusGrouping
{
    None,
    Area,
    Agency,
    Quarter,
}

/// <summary><c>cchc status</c>'s reports for people: a Vietnamese table (English with lang "en"), Markdown for a pull
/// request or an issue.</summary>
public static class StatusReport
{
    public static void WriteText(TextWriter w, StatusSummary s, StatusGrouping by, string lang)
    {
        var en = lang == "en";
        w.WriteLine(en
            ? $"Plan {s.PlanPath} at the end of {Dates.Show(s.AsOf)}: {s.Counts.Total} tasks"
            : $"Tình hình thực hiện kế hoạch {s.PlanPath} đến hết ngày {Dates.Show(s.AsOf)}: {s.Counts.Total} nhiệm vụ");
        w.WriteLine(s.StatusPath is { } path ? (en ? $"Status file: {path}" : $"Tệp tình hình thực hiện: {path}")
            : en ? "No status file: every task counts as not started" : "Chưa có tệp tình hình thực hiện: mọi nhiệm vụ tính là chưa thực hiện");
        w.WriteLine();
        var labels = TaskClassWords.All.Select(c => TaskClassWords.Label(c, lang)).ToList();
        var width = labels.Max(l => l.Length) + 2;
        var countHead = en ? "Tasks" : "Số nhiệm vụ";
        w.WriteLine($"{(en ? "Status" : "Tình trạng").PadRight(width)}{countHead,12}{(en ? "Share" : "Tỷ lệ"),9}");
        foreach (var c in TaskClassWords.All)
        {
            w.WriteLine($"{TaskClassWords.Label(c, lang).PadRight(width)}{s.Counts.Of(c),12}{Percent(s.Counts.Percent(c), lang),9}");
        }

        w.WriteLine($"{(en ? "Total" : "Tổng số").PadRight(width)}{s.Counts.Total,12}");
        w.WriteLine();
        w.WriteLine(ByStatusLine(s.Counts, lang));
        w.WriteLine(CompletionLine(s, lang));
        foreach (var c in s.Completion.Tasks)
        {
            w.WriteLine($"  {c.Task.Id,-28} {Reason(c, lang),-32} {StatusWordIn(c.Task.Status, lang)}");
        }

        if (by != StatusGrouping.None)
        {
            w.WriteLine();
            w.WriteLine(GroupHeading(by, lang) + ":");
            foreach (var g in Groups(s, by))
            {
                var parts = TaskClassWords.All.Where(c => g.Counts.Of(c) > 0)
                    .Select(c => $"{TaskClassWords.Label(c, lang).ToLowerInvariant()} {g.Counts.Of(c)} ({Percent(g.Counts.Percent(c), lang)})");
                w.WriteLine($"  {g.Label} ({g.Counts.Total} {(en ? "tasks" : "nhiệm vụ")}): {string.Join(", ", parts)}");
            }
        }

        w.WriteLine();
        if (s.Overdue.Count == 0)
        {
            w.WriteLine(en ? "No task is overdue." : "Không có nhiệm vụ quá hạn.");
            return;
        }

        w.WriteLine(en ? $"Overdue tasks ({s.Overdue.Count}):" : $"Nhiệm vụ quá hạn ({s.Overdue.Count}):");
        foreach (var t in s.Overdue)
        {
            w.WriteLine($"  {t.Id}: {(en ? "deadline" : "hạn")} {t.Task.Deadline.Text} ({Dates.Show(t.Due!.Value)}); {(en ? "lead" : "chủ trì")}: {t.Lead}; {StatusWordIn(t.Status, lang).ToLowerInvariant()}");
            w.WriteLine($"    {NoteText(t, lang)}");
        }
    }

    public static void WriteMarkdown(TextWriter w, StatusSummary s, StatusGrouping by, string lang)
    {
        var en = lang == "en";
        w.WriteLine(en ? $"## Plan `{s.PlanPath}` at the end of {Dates.Show(s.AsOf)}" : $"## Tình hình thực hiện `{s.PlanPath}` đến hết ngày {Dates.Show(s.AsOf)}");
        w.WriteLine();
        w.WriteLine(en ? "| status | tasks | share |" : "| tình trạng | số nhiệm vụ | tỷ lệ |");
        w.WriteLine("|---|---:|---:|");
        foreach (var c in TaskClassWords.All)
        {
            w.WriteLine($"| {TaskClassWords.Label(c, lang)} | {s.Counts.Of(c)} | {Percent(s.Counts.Percent(c), lang)} |");
        }

        w.WriteLine($"| **{(en ? "Total" : "Tổng số")}** | **{s.Counts.Total}** | |");
        w.WriteLine();
        w.WriteLine(ByStatusLine(s.Counts, lang));
        w.WriteLine();
        w.WriteLine(CompletionLine(s, lang));
        if (by != StatusGrouping.None)
        {
            w.WriteLine();
            w.WriteLine($"| {GroupHeading(by, lang)} | {(en ? "total" : "tổng")} | {string.Join(" | ", TaskClassWords.All.Select(c => TaskClassWords.Label(c, lang)))} |");
            w.WriteLine($"|---|---:|{string.Concat(TaskClassWords.All.Select(_ => "---:|"))}");
            foreach (var g in Groups(s, by))
            {
                w.WriteLine($"| {Cell(g.Label)} | {g.Counts.Total} | {string.Join(" | ", TaskClassWords.All.Select(c => g.Counts.Of(c)))} |");
            }
        }

        w.WriteLine();
        if (s.Overdue.Count == 0)
        {
            w.WriteLine(en ? "No task is overdue." : "Không có nhiệm vụ quá hạn.");
            return;
        }

        w.WriteLine(en ? $"### Overdue tasks ({s.Overdue.Count})" : $"### Nhiệm vụ quá hạn ({s.Overdue.Count})");
        w.WriteLine();
        w.WriteLine(en ? "| id | deadline | lead | status | note |" : "| mã | thời hạn | chủ trì | tình trạng | ghi chú |");
        w.WriteLine("|---|---|---|---|---|");
        foreach (var t in s.Overdue)
        {
            w.WriteLine($"| `{t.Id}` | {Cell(t.Task.Deadline.Text)} ({Dates.Show(t.Due!.Value)}) | {Cell(t.Lead)} | {StatusWordIn(t.Status, lang)} | {Cell(t.Note ?? (en ? "**no note**" : "**chưa có ghi chú**"))} |");
        }
    }

    public static IReadOnlyList<StatusGroup> Groups(StatusSummary s, StatusGrouping by) => by switch
    {
        StatusGrouping.Area => s.ByArea,
        StatusGrouping.Agency => s.ByAgency,
        StatusGrouping.Quarter => s.ByQuarter,
        _ => [],
    };

    /// <summary>"Tỷ lệ hoàn thành: 3/6 nhiệm vụ (50,0%)" with what counts.</summary>
    public static string CompletionLine(StatusSummary s, string lang)
    {
        var c = s.Completion;
        var percent = c.Percent is { } p ? Percent(p, lang) : "—";
        return lang == "en"
            ? $"Completion rate: {c.Done} of {c.Counted} tasks ({percent}); counted: the tasks due by {Dates.Show(s.AsOf)} (cancelled ones excepted) and the tasks already done"
            : $"Tỷ lệ hoàn thành: {c.Done}/{c.Counted} nhiệm vụ ({percent}); tính các nhiệm vụ đến hạn đến hết ngày {Dates.Show(s.AsOf)} (trừ nhiệm vụ hủy) và các nhiệm vụ đã hoàn thành";
    }

    /// <summary>"Theo tình trạng đơn vị báo cáo: chưa thực hiện 7, đang thực hiện 30, …" (ongoing tasks included).</summary>
    public static string ByStatusLine(StatusCounts c, string lang) =>
        (lang == "en" ? "As reported: " : "Theo tình trạng đơn vị báo cáo: ")
        + string.Join(", ", StatusWords.All.Select(st => $"{StatusWordIn(st, lang).ToLowerInvariant()} {c.OfStatus(st)}"));

    /// <summary>"11,1%" (Vietnamese decimal comma) or "11.1%".</summary>
    public static string Percent(decimal value, string lang) =>
        value.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', lang == "en" ? '.' : ',') + "%";

    private static string Reason(CountedTask c, string lang) => (c.Reason, lang == "en") switch
    {
        (CountedReason.Due, false) => $"đến hạn {Dates.Show(c.Task.Due!.Value)}",
        (CountedReason.Due, true) => $"due {Dates.Show(c.Task.Due!.Value)}",
        (CountedReason.DoneEarly, false) => $"xong trước hạn {Dates.Show(c.Task.Due!.Value)}",
        (CountedReason.DoneEarly, true) => $"done before {Dates.Show(c.Task.Due!.Value)}",
        (_, false) => "đã xong, thời hạn không xác định",
        _ => "done, deadline not dated",
    };

    public static string StatusWordIn(TaskStatus s, string lang) => lang == "en" ? StatusWords.EnglishLabel(s) : StatusWords.Label(s);

    public static string NoteText(TaskState t, string lang) => t.Note is { } note
        ? (lang == "en" ? $"Note: {note}" : $"Ghi chú: {note}")
        : lang == "en" ? "No note: give the reason and the date it will be done." : "Chưa có ghi chú: cần nêu lý do và thời gian hoàn thành.";

    private static string GroupHeading(StatusGrouping by, string lang) => (by, lang == "en") switch
    {
        (StatusGrouping.Area, false) => "Theo lĩnh vực",
        (StatusGrouping.Area, true) => "By area",
        (StatusGrouping.Agency, false) => "Theo cơ quan chủ trì",
        (StatusGrouping.Agency, true) => "By lead agency",
        (_, false) => "Theo quý của thời hạn",
        _ => "By quarter of deadline",
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
