using Cchc.Model;

namespace Cchc.Diff.Compare;

/// <summary>
/// lead, co, responsible: equal when they name the same codes and literals in the same order, whatever the
/// form (bare code, list, template); shown as each plan renders them, so a registry rename alone is no change here.
/// </summary>
internal static class AgencyField
{
    public static FieldChange Compare(DiffContext cx, string name, AgencyExpr? o, AgencyExpr? n)
    {
        var oldText = Render(cx.OldPlan, o);
        var newText = Render(cx.NewPlan, n);
        if (Canonical(o) == Canonical(n))
        {
            return new FieldChange(name, ChangeKind.Unchanged, new TextDiff(oldText, newText, newText.Length == 0 ? [] : [new TextEdit(EditOp.Equal, oldText, newText)]));
        }

        var diff = cx.Text(oldText, newText);
        if (diff.Kind == ChangeKind.Unchanged)
        {
            // Different codes that happen to render alike: show the codes.
            diff = cx.Text(o?.Source ?? "", n?.Source ?? "");
        }

        return new FieldChange(name, diff.Kind == ChangeKind.Unchanged ? ChangeKind.Modified : diff.Kind, diff);
    }

    private static string Canonical(AgencyExpr? e) =>
        e is null ? "" : string.Concat(e.Parts.Select(p => p.IsCode ? "{" + p.Text + "}" : p.Text)).Trim();

    private static string Render(Package? package, AgencyExpr? e) =>
        e is null ? "" : e.Render(package?.Registry ?? new Dictionary<string, Agency>());
}
