namespace Cchc.Status;

/// <summary>Where a task stands on the day of a summary, as a periodic report counts it.</summary>
public enum TaskClass
{
    /// <summary>Done, completed on or before its due day.</summary>
    DoneOnTime,

    /// <summary>Done, completed after its due day.</summary>
    DoneLate,

    /// <summary>Done, but the deadline is free text or conditional: on time or late cannot be said.</summary>
    DoneNoDeadline,

    /// <summary>In progress and not yet due.</summary>
    InProgress,

    /// <summary>Due (its due day is on or before the day) and not done, paused or cancelled.</summary>
    Overdue,

    /// <summary>Not started, its interval has begun, not yet due.</summary>
    NotStarted,

    /// <summary>Not started and its interval has not begun.</summary>
    NotYetDue,

    /// <summary>"Thường xuyên", "Cả năm …": not done, and the year (the interval) has not ended.</summary>
    Ongoing,

    /// <summary>Not done, and the deadline is free text or conditional ("Theo yêu cầu của thành phố"): never guessed.</summary>
    UnknownDeadline,

    /// <summary>Tạm dừng.</summary>
    Paused,

    /// <summary>Không thực hiện (hủy).</summary>
    Cancelled,
}

/// <summary>The words of <see cref="TaskClass"/> in reports.</summary>
public static class TaskClassWords
{
    public static IReadOnlyList<TaskClass> All { get; } = Enum.GetValues<TaskClass>();

    /// <summary>The key in JSON: "doneOnTime", "overdue" …</summary>
    public static string Key(TaskClass c) => c switch
    {
        TaskClass.DoneOnTime => "doneOnTime",
        TaskClass.DoneLate => "doneLate",
        TaskClass.DoneNoDeadline => "doneNoDeadline",
        TaskClass.InProgress => "inProgress",
        TaskClass.Overdue => "overdue",
        TaskClass.NotStarted => "notStarted",
        TaskClass.NotYetDue => "notYetDue",
        TaskClass.Ongoing => "ongoing",
        TaskClass.UnknownDeadline => "unknownDeadline",
        TaskClass.Paused => "paused",
        _ => "cancelled",
    };

    public static string Label(TaskClass c, string lang = "vi") => (c, lang == "en") switch
    {
        (TaskClass.DoneOnTime, false) => "Đã hoàn thành đúng hạn",
        (TaskClass.DoneOnTime, true) => "Done on time",
        (TaskClass.DoneLate, false) => "Đã hoàn thành quá hạn",
        (TaskClass.DoneLate, true) => "Done late",
        (TaskClass.DoneNoDeadline, false) => "Đã hoàn thành (thời hạn không xác định)",
        (TaskClass.DoneNoDeadline, true) => "Done (deadline not dated)",
        (TaskClass.InProgress, false) => "Đang thực hiện trong hạn",
        (TaskClass.InProgress, true) => "In progress, within deadline",
        (TaskClass.Overdue, false) => "Quá hạn chưa hoàn thành",
        (TaskClass.Overdue, true) => "Overdue",
        (TaskClass.NotStarted, false) => "Chưa thực hiện (chưa đến hạn)",
        (TaskClass.NotStarted, true) => "Not started (not yet due)",
        (TaskClass.NotYetDue, false) => "Chưa đến thời gian thực hiện",
        (TaskClass.NotYetDue, true) => "Not yet due",
        (TaskClass.Ongoing, false) => "Thường xuyên, cả năm (đang theo dõi)",
        (TaskClass.Ongoing, true) => "Ongoing (all year)",
        (TaskClass.UnknownDeadline, false) => "Thời hạn không xác định",
        (TaskClass.UnknownDeadline, true) => "Deadline not dated",
        (TaskClass.Paused, false) => "Tạm dừng",
        (TaskClass.Paused, true) => "Paused",
        (_, false) => "Không thực hiện (hủy)",
        _ => "Cancelled",
    };

    public static bool IsDone(TaskClass c) => c is TaskClass.DoneOnTime or TaskClass.DoneLate or TaskClass.DoneNoDeadline;
}
