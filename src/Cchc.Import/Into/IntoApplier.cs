using Cchc.Diff;
using Cchc.Model;
using Cchc.Word;
using Cchc.Yaml;

namespace Cchc.Import.Into;

/// <summary>
/// Writes the changes between the baseline (the plan seen through the importer) and the edited Word file into
/// the plan's text. The baseline's tasks and paragraphs are paired with the plan's by the semantic diff of plan
/// and baseline (same text, different ids); a change is written at the plan's span for it, in the plan's style.
/// What finds no place is a W125 warning naming the place in the Word file and in the YAML.
/// </summary>
internal sealed partial class IntoApplier(Package plan, string planText, ImportedPlan baseline, ImportedPlan edited,
    IReadOnlyList<(WordDocument Document, string Name)> word, List<Diagnostic> diagnostics)
{
    private readonly PlanTextEdits _edits = new(planText, plan.SourcePath);
    private readonly PlanTextEdits _wordYaml = new(edited.Yaml, "edited.yaml");
    private readonly Dictionary<PlanTask, PlanTask> _tasks = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, BodyText> _paragraphs = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Node, Node> _sections = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private Package Base => baseline.Package!;
    private Package Word => edited.Package!;

    /// <param name="changes">Baseline → Word file.</param>
    /// <param name="pairing">Plan → baseline: pairs the plan's tasks and paragraphs with the baseline's.</param>
    public string Apply(PlanDiff changes, PlanDiff pairing)
    {
        foreach (var t in pairing.Tasks.Where(t => t.Old is not null && t.New is not null))
        {
            _tasks[t.New!] = t.Old!;
        }

        foreach (var p in pairing.Paragraphs.Where(p => p.Old is not null && p.New is not null))
        {
            _paragraphs[p.New!.Source] = p.Old!;
        }

        foreach (var section in pairing.Sections.Where(x => x.Old is not null && x.New is not null))
        {
            _sections[section.New!] = section.Old!;
        }

        _ids.UnionWith(plan.Appendices.OfType<TaskAppendix>().SelectMany(a => a.Groups).SelectMany(g => g.Tasks).Select(t => t.Id));
        foreach (var field in changes.Document.Where(f => f.Kind is not ChangeKind.Unchanged))
        {
            Document(field);
        }

        Tasks(changes);
        var (added, removed) = Body(changes);
        foreach (var p in changes.Paragraphs.Where(p => p.Kind is not ChangeKind.Unchanged && !added.Contains(p) && !removed.Contains(p)))
        {
            Paragraph(p);
        }

        foreach (var s in changes.Sections.Where(s => s.Kind is not ChangeKind.Unchanged))
        {
            Section(s);
        }

        Indicators(changes, pairing);

        return _edits.Apply();
    }

    /// <summary>
    /// Paragraphs and list items added or deleted, written by <see cref="BodyEdits"/>: a Word paragraph is placed
    /// by the plan's paragraph of the same kind it was paired with. Returns the changes it took.
    /// </summary>
    private (HashSet<ParagraphChange> Added, HashSet<ParagraphChange> Removed) Body(PlanDiff changes)
    {
        static bool Editable(object source) => source is ParagraphBlock or Cchc.Model.Item;
        var placed = new Dictionary<object, BodyText>(ReferenceEqualityComparer.Instance);
        foreach (var p in changes.Paragraphs.Where(p => p.Old is not null && p.New is not null))
        {
            if (_paragraphs.TryGetValue(p.Old!.Source, out var target) && Editable(target.Source) && target.Source.GetType() == p.New!.Source.GetType())
            {
                placed[p.New.Source] = target;
            }
        }

        var sections = new Dictionary<Node, Node>(ReferenceEqualityComparer.Instance);
        foreach (var s in changes.Sections.Where(s => s.Old is not null && s.New is not null && _sections.ContainsKey(s.Old!)))
        {
            sections[s.New!] = _sections[s.Old!];
        }

        var added = changes.Paragraphs.Where(p => p.Kind == ChangeKind.Added && Editable(p.New!.Source)).ToHashSet();
        var removed = changes.Paragraphs.Where(p => p.Kind == ChangeKind.Removed && _paragraphs.TryGetValue(p.Old!.Source, out var t) && Editable(t.Source)).ToHashSet();
        new BodyEdits(_edits, placed, sections, plan.Plan.Spans.Of("body"), Above, Unplaced).Apply(Word.Plan.Body,
            added.Select(p => p.New!.Source).ToHashSet(ReferenceEqualityComparer.Instance), [.. removed.Select(p => _paragraphs[p.Old!.Source])]);
        return (added, removed);
    }

    /// <summary>The Word paragraph right above the only one that says <paramref name="text"/>.</summary>
    private string? Above(string text)
    {
        var found = word.SelectMany(w => w.Document.Paragraphs.Select((p, i) => (w.Document, i, p.DisplayText))).Where(x => x.DisplayText == text).ToList();
        return found is [var (document, i, _)] && i > 0 ? document.Paragraphs.ElementAt(i - 1).DisplayText : null;
    }

    /// <summary>A heading retyped: its title. A section added, removed or given another role or area has no place (W125).</summary>
    private void Section(SectionChange change)
    {
        var target = change.Old is { } old && _sections.TryGetValue(old, out var t) ? t : null;
        if (change.Kind == ChangeKind.Modified && target is not null && change.New is { Title: { } title } && target.Spans.Has("title")
            && change.Fields.Where(f => f.Kind is not ChangeKind.Unchanged).All(f => f.Field == "title") && _edits.SetScalar(target.Spans.Of("title"), title))
        {
            return;
        }

        Unplaced(target?.Spans.Node ?? plan.Plan.Spans.Of("body"), change.New?.Title ?? change.Old?.Title,
            $"đề mục \"{change.NewPath}\" ({Kind(change.Kind)})", $"the heading \"{change.NewPath}\" ({change.Kind})");
    }

    private void Document(FieldChange field)
    {
        var placed = field.Field switch
        {
            "decision.number" => Scalar(plan.Decision?.Spans, Word.Decision?.Spans, "number"),
            "decision.date" => Scalar(plan.Decision?.Spans, Word.Decision?.Spans, "date"),
            "decision.title" => Scalar(plan.Decision?.Spans, Word.Decision?.Spans, "title"),
            "decision.proposer" => Scalar(plan.Decision?.Spans, Word.Decision?.Spans, "proposer"),
            "plan.number" => Scalar(plan.Plan.Spans, Word.Plan.Spans, "number"),
            "plan.date" => Scalar(plan.Plan.Spans, Word.Plan.Spans, "date"),
            "plan.title" => Scalar(plan.Plan.Spans, Word.Plan.Spans, "title"),
            "decision.signer" => Signer(Base.Decision?.Signer, Word.Decision?.Signer, plan.Decision?.Signer),
            "plan.signer" => Signer(Base.Plan.Signer, Word.Plan.Signer, plan.Plan.Signer),
            "decision.bases" => Bases(field),
            "decision.recipients" => Recipients(field, plan.Decision?.Spans, plan.Decision?.Recipients, Base.Decision?.Recipients, Word.Decision?.Recipients),
            "plan.recipients" => Recipients(field, plan.Plan.Spans, plan.Plan.Recipients, Base.Plan.Recipients, Word.Plan.Recipients),
            "plan.preamble" => Preamble(field),
            _ => false,
        };
        if (!placed)
        {
            Unplaced(Place(field.Field), field.Text?.New ?? field.Lines?.FirstOrDefault(l => l.Kind != ChangeKind.Unchanged)?.Text.New,
                $"trường {field.Field}", $"the field {field.Field}");
        }
    }

    /// <summary>Where the plan has a document field ("decision.recipients"): its value, else its document.</summary>
    private SourceSpan Place(string field)
    {
        var dot = field.IndexOf('.', StringComparison.Ordinal);
        var spans = field.StartsWith("decision.", StringComparison.Ordinal) ? plan.Decision?.Spans : field.StartsWith("plan.", StringComparison.Ordinal) ? plan.Plan.Spans : null;
        return spans?.Of(field[(dot + 1)..]) ?? plan.Spans.Node;
    }

    /// <summary>The Word file's value of <paramref name="key"/> written where the plan has it.</summary>
    private bool Scalar(SpanMap? planSpans, SpanMap? wordSpans, string key)
    {
        if (planSpans is null || wordSpans is null || !planSpans.Has(key))
        {
            return false;
        }

        var value = wordSpans.Has(key) ? _wordYaml.NodeAt(wordSpans.Of(key)) : null;
        if (wordSpans.Has(key) && value is not { Kind: Cchc.Yaml.YKind.Scalar })
        {
            return false;
        }

        return _edits.SetScalar(planSpans.Of(key), value is null || value.IsNull ? null : value.Value);
    }

    private bool Signer(Signer? before, Signer? after, Signer? target)
    {
        if (before is null || after is null || target is null)
        {
            return false;
        }

        var keys = new (string Key, string? Before, string? After)[] { ("tm", before.Tm, after.Tm), ("kt", before.Kt, after.Kt), ("title", before.Title, after.Title), ("name", before.Name, after.Name) };
        return keys.Where(k => !string.Equals(k.Before, k.After, StringComparison.Ordinal)).ToList() is var changed
            && changed.Count > 0 && changed.All(k => Scalar(target.Spans, after.Spans, k.Key));
    }

    /// <summary>
    /// The Word file's agency expression in the plan's codes: an agency the plan's registry names (by its name or
    /// short form) is its code; one it does not know is written as its name (W126).
    /// </summary>
    private string Agencies(AgencyExpr expr)
    {
        // The importer may split one agency at "và" ("Văn phòng HĐND và UBND"): the whole cell first.
        var whole = expr.Render(Word.Registry);
        if (plan.Agencies.FirstOrDefault(p => Same(p.ShortOrName, whole) || Same(p.Name, whole)) is { } one)
        {
            return one.Code;
        }

        var parts = expr.Parts.Select(p => p.IsCode ? Code(p.Text) : (p.Text, false)).ToList();
        return parts is [(var only, true)] ? only : string.Concat(parts.Select(p => p.Item2 ? "{" + p.Item1 + "}" : p.Item1));
    }

    private (string, bool) Code(string wordCode)
    {
        var name = Word.Registry.TryGetValue(wordCode, out var a) ? a.ShortOrName : wordCode;
        var known = plan.Agencies.FirstOrDefault(p => Same(p.Name, name) || Same(p.Short, name) || a is not null && (Same(p.Name, a.Name) || Same(p.ShortOrName, a.Name)));
        if (known is not null)
        {
            return (known.Code, true);
        }

        diagnostics.Add(DiagnosticCatalog.W126.At(plan.Spans.Of("agencies"),
            $"cơ quan \"{name}\" trong {WordNames} không có trong agencies của kế hoạch: ghi thành lời văn; thêm cơ quan vào agencies rồi thay bằng mã nếu cần [{Where(name)}]",
            $"the agency \"{name}\" in {WordNames} is not in the plan's agencies: written as text; add it to agencies and use its code if needed [{Where(name)}]"));
        return (name, false);
    }

    private static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private void Paragraph(ParagraphChange change)
    {
        if (change.Kind == ChangeKind.Modified && change.Old is { } before && change.New is { } after
            && _paragraphs.TryGetValue(before.Source, out var target) && TextNode(target) is { } node)
        {
            var value = node.Value;
            if (string.Equals(value, before.Text, StringComparison.Ordinal))
            {
                _edits.SetScalar(node.Span, after.Text);
                return;
            }

            // The plan's scalar holds markup the document does not show: replace only the words that changed.
            var prefix = Common(before.Text, after.Text, fromEnd: false);
            var suffix = Common(before.Text[prefix..], after.Text[prefix..], fromEnd: true);
            var from = before.Text[Math.Max(0, prefix - 12)..(before.Text.Length - suffix)];
            var to = after.Text[Math.Max(0, prefix - 12)..(after.Text.Length - suffix)];
            if (from.Length > 0 && value.IndexOf(from, StringComparison.Ordinal) is var i and >= 0 && value.IndexOf(from, i + 1, StringComparison.Ordinal) < 0)
            {
                _edits.SetScalar(node.Span, value[..i] + to + value[(i + from.Length)..]);
                return;
            }
        }

        // The reader takes a goals section's indicators for list items: the plan's indicator of that text, when it states no targets the text could change.
        if (change.Kind == ChangeKind.Modified && change.Old is { } read && !_paragraphs.ContainsKey(read.Source)
            && PlanIndicators().Where(i => i.Id is not null && i.Text == read.Text).ToList() is [{ Targets.Count: 0 } indicator]
            && _edits.SetScalar(indicator.Spans.Of("text"), change.New!.Text))
        {
            return;
        }

        var where = change.Old is { } o && _paragraphs.TryGetValue(o.Source, out var t) ? t.Span : plan.Plan.Spans.Of("body");
        Unplaced(where, change.New?.Text ?? change.Old?.Text, $"đoạn văn \"{Short(change.New?.Text ?? change.Old?.Text)}\" ({Kind(change.Kind)})", $"the paragraph \"{Short(change.New?.Text ?? change.Old?.Text)}\" ({change.Kind})");
    }

    /// <summary>The scalar that holds a body paragraph's text: the node itself, or the "text" of an item written as a mapping.</summary>
    private Cchc.Yaml.YNode? TextNode(BodyText target) => _edits.NodeAt(target.Span) switch
    {
        { Kind: Cchc.Yaml.YKind.Scalar } s => s,
        { Kind: Cchc.Yaml.YKind.Mapping } m => m.Pairs.FirstOrDefault(p => p.Key.Value == "text").Value is { Kind: Cchc.Yaml.YKind.Scalar } v ? v : null,
        _ => null,
    };

    private static int Common(string a, string b, bool fromEnd)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && (fromEnd ? a[^(n + 1)] == b[^(n + 1)] : a[n] == b[n]))
        {
            n++;
        }

        return n;
    }

    private void Unplaced(SourceSpan at, string? text, string whatVi, string whatEn) =>
        diagnostics.Add(DiagnosticCatalog.W125.At(at,
            $"chưa áp dụng {whatVi}: cchc không biết đặt thay đổi này vào đâu trong YAML; hãy sửa tay [{Where(text)}]",
            $"not applied: {whatEn}: cchc does not know where this change goes in the YAML; edit it by hand [{Where(text)}]"));

    private string WordNames => string.Join(", ", word.Select(w => w.Name));

    /// <summary>Where the Word file shows <paramref name="text"/>: "ke-hoach.docx(¶123)" or "(bảng 2, dòng 14, cột 3)".</summary>
    private string Where(string? text)
    {
        var needle = text is null ? "" : text.Length > 40 ? text[..40] : text;
        foreach (var (document, name) in word)
        {
            if (needle.Length > 0 && document.Paragraphs.FirstOrDefault(p => p.DisplayText.Contains(needle, StringComparison.Ordinal)) is { } found)
            {
                return $"{name}({found.Position.Describe("vi")})";
            }
        }

        return WordNames;
    }

    private static string Short(string? text) => text is null ? "" : text.Length > 50 ? text[..50] + "…" : text;

    private static string Kind(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "thêm",
        ChangeKind.Removed => "xóa",
        _ => "sửa",
    };
}
