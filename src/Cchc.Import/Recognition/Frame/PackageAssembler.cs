using Cchc.Composition.Text;
using Cchc.Import.Output;
using Cchc.Model;
using Cchc.Word;

namespace Cchc.Import.Recognition.Frame;

/// <summary>
/// Puts the recognised parts together as one plan file, keys in the order of plan-format.md §2: the frame read
/// here, the body and the Phụ lục from <see cref="Recognizers"/>.
/// </summary>
internal static class PackageAssembler
{
    public static YMap? Assemble(IReadOnlyList<DocumentPart> parts, Recognizers recognizers, List<Diagnostic> diagnostics)
    {
        var decisionPart = First(parts, PartKind.Decision, diagnostics);
        var planPart = First(parts, PartKind.Plan, diagnostics);
        if (planPart is null)
        {
            return null;
        }

        var facts = new FrameFacts();
        var bases = new List<(YMap Ref, DateStyle? Style)>();
        var decision = decisionPart is null ? null : DecisionReader.Read(decisionPart, facts, bases);
        var decisionLetterhead = decisionPart is null ? null : Letterhead.Read(decisionPart.Blocks.Take(decisionPart.TitleIndex));
        var fragment = planPart.Fragment ? FragmentFrame.Read(planPart.Blocks, planPart.Context.SourceName) : null;
        var frame = fragment is null ? PlanFrameReader.Read(planPart, facts) : FragmentFrame.Plan(planPart, fragment, planPart.Context);
        var planTitle = (frame.Plan["title"] as YScalar)?.Value ?? "";
        if (decision is not null)
        {
            DecisionReader.UseDefaultArticles(decision, planTitle);
        }

        var place = DecisionReader.Place(decisionLetterhead) ?? DecisionReader.Place(frame.Letterhead);
        var symbol = DecisionReader.Symbol(decisionLetterhead) ?? DecisionReader.Symbol(frame.Letterhead) ?? facts.Attached?.Symbol;
        var bodyAt = planPart.Blocks[Math.Max(planPart.TitleIndex, 0)].Position;
        var issuer = fragment is null ? IssuerReader.Read(facts, place, symbol, planPart.Context) : FragmentFrame.Issuer(fragment, facts, planPart.Context, bodyAt);
        if (fragment is not null && decision is null)
        {
            facts.Attached = FragmentFrame.Attached(fragment, bodyAt);
        }

        if (decision is null && facts.Attached is { } attached)
        {
            var texts = frame.Body.Concat(planPart.Blocks.Take(Math.Max(planPart.TitleIndex, 0))).OfType<WordParagraph>().Select(p => p.DisplayText);
            decision = SuppliedDecision.Make(attached, planTitle, facts, texts, fragment is not null, planPart.Context);
        }

        if (decision is not null && facts.Attached is { } line)
        {
            AttachedBy(decision, line, facts);
        }

        var body = recognizers.Body(frame.Body, planPart.Context);
        frame.Plan.Add("body", body);
        var appendixBlocks = parts.Where(p => p.Kind == PartKind.Appendix).ToList();
        var (appendices, agencies, areas) = appendixBlocks.Count == 0
            ? (new YSeq(), recognizers.Agencies(planPart.Context), new YMap())
            : recognizers.Appendix([.. appendixBlocks.SelectMany(p => p.Blocks)], body, appendixBlocks[0].Context);
        ArchiveCodes(decision ?? frame.Plan, agencies);
        PruneDateStyles(bases, facts);

        var root = new YMap().Add("cchc", YScalar.Number(1)).Add("issuer", issuer);
        if (facts.Style() is { Entries.Count: > 0 } style)
        {
            root.Add("style", style);
        }

        root.Add("agencies", agencies);
        if (areas.Entries.Count > 0)
        {
            root.Add("areas", areas);
        }

        if (decision is not null)
        {
            root.Add("decision", decision);
        }

        root.Add("plan", frame.Plan);
        if (appendices.Items.Count > 0)
        {
            root.Add("appendices", appendices);
        }

        return root;
    }

    private static DocumentPart? First(IReadOnlyList<DocumentPart> parts, PartKind kind, List<Diagnostic> diagnostics)
    {
        var all = parts.Where(p => p.Kind == kind).ToList();
        foreach (var extra in all.Skip(1))
        {
            var where = extra.Blocks[extra.TitleIndex].Position;
            diagnostics.Add(DiagnosticCatalog.W119.At(extra.Context.At(where),
                $"đã có một {Name(kind)} ở trước; văn bản này không được nhập", $"a {Name(kind)} came before; this one was not imported"));
        }

        return all.FirstOrDefault();
    }

    private static string Name(PartKind kind) => kind == PartKind.Decision ? "Quyết định" : "Kế hoạch";

    /// <summary>Sets <c>attached_by</c> when the "Kèm theo" line names the issuer otherwise than the default (plan-format.md §6).</summary>
    private static void AttachedBy(YMap decision, AttachedLine line, FrameFacts facts)
    {
        var signer = decision["signer"] as YMap;
        var tm = (signer?["tm"] as YScalar)?.Value;
        var office = (signer?["kt"] as YScalar)?.Value ?? (signer?["title"] as YScalar)?.Value;
        var expected = signer is null || tm is not null || office is null ? facts.FullName : VietnameseCase.Cap(office) + " " + facts.FullName;
        if (line.AttachedBy != expected)
        {
            decision.Add("attached_by", new YScalar(line.AttachedBy) { Origin = line.Position });
        }
    }

    /// <summary>"Lưu: VT, VHXH": an abbreviation the agency registry knows becomes that agency's code.</summary>
    private static void ArchiveCodes(YMap document, YMap agencies)
    {
        if (document["archive"] is not YSeq archive)
        {
            return;
        }

        for (var i = 0; i < archive.Items.Count; i++)
        {
            if (archive.Items[i] is YScalar { Value: { } abbr } s
                && agencies.Entries.FirstOrDefault(a => a.Value is YMap m && (m["abbr"] as YScalar)?.Value == abbr).Key is { } code)
            {
                archive.Items[i] = new YScalar(code) { Origin = s.Origin };
            }
        }
    }

    /// <summary>A date style that is the package's <c>style.ref_date</c> is not repeated on each reference.</summary>
    private static void PruneDateStyles(List<(YMap Ref, DateStyle? Style)> bases, FrameFacts facts)
    {
        var majority = facts.RefDateStyles.Count == 0 ? DateStyle.Short : facts.Majority();
        foreach (var (reference, style) in bases)
        {
            if (style == majority)
            {
                reference.Entries.RemoveAll(e => e.Key == "date_style");
            }
        }
    }
}
