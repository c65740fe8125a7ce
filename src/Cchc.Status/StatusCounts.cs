namespace Cchc.Status;

/// <summary>How many tasks of a set fall in each <see cref="TaskClass"/>, and what share of the set that is.</summary>
public sealed class StatusCounts
{
    private readonly int[] _counts = new int[TaskClassWords.All.Count];
    private readonly int[] _statuses = new int[StatusWords.All.Count];

    public StatusCounts(IEnumerable<TaskState> tasks)
    {
        foreach (var t in tasks)
        {
            _counts[(int)t.Class]++;
            _statuses[(int)t.Status]++;
            Total++;
        }
    }

    public int Total { get; }

    public int Of(TaskClass c) => _counts[(int)c];

    /// <summary>How many tasks have <paramref name="s"/> as their reported state (no entry: not started), whatever the
    /// deadline: the "đang thực hiện" of a report counts ongoing tasks in progress too.</summary>
    public int OfStatus(TaskStatus s) => _statuses[(int)s];

    /// <summary>Done on time, late, or with an undated deadline.</summary>
    public int Done => Of(TaskClass.DoneOnTime) + Of(TaskClass.DoneLate) + Of(TaskClass.DoneNoDeadline);

    /// <summary>The share of <see cref="Total"/> in percent, rounded half away from zero to one decimal; 0 for no tasks.</summary>
    public decimal Percent(TaskClass c) => Share(Of(c), Total);

    internal static decimal Share(int part, int whole) =>
        whole == 0 ? 0m : Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);
}
