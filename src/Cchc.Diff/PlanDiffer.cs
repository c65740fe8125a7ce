using Cchc.Diff.Compare;
using Cchc.Model;

namespace Cchc.Diff;

/// <summary>The semantic diff of two plans (plan-format §11 "Diff").</summary>
public static class PlanDiffer
{
    /// <summary>
    /// Compares two loaded plans. Either side may be null: a plan that does not exist on that side (a file added
    /// or deleted in git), so everything is added or removed. Pure: reads the models, writes nothing.
    /// </summary>
    public static PlanDiff Compare(Package? oldPlan, Package? newPlan, DiffOptions? options = null)
    {
        var cx = new DiffContext(oldPlan, newPlan, options ?? DiffOptions.Default);
        var oldBody = BodyTree.Build(oldPlan, cx.OldWords);
        var newBody = BodyTree.Build(newPlan, cx.NewWords);
        SectionMatcher.Match(cx, oldBody, newBody);
        return new PlanDiff(
            Side(oldPlan),
            Side(newPlan),
            cx.Shift,
            DocumentComparer.Compare(cx),
            DocumentComparer.Agencies(cx),
            SectionComparer.Compare(cx, oldBody, newBody),
            ParagraphAligner.Align(cx, oldBody, newBody),
            IndicatorComparer.Compare(cx, oldBody, newBody),
            TaskComparer.Groups(cx),
            TaskComparer.Compare(cx));
    }

    private static DiffSide Side(Package? p) => p is null ? new DiffSide("", "") : new DiffSide(p.SourcePath, p.Plan.Period.ToString());
}
