using Cchc.Model;

namespace Cchc.Yaml.Rollover;

/// <summary>One value the rollover changed; <see cref="New"/> is null for a value reset to null.</summary>
public sealed record RolloverChange(LocalizedText What, int Line, string? Old, string? New);

/// <summary>Something a person should look at in the new draft.</summary>
public sealed record RolloverNote(int Line, LocalizedText Message);

/// <summary>
/// The next year's draft: the edited source text, what changed, what needs a person, and any problem that
/// kept the edit from being trusted (then <see cref="Text"/> must not be written).
/// </summary>
public sealed record RolloverResult(string Text, Period From, Period To, IReadOnlyList<RolloverChange> Changes,
    IReadOnlyList<RolloverNote> Review, IReadOnlyList<Diagnostic> Problems);

/// <summary>
/// Year rollover (§10, <c>cchc next-year</c>): moves plan.period, every year inside parsed deadlines and the plan
/// year in titles by k = new first year − old first year; resets the number and date of the decision and plan to
/// null; keeps ids. Edits the source text in place, so comments, key order, quoting and layout stay byte for byte,
/// then reloads the result and checks every value it meant to change, and only those, did change.
/// </summary>
public static class YearRollover
{
    public static RolloverResult Roll(Package package, string sourceText, int toYear)
    {
        var from = package.Plan.Period;
        var last = (long)toYear + from.Last - from.First;
        if (toYear < 1900 || last > 2200)
        {
            return new RolloverResult(sourceText, from, from, [], [], [DiagnosticCatalog.E008.At(package.Plan.Spans.Of("period"),
                $"không chuyển được kế hoạch {from} sang năm {toYear}: thời kỳ mới {toYear}–{last} nằm ngoài khoảng 1900–2200",
                $"cannot roll the {from} plan to {toYear}: the new period {toYear}–{last} is outside 1900–2200")]);
        }

        var k = toYear - from.First;
        var to = new Period(from.First + k, from.Last + k);
        var slots = RolloverSlots.Of(package);
        var planned = slots.Select(s => Planned(s, from, k)).ToList();
        var editor = new ScalarEditor(sourceText);
        var changes = new List<RolloverChange>();
        for (var i = 0; i < slots.Count; i++)
        {
            var slot = slots[i];
            if (string.Equals(slot.Value, planned[i], StringComparison.Ordinal))
            {
                continue;
            }

            if (slot.Kind is SlotKind.Number or SlotKind.Date)
            {
                editor.Replace(slot.Span, "null");
            }
            else
            {
                Func<int, bool>? which = slot.Kind == SlotKind.Title ? y => InPeriod(y, from) : null;
                editor.Rewrite(slot.Span, source => YearTokens.Shift(source, k, which));
            }

            changes.Add(new RolloverChange(slot.What, slot.Span.Line, slot.Value, planned[i]));
        }

        var text = editor.Apply();
        var problems = Check(text, package.SourcePath, slots, planned);
        return new RolloverResult(text, from, to, changes, RolloverReview.Notes(package, from, to), problems);
    }

    private static bool InPeriod(int year, Period p) => year >= p.First && year <= p.Last;

    /// <summary>What a slot should hold after rollover.</summary>
    private static string? Planned(Slot s, Period from, int k) => s.Kind switch
    {
        SlotKind.Period => s.Value is null ? null : YearTokens.Shift(s.Value, k),
        SlotKind.Title => s.Value is null ? null : YearTokens.Shift(s.Value, k, y => InPeriod(y, from)),
        SlotKind.Number or SlotKind.Date => null,
        _ when s.Deadline is { IsExplicitText: false, HasInterval: true, ParseError: DeadlineParseError.None } => YearTokens.Shift(s.Value!, k),
        _ => s.Value,
    };

    /// <summary>Reloads the edited text: it must load without errors and hold exactly the planned values.</summary>
    private static List<Diagnostic> Check(string text, string path, List<Slot> slots, List<string?> planned)
    {
        var loaded = PlanLoader.Load(text, path);
        var problems = loaded.Diagnostics.Where(d => d.IsError).ToList();
        if (loaded.Package is null || problems.Count > 0)
        {
            return problems;
        }

        var actual = RolloverSlots.Of(loaded.Package);
        for (var i = 0; i < slots.Count; i++)
        {
            var value = i < actual.Count ? actual[i].Value : null;
            if (i >= actual.Count || !string.Equals(value, planned[i], StringComparison.Ordinal))
            {
                problems.Add(DiagnosticCatalog.E204.At(slots[i].Span,
                    $"không sửa được tại chỗ {slots[i].What.Vi}: mong đợi \"{planned[i]}\" nhưng được \"{value}\"; hãy sửa tay giá trị này rồi chạy lại",
                    $"could not edit {slots[i].What.En} in place: expected \"{planned[i]}\", got \"{value}\""));
            }
        }

        return problems;
    }
}
