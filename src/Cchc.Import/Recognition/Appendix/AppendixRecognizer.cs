using System.Text.RegularExpressions;
using Cchc.Import.Output;
using Cchc.Import.Recognition.Agencies;
using Cchc.Import.Recognition.Body;
using Cchc.Import.Recognition.Ids;
using Cchc.Model;
using Cchc.Word;

namespace Cchc.Import.Recognition.Appendix;

/// <summary>
/// The Phụ lục parts: each from its "PHỤ LỤC" label, its title lines, the "(Kèm theo …)" line and its task
/// table. Group rows (one cell across the table, or a Roman-numbered row) become task groups mapped to areas;
/// the other rows become tasks with lead/co as agency codes, deadlines as the format writes them (free text
/// as <c>{text: …}</c>) and products as lists.
/// </summary>
public static partial class AppendixRecognizer
{
    /// <summary>Call after <see cref="PlanBodyRecognizer.Recognize"/>: the registry then holds the body's agencies too.</summary>
    /// <param name="body">The recognised body: an indicator table's rows are its indicators, which get the rows' deadlines and agencies.</param>
    public static AppendixResult Recognize(IReadOnlyList<WordBlock> blocks, ImportContext ctx, YSeq? body = null)
    {
        var parts = Split(blocks);
        var appendices = new YSeq();
        var areas = new AreaSettings();
        foreach (var part in parts)
        {
            appendices.Add(Appendix(part, parts.Count, appendices.Items.Count, areas, body ?? new YSeq(), ctx));
        }

        return new AppendixResult(appendices, AgencyRegistry.For(ctx).ToYaml(), areas.ToYaml());
    }

    /// <summary>The blocks of each Phụ lục, each starting at its label. Empty paragraphs (pandoc's section break is
    /// one) and a letterhead — a table or typed lines — just above a label belong to that Phụ lục.</summary>
    private static List<List<WordBlock>> Split(IReadOnlyList<WordBlock> blocks)
    {
        var parts = new List<List<WordBlock>>();
        foreach (var b in blocks)
        {
            if (b is WordParagraph p && IsLabel(p.DisplayText) || parts.Count == 0)
            {
                var above = parts.Count > 0 ? HeaderAbove(parts[^1]) : [];
                if (parts.Count > 0 && parts[^1].Count == 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }

                parts.Add(above);
            }

            parts[^1].Add(b);
        }

        return parts;
    }

    /// <summary>Takes from the end of <paramref name="part"/> the empty lines and the letterhead there, if that is all its last blocks are.</summary>
    private static List<WordBlock> HeaderAbove(List<WordBlock> part)
    {
        var start = part.Count;
        while (start > 0 && part[start - 1] switch
        {
            WordTable t => Frame.Letterhead.IsLetterhead(t),
            WordParagraph q => q.DisplayText.Trim().Length == 0 || Frame.Letterhead.IsLetterheadLine(q),
            _ => false,
        })
        {
            start--;
        }

        var run = part[start..];
        if (run.Any(b => b is not WordParagraph { DisplayText: var t } || t.Trim().Length > 0) && Frame.Letterhead.Read(run) is null)
        {
            return [];
        }

        part.RemoveRange(start, run.Count);
        return run;
    }

    private static bool IsLabel(string text) => text.Trim().Length <= 24 && TextFold.Key(text).StartsWith("phu luc", StringComparison.Ordinal);

    private static YMap Appendix(List<WordBlock> part, int count, int index, AreaSettings areas, YSeq body, ImportContext ctx)
    {
        var map = new YMap { Origin = part[0].Position };
        map.Add("kind", "tasks");
        string? label = null;
        var title = new List<string>();
        var attachedToPlan = false;
        WordTable? table = null;
        IndicatorTableReader.Header? indicators = null;
        // A letterhead above the label (a Phụ lục issued as a file of its own), as a table or typed: not the title.
        var labelAt = part.FindIndex(b => b is WordParagraph q && IsLabel(q.DisplayText));
        var letterhead = labelAt > 0 && Frame.Letterhead.Read(part.Take(labelAt)) is not null;
        foreach (var b in part)
        {
            if (b is WordTable t)
            {
                if (table is null && (TaskColumns.Find(t) is not null || (indicators = IndicatorTableReader.Find(t)) is not null))
                {
                    table = t;
                }

                continue;
            }

            var p = (WordParagraph)b;
            var text = p.DisplayText.Trim();
            if (text.Length == 0 || table is not null || label is null && letterhead && Frame.Letterhead.IsLetterheadLine(p))
            {
                continue;
            }

            if (label is null && IsLabel(text))
            {
                label = text;
            }
            else if (Frame.FrameText.IsAttachedLine(text))
            {
                attachedToPlan = TextFold.Key(text).StartsWith("kem theo ke hoach", StringComparison.Ordinal);
            }
            else
            {
                title.Add(text);
            }
        }

        map.Add("title", string.Join("\n", title));
        var defaultLabel = count == 1 ? "Phụ lục" : "Phụ lục " + LabelStyles.Expected("roman", index + 1, null).TrimEnd('.');
        if (label is not null && label != defaultLabel)
        {
            map.Entries.Insert(1, new("label", new YScalar(label)));
        }

        if (attachedToPlan)
        {
            map.Add("attached_to", "plan");
        }

        if (table is not null && indicators is not null)
        {
            map.Entries[0] = new("kind", new YScalar("indicators"));
            new IndicatorTableReader(table, indicators, ctx).Read(map, body);
            return map;
        }

        if (table is null)
        {
            ctx.Diagnostics.Add(DiagnosticCatalog.W123.At(SourceSpan.None(ctx.SourceName),
                $"{ctx.SourceName}({part[0].Position.Describe("vi")}): Phụ lục không có bảng nhiệm vụ (không thấy dòng tiêu đề STT, Nội dung, Cơ quan chủ trì…)",
                $"{ctx.SourceName}({part[0].Position.Describe("en")}): the appendix has no task table (no header row with STT, Nội dung, Cơ quan chủ trì…)"));
            map.Add("groups", new YSeq());
            return map;
        }

        new TaskTableReader(table, TaskColumns.Find(table)!, areas, ctx).Read(map);
        return map;
    }
}
