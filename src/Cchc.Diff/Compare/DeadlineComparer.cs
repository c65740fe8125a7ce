using Cchc.Model;

namespace Cchc.Diff.Compare;

/// <summary>
/// Deadlines are compared after moving the old one's years by the period difference (§11 "Diff"): "Cả năm 2025"
/// → "Cả năm 2026" is Shifted, not a change. A deadline rewritten with the same interval ("Quý I/2025" → "Quý I
/// năm 2026", "Cả năm" → "Cả năm 2026") is still shown, as Modified with the note "cùng nghĩa".
/// </summary>
internal static class DeadlineComparer
{
    public const string SameMeaning = "cùng nghĩa";

    public static FieldChange? Compare(DiffContext cx, Deadline? oldDeadline, Deadline? newDeadline)
    {
        if (oldDeadline is null && newDeadline is null)
        {
            return null;
        }

        var text = cx.Text(oldDeadline?.Text ?? "", newDeadline?.Text ?? "");
        if (text.Kind != ChangeKind.Modified || oldDeadline is null || newDeadline is null)
        {
            return new FieldChange("deadline", text.Kind, text);
        }

        return SameInterval(cx, oldDeadline, newDeadline)
            ? new FieldChange("deadline", ChangeKind.Modified, text, Note: SameMeaning)
            : new FieldChange("deadline", ChangeKind.Modified, text);
    }

    /// <summary>True when the field changed only in wording: the summary does not count it as a new deadline.</summary>
    public static bool IsReworded(FieldChange f) => f.Field == "deadline" && f.Note == SameMeaning;

    private static bool SameInterval(DiffContext cx, Deadline oldDeadline, Deadline newDeadline)
    {
        if (!oldDeadline.HasInterval || !newDeadline.HasInterval || oldDeadline.Kind != newDeadline.Kind)
        {
            return false;
        }

        var a = oldDeadline.Resolve(cx.OldPlan!.Plan.Period);
        var b = newDeadline.Resolve(cx.NewPlan!.Plan.Period);
        return a is { } x && b is { } y && x.Start.AddYears(cx.Shift) == y.Start && x.End.AddYears(cx.Shift) == y.End;
    }
}
