using System.Text.RegularExpressions;
using Cchc.Import.Output;
using Cchc.Model;
using Cchc.Word;

namespace Cchc.Import.Recognition.Frame;

/// <summary>The Kế hoạch's frame, and the blocks of its body for the body recogniser.</summary>
internal sealed record PlanFrame(YMap Plan, IReadOnlyList<WordBlock> Body, Letterhead? Letterhead);

/// <summary>
/// The Kế hoạch around its body (plan-format.md §7): letterhead (with Số and date when standalone), tên loại and
/// title, the "(Kèm theo …)" line of an attached plan, the preamble before section I, the period, and the
/// signature of a standalone plan.
/// </summary>
internal static partial class PlanFrameReader
{
    // The fixed words however they are spaced; what they frame (the number, the date, the issuer) as written.
    [GeneratedRegex(@"^\(Kèm\s+theo\s+(?<kind>Quyết\s+định|Kế\s+hoạch)\s+số(?<n>.*?)/(?<sym>\S+)\s+(?<date>ngày\s.+?)\s+của\s+(?<by>.+)\)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex AttachedLinePattern();

    [GeneratedRegex(@"giai đoạn\s*(?<a>\d{4})\s*[-–—]\s*(?<b>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodRange();

    [GeneratedRegex(@"năm\s+(?<y>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodYear();

    /// <summary>A top-level heading: "I." (typed or Word-numbered).</summary>
    [GeneratedRegex(@"^I\.\s", RegexOptions.CultureInvariant)]
    private static partial Regex FirstSection();

    public static PlanFrame Read(DocumentPart part, FrameFacts facts)
    {
        var ctx = part.Context;
        var plan = new YMap();
        var letterhead = Letterhead.Read(part.Blocks.Take(part.TitleIndex));
        var head = new YMap();
        DecisionReader.NumberAndDate(letterhead, head, facts, ctx, "KH-");

        var blocks = part.Blocks.Skip(part.TitleIndex + 1).ToList();
        var i = 0;
        var title = new List<string>();
        var titleAt = blocks.FirstOrDefault()?.Position;
        for (; i < blocks.Count && blocks[i] is WordParagraph p && p.Text.Trim().Length > 0 && !FrameText.IsAttachedLine(p.Text)
            && !FirstSection().IsMatch(p.DisplayText); i++)
        {
            title.Add(p.DisplayText.Trim());
        }

        var titleText = string.Join("\n", title);
        plan.Add("title", new YScalar(Markup.Escape(titleText)) { Origin = titleAt });
        plan.Add("period", Period(titleText, head, ctx, titleAt));

        // The "Kèm theo" line, then the preamble up to section I.
        var preamble = new YSeq();
        for (; i < blocks.Count; i++)
        {
            if (blocks[i] is not WordParagraph p)
            {
                break;
            }

            var text = p.DisplayText.Trim();
            if (FirstSection().IsMatch(text))
            {
                break;
            }

            if (FrameText.IsAttachedLine(text) && facts.Attached is null && ReadAttached(text, p.Position) is { } attached)
            {
                facts.Attached = attached;
                facts.AttachedDateStyle = attached.Date?.Style;
                facts.SawBlank(attached.Blank);
            }
            else if (text.Length > 0)
            {
                preamble.Add(new YScalar(Markup.Escape(text)) { Origin = p.Position });
            }
        }

        if (preamble.Items.Count > 0)
        {
            plan.Add("preamble", preamble);
        }

        var body = blocks.Skip(i).ToList();
        var signature = body.Select(SignatureBlock.Read).LastOrDefault(s => s is not null);
        if (signature is not null)
        {
            body = [.. body.TakeWhile(b => !SignatureBlock.IsSignature(b))];
        }
        else if (SignatureLines.Find(body) is { } typed)
        {
            signature = typed.Block;
            body = body[..typed.Start];
        }

        if (facts.Attached is null && head.Entries.Count > 0)
        {
            // A standalone plan (seed 004): its own Số, date and signature.
            foreach (var entry in head.Entries)
            {
                plan.Entries.Add(entry);
            }

            if (signature is not null)
            {
                plan.Add("recipients", signature.Recipients).Add("archive", signature.Archive).Add("signer", signature.Signer);
            }
        }
        else if (letterhead is null)
        {
            plan.Add("header", "none");
        }

        return new PlanFrame(plan, body, letterhead);
    }

    private static AttachedLine? ReadAttached(string text, WordPosition where)
    {
        var m = AttachedLinePattern().Match(FrameText.Flat(text) == text ? text : text.Replace('\n', ' '));
        if (!m.Success)
        {
            return null;
        }

        var n = m.Groups["n"].Value;
        var dateText = m.Groups["date"].Value;
        var date = FrameText.Date(dateText) ?? FrameText.Date(dateText[4..].Trim());
        var blank = n.Trim().Length == 0 ? n : "";
        return new AttachedLine(FrameText.Flat(m.Groups["kind"].Value), blank.Length > 0 || n.Length == 0 ? null : n.Trim(), m.Groups["sym"].Value, date, m.Groups["by"].Value, where) { Blank = blank };
    }

    /// <summary>"giai đoạn 2026 - 2030" → "2026-2030", "… năm 2026" → "2026"; else the year of the date, a guess.</summary>
    private static YScalar Period(string title, YMap head, ImportContext ctx, WordPosition? where)
    {
        var flat = FrameText.Flat(title);
        if (PeriodRange().Match(flat) is { Success: true } range)
        {
            return new YScalar($"{range.Groups["a"].Value}-{range.Groups["b"].Value}") { Origin = where };
        }

        if (PeriodYear().Matches(flat) is { Count: > 0 } years)
        {
            return new YScalar(years[^1].Groups["y"].Value) { Origin = where };
        }

        var year = head["date"] is YScalar { Value: { Length: >= 4 } d } ? d[..4] : null;
        var node = new YScalar(year ?? "") { Origin = where };
        ctx.Guessed(DiagnosticCatalog.W116, node, where,
            year is null ? "tên Kế hoạch không nêu năm hay giai đoạn; hãy ghi period" : $"tên Kế hoạch không nêu năm hay giai đoạn; đoán là năm {year} theo ngày ký",
            year is null ? "the plan's title names no year or period; fill in period" : $"the plan's title names no year or period; guessed {year} from its date");
        return node;
    }
}
