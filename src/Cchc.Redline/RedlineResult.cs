using Cchc.Diff;
using Cchc.Model;
using Cchc.Model.Documents;

namespace Cchc.Redline;

/// <summary>
/// The redline of two plans: the new Kế hoạch with its appendices, the old text kept as tracked changes. With
/// composition errors (<see cref="Diagnostics"/>, those of both plans) <see cref="Document"/> is null.
/// </summary>
public sealed record RedlineResult(Document? Document, PlanDiff Diff, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
