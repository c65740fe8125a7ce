using Cchc.Import.Output;
using Cchc.Import.Recognition;
using Cchc.Import.Recognition.Appendix;
using Cchc.Import.Recognition.Body;
using Cchc.Model;
using Cchc.Tests.Support;
using Cchc.Tests.Word;
using Cchc.Word;
using Cchc.Yaml;
using YNode = Cchc.Import.Output.YNode;
using Xunit;
using Xunit.Abstractions;

namespace Cchc.Tests.Import;

/// <summary>
/// The Kế hoạch cchc builds from each plan in plans/, read back with the Word reader and recognised: the body
/// and the task table must say what the plan says (texts, labels, task fields; ids may differ).
/// </summary>
public sealed class BuiltPlanImportTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Plans() => BuiltDocuments.Plans();

    private sealed record Imported(Package Plan, YSeq Body, AppendixResult Appendix, ImportContext Ctx);

    private static Imported Import(string plan)
    {
        var path = Path.Combine(RepoPaths.Plans, plan);
        var package = PlanLoader.Load(File.ReadAllText(path), path).Package!;
        var doc = BuiltDocuments.Read(BuiltDocuments.Write(BuiltDocuments.Compose(plan).Last()));
        var blocks = doc.Blocks.ToList();
        var first = blocks.FindIndex(b => b is WordParagraph { Format.OutlineLevel: 0 });
        var label = blocks.FindIndex(b => b is WordParagraph p && p.Text.StartsWith("Phụ lục", StringComparison.OrdinalIgnoreCase));
        // The body ends at the signature block (a standalone plan's) or at the Phụ lục (an attached plan's).
        var signature = blocks.FindIndex(first, b => b is WordTable || blocks.IndexOf(b) == label);
        signature = signature < 0 ? blocks.Count : signature;
        var ctx = new ImportContext(plan.Replace(".yaml", "-ke-hoach.docx", StringComparison.Ordinal));
        var body = PlanBodyRecognizer.Recognize(blocks[first..signature], ctx);
        var appendix = AppendixRecognizer.Recognize(label < 0 ? [] : blocks[label..], ctx);
        return new Imported(package, body, appendix, ctx);
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void The_body_holds_the_plans_headings_paragraphs_and_entries_in_order(string plan)
    {
        var r = Import(plan);
        var expected = r.Plan.Plan.Body.SelectMany(n => NodeTexts(n, r.Plan)).Select(Plain).ToList();
        var actual = YTree.BodyTexts(r.Body).Select(Plain).ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(r.Plan.Plan.Body.Count, r.Body.Items.Count);
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void The_body_keeps_the_labels_the_style_would_not_derive(string plan)
    {
        var r = Import(plan);
        var expected = r.Plan.Plan.Body.SelectMany(Overrides).ToList();
        var actual = r.Body.Items.SelectMany(OverridesOf).ToList();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void The_task_table_gives_the_plans_tasks_field_for_field(string plan)
    {
        var r = Import(plan);
        var expected = r.Plan.Appendices.OfType<TaskAppendix>().SelectMany(a => a.Groups).SelectMany(g => g.Tasks).ToList();
        var actual = YTree.Tasks(r.Appendix.Appendices);
        Assert.Equal(expected.Count, actual.Count);
        var registry = r.Plan.Registry;
        var complete = 0;
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            Assert.Equal(Plain(e.Content), Plain(YTree.Str(a["content"])!));
            Assert.Equal(e.Lead.Render(registry), Render(a["lead"], r.Appendix.Agencies));
            Assert.Equal(e.Co?.Render(registry) ?? "", a["co"] is null ? "" : Render(a["co"], r.Appendix.Agencies));
            Assert.Equal(e.Deadline.Text, a["deadline"] is YMap free ? YTree.Str(free["text"]) : YTree.Str(a["deadline"]));
            Assert.Equal(e.Products.Select(Plain), a["products"] is YSeq list ? list.Items.Select(p => Plain(YTree.Str(p)!)) : [Plain(YTree.Str(a["products"])!)]);
            complete += a["content"] is not null && a["lead"] is not null && a["co"] is not null && a["deadline"] is not null && a["products"] is not null ? 1 : 0;
        }

        var groups = r.Plan.Appendices.OfType<TaskAppendix>().SelectMany(a => a.Groups).Select(g => g.Area);
        Assert.Equal(groups, YTree.Maps(r.Appendix.Appendices).SelectMany(a => YTree.Maps(a["groups"])).Select(g => YTree.Str(g["area"])));
        var parsed = actual.Count(t => t["deadline"] is YScalar);
        output.WriteLine($"{plan}: {actual.Count} tasks, {complete} with all five fields; deadlines parsed {parsed}, free text {actual.Count - parsed}");
    }

    private static IEnumerable<string> NodeTexts(Node node, Package package)
    {
        yield return node.Title ?? package.Area(node.Area!)?.Title ?? Areas.DefaultTitle(node.Area!);
        foreach (var block in node.Content)
        {
            var texts = block switch
            {
                ParagraphBlock p => [p.Text],
                ListBlock l => l.Items.SelectMany(ItemTexts),
                IndicatorListBlock list => list.Entries.SelectMany(e => e switch
                {
                    Indicator i => [i.Text],
                    IndicatorGroup g => g.Indicators.Select(i => i.Text).Prepend(g.Group),
                    _ => [],
                }),
                NodeBlock n => NodeTexts(n.Node, package),
                _ => [],
            };
            foreach (var t in texts)
            {
                yield return t;
            }
        }
    }

    private static IEnumerable<string> ItemTexts(Item item) => item.Items.SelectMany(ItemTexts).Prepend(item.Text);

    private static IEnumerable<string> Overrides(Node node) =>
        node.Content.SelectMany(b => b switch
        {
            NodeBlock n => Overrides(n.Node),
            ListBlock l => l.Items.Where(i => i.Label is not null).Select(i => i.Label!),
            IndicatorListBlock list => list.Entries.OfType<Indicator>().Where(i => i.Label is not null).Select(i => i.Label!),
            _ => [],
        }).Prepend(node.Label).OfType<string>();

    private static IEnumerable<string> OverridesOf(YNode node)
    {
        if (node is not YMap map)
        {
            return [];
        }

        var own = YTree.Str(map["label"]) is { } l ? new[] { l } : [];
        var inner = (map["content"] as YSeq)?.Items.SelectMany(b => b is YMap block && (block["items"] ?? block["indicators"]) is YSeq entries
            ? entries.Items.OfType<YMap>().Select(e => YTree.Str(e["label"])).OfType<string>()
            : OverridesOf(b)) ?? [];
        return own.Concat(inner);
    }

    /// <summary>An AgencyExpr of the recognised tree rendered with the recognised registry, as the composer renders one.</summary>
    private static string Render(YNode? expr, YMap agencies)
    {
        string Short(string code) => agencies[code] is YMap a ? YTree.Str(a["short"]) ?? YTree.Str(a["name"])! : code;
        return expr switch
        {
            YSeq list => string.Join(", ", list.Items.Select(i => Short(YTree.Str(i)!))),
            YScalar { Value: { } s } when Identifiers.IsCode(s) => Short(s),
            YScalar { Value: { } s } => System.Text.RegularExpressions.Regex.Replace(s, @"\{([a-z][a-z0-9_]*)\}", m => Short(m.Groups[1].Value)),
            _ => "",
        };
    }

    /// <summary>Text without the format's inline markup: Word shows bold and italic, not the asterisks.</summary>
    private static string Plain(string text) => text.Replace("\\*", "\u0001", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal).Replace("\u0001", "*", StringComparison.Ordinal);
}
