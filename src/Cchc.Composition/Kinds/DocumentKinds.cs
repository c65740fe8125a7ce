using Cchc.Composition.Building;
using Cchc.Composition.Reports;
using Cchc.Model.Documents;
using static Cchc.Composition.Templates.TemplateNames;

namespace Cchc.Composition.Kinds;

/// <summary>
/// Every kind of document cchc writes, in one place. <see cref="OfPackage"/> is what <c>cchc build</c> makes of a
/// plan, in output order; a new kind of plan document is one more entry there.
/// </summary>
public static class DocumentKinds
{
    private static readonly string[] Common = [NumberLine, PlaceDate, AttachedBy, AttachedLine, Recipients, Signer];

    /// <summary>The Quyết định that issues the plan, when the plan file has one.</summary>
    public static PackageKind Decision { get; } = new(PropertiesBuilder.DecisionSubject, "quyet-dinh", "decision",
        [.. Common, DecisionDocType, DecisionAuthority, DecisionBases, DecisionHeading, DecisionArticles],
        scope => scope.Package.Decision is { } d
            ? new Document([DecisionBuilder.Build(scope, d)]) { Properties = PropertiesBuilder.Decision(scope.Package, d) }
            : null);

    /// <summary>The Kế hoạch followed by its Phụ lục sections; every package has one.</summary>
    public static PackageKind Plan { get; } = new(PropertiesBuilder.PlanSubject, "ke-hoach", "plan",
        [.. Common, PlanDocType, AppendixLabel, TaskHeaders, IndicatorHeaders],
        scope => new Document([PlanBuilder.Build(scope), .. AppendixBuilder.Build(scope)]) { Properties = PropertiesBuilder.Plan(scope.Package) });

    /// <summary>The periodic Báo cáo kết quả thực hiện, composed from <see cref="ReportFacts"/> rather than from the plan alone.</summary>
    public static DocumentKind Report => ReportKind.Instance;

    public static IReadOnlyList<PackageKind> OfPackage { get; } = [Decision, Plan];

    public static IReadOnlyList<DocumentKind> All { get; } = [.. OfPackage, Report];
}
