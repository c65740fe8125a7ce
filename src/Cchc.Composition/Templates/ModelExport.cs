using Cchc.Composition.Text;
using Cchc.Model;
using Scriban.Runtime;
using static Cchc.Composition.Templates.ScriptValues;

namespace Cchc.Composition.Templates;

/// <summary>The model as templates see it (templates/README.md lists every name).</summary>
internal static class ModelExport
{
    public static ScriptObject Globals(Package package) => Object(
        ("issuer", Issuer(package.Issuer, package.IssuerFullName)),
        ("style", Style(package.Style)),
        ("blank", package.Style.Blank),
        ("plan", Plan(package)),
        ("decision", package.Decision is { } d ? Decision(package, d) : null));

    /// <summary>{year, month, day} (null when unknown) and the rendered <c>long</c> and <c>short</c> forms.</summary>
    public static ScriptObject Date(DateValue? value, string blank)
    {
        var date = value?.Date;
        return Object(
            ("year", date?.Year),
            ("month", date?.Month),
            ("day", date?.Day),
            ("long", DateText.Long(date, blank)),
            ("short", DateText.Short(date, blank)));
    }

    public static ScriptObject? Signer(Signer? signer) => signer is null ? null : Object(
        ("tm", Str(signer.Tm)),
        ("kt", Str(signer.Kt)),
        ("title", Str(signer.Title)),
        ("name", Str(signer.Name)));

    public static string DecisionSymbol(Package package) => DefaultSymbols.Decision(package);

    public static string PlanSymbol(Package package) => DefaultSymbols.Plan(package);

    /// <summary>A title on one line, for use inside a sentence ("Điều 1. … “Kế hoạch {title}”").</summary>
    public static string Inline(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public static ScriptObject Issuer(Issuer i, string fullName) =>
        Object(
            ("body", Str(i.Body)),
            ("unit", Str(i.Unit)),
            ("name", Str(i.Name)),
            ("province", Str(i.Province)),
            ("superior", Str(i.Superior)),
            ("place", Str(i.PlaceName)),
            ("abbr", Str(i.Abbr)),
            ("full_name", Str(fullName)));

    public static ScriptObject Style(DocumentStyle style) => Object(
        ("ref_date", style.RefDate == DateStyle.Long ? "long" : "short"),
        ("attached_date", style.AttachedDate == DateStyle.Long ? "long" : "short"),
        ("national_title", style.NationalTitle),
        ("blank", style.Blank));

    private static ScriptObject Plan(Package package)
    {
        var p = package.Plan;
        return Object(
            ("title", Str(p.Title)),
            ("title_inline", Str(Inline(p.Title))),
            ("period", p.Period.ToString()),
            ("number", Str(p.Number)),
            ("symbol", PlanSymbol(package)),
            ("date", Date(p.Date, package.Style.Blank)),
            ("attached", package.Decision is not null));
    }

    private static ScriptObject Decision(Package package, Decision d) => Object(
        ("number", Str(d.Number)),
        ("symbol", DecisionSymbol(package)),
        ("date", Date(d.Date, package.Style.Blank)),
        ("title", Str(d.Title)),
        ("title_inline", Str(Inline(d.Title))),
        ("executors", Str(d.Executors)),
        ("proposer", Str(d.Proposer is null ? null : AgencyText.FillNames(d.Proposer, package.Registry))));
}
