using Cchc.Model;

namespace Cchc.Composition.Reports;

/// <summary>
/// Everything one Báo cáo kết quả thực hiện says, as plain values: who reports, for which period, on which plan,
/// the counts (computed elsewhere from the plan and its status), the clerk's own sentences, and every task row of
/// the Phụ lục. The report composer only words and lays out these facts; it computes nothing.
/// </summary>
/// <param name="PeriodLabel">The period as it reads in a sentence: "quý I năm 2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "năm 2026".</param>
/// <param name="Number">The report's number; null leaves the blank of a draft (<c>Số:{blank}/BC-UBND</c>).</param>
/// <param name="Symbol">The ký hiệu; null gives <c>BC-{issuer abbr}</c>.</param>
/// <param name="Date">The report's date; null or partial leaves blanks.</param>
/// <param name="Areas">One section per reform area, in the order the report lists them (the canonical order of the plan format).</param>
/// <param name="DueNext">The tasks due in the next period (section IV).</param>
/// <param name="Recipients">The Nơi nhận lines, without the Lưu line.</param>
/// <param name="Archive">The Lưu entries as written ("VT", "VP").</param>
/// <param name="Appendix">The Phụ lục: every task, grouped by area; empty for a report without one.</param>
public sealed record ReportFacts(
    Issuer Issuer,
    DocumentStyle Style,
    string PeriodLabel,
    string? Number,
    string? Symbol,
    PartialDate? Date,
    ReportedPlan Plan,
    TaskCounts Overall,
    IReadOnlyList<AreaResult> Areas,
    IReadOnlyList<DueTask> DueNext,
    ReportProse Prose,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> Archive,
    Signer? Signer,
    IReadOnlyList<ReportGroup> Appendix)
{
    /// <summary>"Ủy ban nhân dân phường Hải Dương".</summary>
    public string IssuerFullName => $"{Issuer.Body} {Issuer.Unit} {Issuer.Name}";

    public string SymbolOrDefault => string.IsNullOrEmpty(Symbol) ? "BC-" + Issuer.Abbr : Symbol;
}

/// <summary>
/// The document the report is about: the Kế hoạch, or the Quyết định that issued it (<paramref name="ByDecision"/>),
/// with that document's number, symbol and date, and the plan's title.
/// </summary>
public sealed record ReportedPlan(bool ByDecision, string? Number, string Symbol, PartialDate? Date, string Title);

/// <summary>
/// Task counts at the report's date. <paramref name="RatePercent"/> is the completion rate (done ÷ due, 0–100) as
/// the status computation defines it; null when no task is due yet.
/// </summary>
public sealed record TaskCounts(
    int Total,
    int DoneOnTime,
    int DoneLate,
    int InProgress,
    int Overdue,
    int NotStarted,
    int NotYetDue,
    int UnknownDeadline,
    decimal? RatePercent)
{
    /// <summary>Done, but the deadline is free text or conditional: on time or late cannot be said.</summary>
    public int DoneNoDeadline { get; init; }

    /// <summary>"Thường xuyên", "Cả năm": not done, followed all year.</summary>
    public int Ongoing { get; init; }

    public int Paused { get; init; }

    public int Cancelled { get; init; }

    public int Done => DoneOnTime + DoneLate + DoneNoDeadline;
}

/// <summary>One reform area of section II: its title, its counts and the tasks done in it.</summary>
public sealed record AreaResult(string Title, TaskCounts Counts, IReadOnlyList<DoneTask> Done);

/// <summary>A task done: its content, the result in a sentence, and the products that prove it (document numbers).</summary>
public sealed record DoneTask(string Content, string? Result, IReadOnlyList<string> Products);

/// <summary>A task due in the next period, with its lead agency and its deadline as the plan writes them.</summary>
public sealed record DueTask(string Content, string Lead, string Deadline);

/// <summary>
/// What a machine cannot know, each a list of sentences (paragraphs): công tác chỉ đạo beyond the plan itself
/// (<paramref name="Direction"/>), ưu điểm, tồn tại/hạn chế, nguyên nhân, the clerk's own phương hướng, đề xuất/kiến nghị.
/// </summary>
public sealed record ReportProse(
    IReadOnlyList<string> Direction,
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> Weaknesses,
    IReadOnlyList<string> Causes,
    IReadOnlyList<string> Next,
    IReadOnlyList<string> Proposals)
{
    public static ReportProse None { get; } = new([], [], [], [], [], []);
}

/// <summary>An area's group of rows in the Phụ lục.</summary>
public sealed record ReportGroup(string Title, IReadOnlyList<ReportRow> Rows);

/// <summary>One task of the Phụ lục: content, lead, deadline (as the plan writes it), status label, completion date, result and products.</summary>
public sealed record ReportRow(string Task, string Lead, string Deadline, string Status, PartialDate? Completed, string? Result, IReadOnlyList<string> Products);
