using Cchc.Composition.Text;
using Cchc.Model;
using Cchc.Model.Documents;

namespace Cchc.Composition.Building;

/// <summary>
/// The metadata of each file: title = its trích yếu on one line, subject = its kind, creator = the issuer;
/// its date is the document's own (an attached plan's is its Quyết định's), a partial one from its first day.
/// </summary>
internal static class PropertiesBuilder
{
    public const string DecisionSubject = "Quyết định";
    public const string PlanSubject = "Kế hoạch";

    public static DocumentProperties Decision(Package package, Decision decision) =>
        new(InlineMarkup.Plain(decision.Title), DecisionSubject, package.IssuerFullName, DayOf(decision.Date?.Date));

    public static DocumentProperties Plan(Package package) =>
        new(InlineMarkup.Plain(package.Plan.Title), PlanSubject, package.IssuerFullName,
            DayOf((package.Decision is { } d ? d.Date : package.Plan.Date)?.Date));

    public static DateOnly? DayOf(PartialDate? value) =>
        value is { } date ? new DateOnly(date.Year, date.Month ?? 1, date.Day ?? 1) : null;
}
