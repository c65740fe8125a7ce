using Cchc.Diff;
using Cchc.Import.Output;
using Cchc.Model;

namespace Cchc.Import.Into;

/// <summary>
/// The document's lists the plan writes one item a line — căn cứ, Nơi nhận, the Kế hoạch's preamble — through
/// <see cref="LineEdits"/>: what a retyped line changes, and how an added line is written.
/// </summary>
internal sealed partial class IntoApplier
{
    /// <summary>The plan's sequence at <paramref name="key"/> when it has one item for each of the baseline's <paramref name="count"/> lines.</summary>
    private Cchc.Yaml.YNode? Sequence(SpanMap? spans, string key, int count) =>
        spans is not null && spans.Has(key) && _edits.NodeAt(spans.Of(key)) is { Kind: Cchc.Yaml.YKind.Sequence } seq && seq.Items.Count == count ? seq : null;

    /// <summary>Căn cứ lines: a retyped one changes the parts of its reference that changed; an added one is a new reference.</summary>
    private bool Bases(FieldChange field)
    {
        var before = Base.Decision?.Bases;
        var after = Word.Decision?.Bases;
        var target = plan.Decision?.Bases;
        if (before is null || after is null || target is null || before.Count != target.Count || Sequence(plan.Decision!.Spans, "bases", target.Count) is not { } seq)
        {
            return false;
        }

        new LineEdits(_edits, Unplaced).Apply(field, seq, j => Basis(after[j]), (i, j) => Retyped(before[i], after[j], target[i]), ("một dòng căn cứ", "a căn cứ line"));
        return true;
    }

    /// <summary>Each part of the reference that changed, where the plan's reference writes that part; false when one has no place.</summary>
    private bool Retyped(LegalRef b, LegalRef a, LegalRef t)
    {
        var keys = new (string Key, string? Before, string? After)[]
        {
            ("kind", b.Kind, a.Kind), ("number", b.Number, a.Number), ("year", b.Year, a.Year), ("symbol", b.Symbol, a.Symbol),
            ("date", b.Date?.Date?.ToString(), a.Date?.Date?.ToString()), ("issuer", b.Issuer, a.Issuer), ("title", b.Title, a.Title), ("text", b.Text, a.Text),
        };
        var changed = keys.Where(k => !string.Equals(k.Before, k.After, StringComparison.Ordinal)).ToList();
        return changed.Count > 0 && changed.All(k => t.Spans.Has(k.Key) && a.Spans.Has(k.Key)) && changed.All(k => Scalar(t.Spans, a.Spans, k.Key));
    }

    /// <summary>
    /// A new căn cứ as the plan writes one: the parsed reference (a flow mapping, in the spec's key order) when the
    /// plan's citation printer, with the plan's style, gives back the Word file's line exactly; else <c>{text: …}</c>.
    /// </summary>
    private string Basis(LegalRef r)
    {
        var cite = Cchc.Composition.Text.Citation.Cite(r, Word.Style);
        if (r.Text is null && r.Also.Count == 0)
        {
            var style = r.Date?.Date is { Day: not null } ? r.DateStyle ?? Word.Style.RefDate : (DateStyle?)null;
            var written = r with { DateStyle = style == plan.Style.RefDate ? null : style };
            if (Cchc.Composition.Text.Citation.Cite(written, plan.Style) == cite)
            {
                var keys = new (string Key, string? Value)[]
                {
                    ("kind", Q(r.Kind)), ("number", Q(r.Number)), ("year", Q(r.Year)), ("symbol", Q(r.Symbol)), ("date", Q(r.Date?.Date?.ToString())),
                    ("date_style", written.DateStyle?.ToString().ToLowerInvariant()), ("issuer", Q(r.Issuer)), ("title", Q(r.Title)),
                };
                return "{" + string.Join(", ", keys.Where(k => k.Value is not null).Select(k => $"{k.Key}: {k.Value}")) + "}";
            }
        }

        return $"{{text: {YamlScalars.Quote(cite)}}}";

        static string? Q(string? value) => value is null ? null : YamlScalars.Quote(value);
    }

    /// <summary>
    /// Nơi nhận lines: retyped, added and deleted. The importer reads a line's "(note)" as part of its text, so a
    /// new line is a string; a retyped <c>{to, note}</c> keeps its note when the line still ends with it.
    /// </summary>
    private bool Recipients(FieldChange field, SpanMap? spans, IReadOnlyList<Recipient>? target, IReadOnlyList<Recipient>? before, IReadOnlyList<Recipient>? after)
    {
        if (target is null || before is null || after is null || before.Count != target.Count || Sequence(spans, "recipients", target.Count) is not { } seq)
        {
            return false;
        }

        var sample = seq.Items.FirstOrDefault(i => i.Kind == Cchc.Yaml.YKind.Scalar)?.Span;
        new LineEdits(_edits, Unplaced).Apply(field, seq, j => _edits.LikeScalar(sample, Line(after[j])),
            (i, j) => Retyped(seq.Items[i], Line(after[j])), ("một dòng Nơi nhận", "a Nơi nhận line"));
        return true;
    }

    private static string Line(Recipient r) => r.Note is null ? r.To : $"{r.To} ({r.Note})";

    private bool Retyped(Cchc.Yaml.YNode item, string line)
    {
        if (item.Kind == Cchc.Yaml.YKind.Scalar)
        {
            return _edits.SetScalar(item.Span, line);
        }

        var to = item.Pairs.FirstOrDefault(p => p.Key.Value == "to").Value;
        var note = item.Pairs.FirstOrDefault(p => p.Key.Value == "note").Value;
        if (to is null)
        {
            return false;
        }

        return note is not null && line.EndsWith($" ({note.Value})", StringComparison.Ordinal)
            ? _edits.SetScalar(to.Span, line[..^(note.Value.Length + 3)])
            : _edits.SetScalar(to.Span, line) && (note is null || _edits.DeletePair(item, "note"));
    }

    /// <summary>The Kế hoạch's preamble paragraphs: retyped (where the plan's text is the document's), added, deleted.</summary>
    private bool Preamble(FieldChange field)
    {
        var (before, after, target) = (Base.Plan.Preamble, Word.Plan.Preamble, plan.Plan.Preamble);
        if (before.Count != target.Count || Sequence(plan.Plan.Spans, "preamble", target.Count) is not { } seq)
        {
            return false;
        }

        new LineEdits(_edits, Unplaced).Apply(field, seq, j => _edits.LikeScalar(seq.Items[0].Span, after[j]),
            (i, j) => target[i] == before[i] && _edits.SetScalar(seq.Items[i].Span, after[j]), ("một đoạn căn cứ của Kế hoạch", "a preamble paragraph of the Kế hoạch"));
        return true;
    }
}
