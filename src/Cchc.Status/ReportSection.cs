using Cchc.Model;

namespace Cchc.Status;

/// <summary>
/// The clerk's part of one periodic report (docs/report.md), under <c>reports:</c> in the status file: what a
/// machine cannot know. <see cref="Year"/> is null when the key leaves the year out (it is then the plan's).
/// Every list is one paragraph per entry; an absent key is empty or null.
/// </summary>
public sealed record ReportSection(string Key, ReportPeriodKind Kind, int? Year, SourceSpan Span)
{
    /// <summary>The Số; null (absent or blank): a draft with the blank.</summary>
    public string? Number { get; init; }

    public string? Symbol { get; init; }

    public PartialDate? Date { get; init; }

    /// <summary>Null: the plan's signer.</summary>
    public Signer? Signer { get; init; }

    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>The Lưu entries: literal text or agency codes of the plan.</summary>
    public IReadOnlyList<string> Archive { get; init; } = [];

    public IReadOnlyList<string> Direction { get; init; } = [];

    public IReadOnlyList<string> Strengths { get; init; } = [];

    public IReadOnlyList<string> Weaknesses { get; init; } = [];

    public IReadOnlyList<string> Causes { get; init; } = [];

    public IReadOnlyList<string> Next { get; init; } = [];

    public IReadOnlyList<string> Proposals { get; init; } = [];

    /// <summary>The data cut-off when it is not the period's last day (a province that closes on the 14th).</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Where each key's value stood.</summary>
    public SpanMap Spans { get; init; } = SpanMap.Empty(Span);

    public ReportPeriod In(int planYear) => new(Kind, Year ?? planYear);
}
