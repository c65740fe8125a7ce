using System.Text.RegularExpressions;
using Cchc.Import.Output;
using Cchc.Model;
using Cchc.Word;

namespace Cchc.Import.Recognition;

/// <summary>Recognises the Kế hoạch's body (the blocks from section I to its end) as the <c>plan.body</c> list.</summary>
public delegate YSeq BodyStep(IReadOnlyList<WordBlock> blocks, ImportContext context);

/// <summary>Recognises the Phụ lục parts' blocks (<paramref name="body"/> is the recognised body, whose indicators an
/// indicator table lists): the <c>appendices</c> list and the agencies and areas they name.</summary>
public delegate (YSeq Appendices, YMap Agencies, YMap Areas) AppendixStep(IReadOnlyList<WordBlock> blocks, YSeq body, ImportContext context);

/// <summary>
/// The recognisers the frame hands its parts to. <see cref="Plain"/> is what the importer does with shapes it
/// has no recogniser for: the body as top-level sections ("I.", "II." …) holding their paragraphs as text, the
/// Phụ lục left out with a warning.
/// </summary>
public sealed partial record Recognizers(BodyStep Body, AppendixStep Appendix)
{
    public static Recognizers Plain { get; } = new(PlainBody, NoAppendix);

    /// <summary>What <c>cchc import</c> uses: the body tree and the task-table recognisers.</summary>
    public static Recognizers Default { get; } = new(global::Cchc.Import.Recognition.Body.PlanBodyRecognizer.Recognize, (blocks, body, context) =>
    {
        var result = global::Cchc.Import.Recognition.Appendix.AppendixRecognizer.Recognize(blocks, context, body);
        return (result.Appendices, result.Agencies, result.Areas);
    })
    {
        Agencies = context => global::Cchc.Import.Recognition.Agencies.AgencyRegistry.For(context).ToYaml(),
    };

    /// <summary>The agencies the body named, for a package without a Phụ lục (with one, the appendix recogniser gives them).</summary>
    public Func<ImportContext, YMap> Agencies { get; init; } = _ => new YMap();

    [GeneratedRegex(@"^(?<label>[IVXLC]+\.)\s+(?<title>.+)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex RomanHeading();

    private static readonly string[] Romans = ["I.", "II.", "III.", "IV.", "V.", "VI.", "VII.", "VIII.", "IX.", "X.", "XI.", "XII.", "XIII.", "XIV.", "XV."];

    private static YSeq PlainBody(IReadOnlyList<WordBlock> blocks, ImportContext context)
    {
        var body = new YSeq();
        YSeq? content = null;
        foreach (var block in blocks)
        {
            if (block is WordTable table)
            {
                context.Diagnostics.Add(DiagnosticCatalog.W117.At(context.At(table.Position),
                    "bảng trong phần thân Kế hoạch được nhập thành các đoạn văn", "a table in the plan's body was imported as paragraphs"));
            }

            foreach (var p in WordDocumentParagraphs(block))
            {
                var text = p.DisplayText.Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                if (block is WordParagraph && RomanHeading().Match(text) is { Success: true } m)
                {
                    var node = new YMap { Origin = p.Position };
                    node.Add("title", new YScalar(Markup.Escape(m.Groups["title"].Value.Trim())) { Origin = p.Position });
                    if (body.Items.Count >= Romans.Length || Romans[body.Items.Count] != m.Groups["label"].Value)
                    {
                        node.Add("label", m.Groups["label"].Value);
                    }

                    content = new YSeq();
                    node.Add("content", content);
                    body.Add(node);
                    continue;
                }

                if (content is null)
                {
                    // Text before any "I." heading: a section of its own, titled by its first paragraph.
                    var node = new YMap { Origin = p.Position };
                    var title = new YScalar(Markup.Escape(text)) { Origin = p.Position };
                    node.Add("title", title);
                    context.Guessed(DiagnosticCatalog.W116, title, p.Position,
                        "phần thân Kế hoạch không bắt đầu bằng mục \"I.\"; đoạn đầu được lấy làm tiêu đề mục I",
                        "the plan's body does not start with a section \"I.\"; its first paragraph became section I's title");
                    content = new YSeq();
                    node.Add("content", content);
                    body.Add(node);
                    continue;
                }

                content.Add(new YScalar(Markup.Escape(text)) { Origin = p.Position });
            }
        }

        foreach (var node in body.Items.Cast<YMap>().Where(n => n["content"] is YSeq { Items.Count: 0 }))
        {
            node.Entries.RemoveAll(e => e.Key == "content");
        }

        return body;
    }

    private static IEnumerable<WordParagraph> WordDocumentParagraphs(WordBlock block) => block switch
    {
        WordParagraph p => [p],
        WordTable t => t.Rows.SelectMany(r => r.Cells).Where(c => c.VerticalMerge != VerticalMerge.Continue).SelectMany(c => c.Paragraphs),
        _ => [],
    };

    private static (YSeq, YMap, YMap) NoAppendix(IReadOnlyList<WordBlock> blocks, YSeq body, ImportContext context)
    {
        if (blocks.Count > 0)
        {
            context.Diagnostics.Add(DiagnosticCatalog.W117.At(context.At(blocks[0].Position),
                "Phụ lục chưa được nhập (chưa có bộ nhận dạng bảng nhiệm vụ)", "the Phụ lục was not imported (no task table recogniser yet)"));
        }

        return (new YSeq(), new YMap(), new YMap());
    }
}
