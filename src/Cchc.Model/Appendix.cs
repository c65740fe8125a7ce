namespace Cchc.Model;

public enum AttachedTo
{
    Decision,
    Plan,
}

public abstract record Appendix(string Title, string? Label, AttachedTo? AttachedTo, IReadOnlyList<string>? Headers, SpanMap Spans);

public enum TaskNumbering
{
    Continuous,
    PerGroup,
}

public sealed record TaskAppendix(
    string Title,
    string? Label,
    AttachedTo? AttachedTo,
    IReadOnlyList<string>? Headers,
    TaskNumbering Numbering,
    IReadOnlyList<TaskGroup> Groups,
    SpanMap Spans) : Appendix(Title, Label, AttachedTo, Headers, Spans)
{
    public static readonly IReadOnlyList<string> DefaultHeaders =
        ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện/ hoàn thành", "Sản phẩm"];
}

public sealed record TaskGroup(string Area, string? Title, IReadOnlyList<PlanTask> Tasks, SpanMap Spans);

public sealed record PlanTask(
    string Id,
    string Content,
    AgencyExpr Lead,
    AgencyExpr? Co,
    Deadline Deadline,
    IReadOnlyList<string> Products,
    SpanMap Spans);

public sealed record IndicatorAppendix(
    string Title,
    string? Label,
    AttachedTo? AttachedTo,
    IReadOnlyList<string>? Headers,
    IReadOnlyList<string> Rows,
    bool FromBody,
    SpanMap Spans) : Appendix(Title, Label, AttachedTo, Headers, Spans)
{
    public static readonly IReadOnlyList<string> DefaultHeaders =
        ["TT", "Chỉ tiêu", "Thời hạn", "Cơ quan đầu mối theo dõi, đánh giá"];
}
