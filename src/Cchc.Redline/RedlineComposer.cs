using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Diff;
using Cchc.Model;
using Cchc.Model.Documents;

namespace Cchc.Redline;

/// <summary>
/// <c>cchc diff OLD NEW --redline</c>: the new Kế hoạch (with its appendices) with tracked changes against
/// the old one. Both plans are composed as <c>cchc build</c> composes them; the semantic diff says which
/// paragraphs, sections, tasks, indicators and groups are the same thing on both sides; paired ones are
/// word-diffed, the rest are whole insertions and deletions in their places. Accepting every change gives
/// the new document's text and rejecting every change the old one's, numbering labels and TT included.
/// </summary>
public static class RedlineComposer
{
    public static RedlineResult Compose(Package oldPlan, Package newPlan, TemplateSet templates, PlanDiff? diff = null)
    {
        ArgumentNullException.ThrowIfNull(oldPlan);
        ArgumentNullException.ThrowIfNull(newPlan);
        diff ??= PlanDiffer.Compare(oldPlan, newPlan);
        var oldTrace = new CompositionTrace();
        var newTrace = new CompositionTrace();
        var oldComposed = Composer.Compose(oldPlan, templates, oldTrace);
        var newComposed = Composer.Compose(newPlan, templates, newTrace);
        var diagnostics = oldComposed.Diagnostics.Concat(newComposed.Diagnostics).Distinct().ToList();
        if (oldComposed.HasErrors || newComposed.HasErrors)
        {
            return new RedlineResult(null, diff, diagnostics);
        }

        var partners = new Partners(diff);
        var merge = new BlockMerge(Origins.Old(oldTrace, partners), Origins.New(newTrace));
        var sections = new List<Section>();
        var olds = oldComposed.Plan.Sections;
        var news = newComposed.Plan.Sections;
        if (olds.Count != oldPlan.Appendices.Count + 1 || news.Count != newPlan.Appendices.Count + 1)
        {
            throw new InvalidOperationException("The redline expects the plan document as its own section followed by one section per appendix.");
        }

        foreach (var step in SequenceMerge.Merge(olds.Count, news.Count, SectionPairs(oldPlan, newPlan, partners)))
        {
            sections.Add(step.IsPair ? merge.Merge(olds[step.Old], news[step.New])
                : step.New >= 0 ? BlockMerge.Marked(news[step.New], Revision.Inserted)
                : BlockMerge.Marked(olds[step.Old], Revision.Deleted));
        }

        var document = new Document(sections) { Revisions = Stamp(newPlan), Properties = newComposed.Plan.Properties };
        return new RedlineResult(document, diff, diagnostics);
    }

    /// <summary>
    /// The plan's own section with the other's; an appendix (section 1 + its index) with the one the diff paired
    /// by title, else with the next unpaired one of the same kind (task or indicator table).
    /// </summary>
    private static List<(int Old, int New)> SectionPairs(Package oldPlan, Package newPlan, Partners partners)
    {
        var pairs = new List<(int Old, int New)> { (0, 0) };
        var olds = oldPlan.Appendices;
        var news = newPlan.Appendices;
        var taken = new bool[news.Count];
        var unpaired = new List<int>();
        for (var i = 0; i < olds.Count; i++)
        {
            var j = partners.Appendix(i);
            if (j >= 0 && j < news.Count && !taken[j] && olds[i].GetType() == news[j].GetType())
            {
                taken[j] = true;
                pairs.Add((i + 1, j + 1));
            }
            else
            {
                unpaired.Add(i);
            }
        }

        foreach (var i in unpaired)
        {
            var j = Enumerable.Range(0, news.Count).FirstOrDefault(k => !taken[k] && news[k].GetType() == olds[i].GetType(), -1);
            if (j >= 0)
            {
                taken[j] = true;
                pairs.Add((i + 1, j + 1));
            }
        }

        return pairs;
    }

    /// <summary>Every change is by "cchc", dated the new plan's date (its Quyết định's when it has none) when complete.</summary>
    internal static RevisionStamp Stamp(Package newPlan) =>
        (newPlan.Plan.Date?.Date ?? newPlan.Decision?.Date?.Date) is { IsComplete: true } d
            ? RevisionStamp.Default with { Date = new DateTime(d.Year, d.Month!.Value, d.Day!.Value, 0, 0, 0, DateTimeKind.Utc) }
            : RevisionStamp.Default;
}
