using Cchc.Model;

namespace Cchc.Status;

/// <summary>One dated report on a task: its state on <see cref="Date"/>.</summary>
public sealed record StatusEntry(DateOnly Date, TaskStatus Status, DateOnly? Completed, string? Result,
    IReadOnlyList<string> Products, string? Note, string? By, SourceSpan Span)
{
    /// <summary>Where each field's value stood (for findings that point at the date or the completion date).</summary>
    public SpanMap Spans { get; init; } = SpanMap.Empty(Span);
}

/// <summary>The value an indicator reached on <see cref="Date"/>.</summary>
public sealed record IndicatorEntry(DateOnly Date, decimal Value, string? Note, SourceSpan Span);

/// <summary>A status file: per task id and per indicator id, the dated entries in file order.</summary>
public sealed record StatusFile(string SourcePath, string? PlanPath,
    IReadOnlyDictionary<string, IReadOnlyList<StatusEntry>> Tasks,
    IReadOnlyDictionary<string, IReadOnlyList<IndicatorEntry>> Indicators)
{
    /// <summary>Where each task or indicator id was written (the key), for findings about the id.</summary>
    public IReadOnlyDictionary<string, SourceSpan> IdSpans { get; init; } = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);

    /// <summary>The clerk's sections of the periodic reports (<c>reports:</c>), in file order.</summary>
    public IReadOnlyList<ReportSection> Reports { get; init; } = [];

    /// <summary>The section of <paramref name="period"/>, the year of a key that leaves it out being <paramref name="planYear"/>.</summary>
    public ReportSection? Report(ReportPeriod period, int planYear) => Reports.FirstOrDefault(r => r.In(planYear) == period);

    /// <summary>Where <c>plan:</c> was written, when it was.</summary>
    public SourceSpan? PlanSpan { get; init; }

    /// <summary>The task's state on <paramref name="day"/>: its latest entry dated on or before that day (of two on
    /// the same date, the later in the file), or null when there is none — the task is then not started.</summary>
    public StatusEntry? At(string taskId, DateOnly day)
    {
        if (!Tasks.TryGetValue(taskId, out var entries))
        {
            return null;
        }

        StatusEntry? best = null;
        foreach (var e in entries)
        {
            if (e.Date <= day && (best is null || e.Date >= best.Date))
            {
                best = e;
            }
        }

        return best;
    }

    /// <summary>The indicator's latest value on or before <paramref name="day"/>.</summary>
    public IndicatorEntry? IndicatorAt(string indicatorId, DateOnly day)
    {
        if (!Indicators.TryGetValue(indicatorId, out var entries))
        {
            return null;
        }

        IndicatorEntry? best = null;
        foreach (var e in entries)
        {
            if (e.Date <= day && (best is null || e.Date >= best.Date))
            {
                best = e;
            }
        }

        return best;
    }
}

/// <summary>What loading a status file gives: the file (null when it could not be read at all) and every problem.</summary>
public sealed record StatusLoadResult(StatusFile? File, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
