using Cchc.Model;

namespace Cchc.Composition.Templates;

/// <summary>The ký hiệu of the plan's documents when the plan leaves it out: QĐ-{abbr}, KH-{abbr}.</summary>
public static class DefaultSymbols
{
    public static string Decision(Package package) =>
        string.IsNullOrEmpty(package.Decision?.Symbol) ? "QĐ-" + package.Issuer.Abbr : package.Decision.Symbol;

    public static string Plan(Package package) =>
        string.IsNullOrEmpty(package.Plan.Symbol) ? "KH-" + package.Issuer.Abbr : package.Plan.Symbol;
}
