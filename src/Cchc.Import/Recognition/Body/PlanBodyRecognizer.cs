using Cchc.Import.Output;
using Cchc.Import.Recognition.Agencies;
using Cchc.Import.Recognition.Ids;
using Cchc.Model;
using Cchc.Word;

namespace Cchc.Import.Recognition.Body;

/// <summary>
/// The Kế hoạch's body as the <c>plan.body</c> list: sections nested by their labels (typed or from Word
/// numbering), list entries as <c>items</c>, the indicators of a "chỉ tiêu" section with the targets their
/// text states, roles and areas read from the headings' words, responsibility sections tied to the agency
/// they name. Everything inferred carries a "# cchc:" comment and a warning.
/// </summary>
public static class PlanBodyRecognizer
{
    /// <param name="blocks">From the first heading after the preamble to before Nơi nhận / the signature.</param>
    public static YSeq Recognize(IReadOnlyList<WordBlock> blocks, ImportContext ctx)
    {
        var root = BodyTree.Build(blocks.OfType<WordParagraph>());
        SectionsOf(root, forceNodes: true);
        var body = new YSeq();
        var converter = new Converter(ctx);
        var sections = 0;
        foreach (var child in root.Children)
        {
            if (child is BodyElement e)
            {
                sections++;
                var node = converter.Node(e, 1, new Scope(null, null));
                Converter.Override(node, e.Label.Text, LabelStyles.Expected("roman", sections, null));
                body.Add(node);
            }
            else if (child is BodyText t)
            {
                // Text before the first heading: a section of its own that prints as the plain paragraph it was.
                body.Add(new YMap { Origin = t.Source.Position }.Add("title", BodyMarkup.Escape(t.Text)).Add("label", "").Add("plain", new YScalar("true", plain: true)));
            }
        }

        return body;
    }

    /// <summary>Decides, deepest first, which elements are sections: bold or Word headings, or holding paragraphs or sections; siblings of one level agree.</summary>
    private static void SectionsOf(BodyElement parent, bool forceNodes)
    {
        foreach (var e in parent.Elements)
        {
            SectionsOf(e, forceNodes: false);
            e.IsNode = forceNodes || e.Bold || e.RunIn || e.Label.Kind == LabelKind.Heading
                || e.Children.Any(c => c is BodyText or BodyElement { IsNode: true })
                || (e.Source is { } p && BodyTree.HeadingLevel(p) is not null);
        }

        foreach (var level in parent.Elements.GroupBy(e => (e.Label.Kind, e.Label.Level)))
        {
            if (level.Any(e => e.IsNode))
            {
                foreach (var e in level)
                {
                    e.IsNode = true;
                }
            }
        }
    }

    private sealed record Scope(string? Area, string? Role);

    private sealed class Converter(ImportContext ctx)
    {
        private readonly IdAllocator _ids = IdAllocator.For(ctx);
        private readonly AgencyRegistry _agencies = AgencyRegistry.For(ctx);

        public YMap Node(BodyElement e, int depth, Scope scope)
        {
            var map = new YMap { Origin = e.Source?.Position };
            var title = e.RunIn ? e.Text[..e.BoldPrefix].Trim() : e.Text;
            map.Add("title", BodyMarkup.Escape(title));
            var where = e.Source?.Position;

            string? role = null;
            if (depth <= 2 && Vocabulary.RoleOf(title) is { } r && r != scope.Role && title.Length <= 120)
            {
                role = r;
                map.Add("role", r);
                ctx.Guessed(DiagnosticCatalog.W120, map, where, $"đoán là vai trò \"{r}\" từ tiêu đề \"{Short(title)}\"", $"guessed role \"{r}\" from the heading \"{Short(title)}\"");
            }
            else if (scope.Role == "implementation" && AgencyNames.LooksLikeAgency(title))
            {
                var code = _agencies.Resolve(title, where, inTable: false);
                map.Add("role", "responsibility").Add("agency", code);
                ctx.Guessed(DiagnosticCatalog.W120, map, where, $"đoán là phần trách nhiệm của cơ quan \"{code}\" từ tiêu đề \"{Short(title)}\"", $"guessed the responsibilities of agency \"{code}\" from the heading \"{Short(title)}\"");
            }

            var area = scope.Area;
            if (area is null && role is null && depth >= 2 && title.Length <= 120 && Vocabulary.AreaOf(title) is { } a)
            {
                area = a;
                map.Entries.Insert(1, new("area", new YScalar(a)));
                ctx.Guessed(DiagnosticCatalog.W120, map, where, $"đoán là lĩnh vực \"{a}\" từ tiêu đề \"{Short(title)}\"", $"guessed area \"{a}\" from the heading \"{Short(title)}\"");
            }

            if (e.RunIn)
            {
                map.Add("run_in", new YScalar("true", plain: true));
            }
            else if (!e.Bold && e.Label.Kind != LabelKind.Heading && (e.Source is null || BodyTree.HeadingLevel(e.Source) is null))
            {
                map.Add("plain", new YScalar("true", plain: true));
            }

            var inner = new Scope(area, role == "implementation" || scope.Role == "implementation" ? "implementation" : role ?? scope.Role);
            var sections = e.Elements.Where(c => c.IsNode).ToList();
            var style = sections.Count > 0 ? LabelStyles.StyleOf([.. sections.Select(s => s.Label)]) : LabelStyles.DefaultForDepth(depth + 1);
            if (style != LabelStyles.DefaultForDepth(depth + 1))
            {
                map.Add("numbering", style);
            }

            var content = new YSeq();
            if (e.RunIn)
            {
                content.Add(BodyMarkup.Escape(e.Text[e.BoldPrefix..].Trim()));
            }

            var n = 0;
            var run = new List<BodyElement>();
            foreach (var child in e.Children)
            {
                if (child is BodyElement { IsNode: false } item)
                {
                    run.Add(item);
                    continue;
                }

                Flush(run, content, e.Label.Text, inner);
                if (child is BodyText t)
                {
                    content.Add(new YScalar(BodyMarkup.Escape(t.Text)) { Origin = t.Source.Position });
                }
                else if (child is BodyElement section)
                {
                    n++;
                    var node = Node(section, depth + 1, inner);
                    Override(node, section.Label.Text, LabelStyles.Expected(style, n, e.Label.Text));
                    content.Add(node);
                }
            }

            Flush(run, content, e.Label.Text, inner);
            if (content.Items.Count > 0)
            {
                map.Add("content", content);
            }

            return map;
        }

        /// <summary>Keeps a label the style would not derive, placed after the title as plans write it.</summary>
        public static void Override(YMap node, string label, string expected)
        {
            if (label != expected)
            {
                node.Entries.Insert(0, new("label", new YScalar(label)));
            }
        }

        private void Flush(List<BodyElement> run, YSeq content, string parentLabel, Scope scope)
        {
            if (run.Count == 0)
            {
                return;
            }

            var style = LabelStyles.StyleOf([.. run.Select(i => i.Label)]);
            var block = new YMap { Origin = run[0].Source?.Position };
            // The format's indicators nest one level (a phase group and its indicators); a deeper list stays a list.
            if (scope.Role == "indicators" && run.All(e => e.Elements.All(n => !n.Elements.Any())))
            {
                block.Add("indicators", Indicators(run, style, parentLabel, scope));
            }
            else
            {
                block.Add("items", Items(run, style, parentLabel));
            }

            if (style != "dash")
            {
                block.Add("style", style);
            }

            content.Add(block);
            run.Clear();
        }

        private static YSeq Items(List<BodyElement> items, string style, string parentLabel)
        {
            var seq = new YSeq();
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                var expected = LabelStyles.Expected(style, i + 1, parentLabel);
                var nested = item.Elements.ToList();
                if (nested.Count == 0 && item.Label.Text == expected)
                {
                    seq.Add(new YScalar(BodyMarkup.Escape(item.Text)) { Origin = item.Source?.Position });
                    continue;
                }

                var map = new YMap { Origin = item.Source?.Position };
                if (item.Label.Text != expected)
                {
                    map.Add("label", item.Label.Text);
                }

                map.Add("text", BodyMarkup.Escape(item.Text));
                if (nested.Count > 0)
                {
                    var inner = LabelStyles.StyleOf([.. nested.Select(x => x.Label)]);
                    map.Add("items", Items(nested, inner, item.Label.Text));
                    if (inner != "plus")
                    {
                        map.Add("style", inner);
                    }
                }

                seq.Add(map);
            }

            return seq;
        }

        private YSeq Indicators(List<BodyElement> entries, string style, string parentLabel, Scope scope)
        {
            var seq = new YSeq();
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                var expected = LabelStyles.Expected(style, i + 1, parentLabel);
                var nested = entry.Elements.ToList();
                if (nested.Count > 0)
                {
                    var group = new YMap { Origin = entry.Source?.Position }.Add("group", BodyMarkup.Escape(entry.Text));
                    if (PhasePeriod.Of(entry.Text) is { } period)
                    {
                        group.Add("period", period);
                    }

                    group.Add("indicators", Indicators(nested, "plus", entry.Label.Text, scope));
                    seq.Add(group);
                    continue;
                }

                var map = new YMap { Origin = entry.Source?.Position };
                map.Add("id", _ids.Id(entry.Text, "ind", 3));
                if (entry.Label.Text != expected)
                {
                    map.Add("label", entry.Label.Text);
                }

                map.Add("text", BodyMarkup.Escape(entry.Text));
                if (IndicatorTargets.Read(entry.Text) is { } targets)
                {
                    map.Add("targets", targets);
                    ctx.Guessed(DiagnosticCatalog.W121, targets, entry.Source?.Position,
                        $"đoán {targets.Items.Count} mục tiêu từ lời văn chỉ tiêu", $"guessed {targets.Items.Count} target(s) from the indicator's text");
                }

                seq.Add(map);
            }

            return seq;
        }

        private static string Short(string title) => title.Length <= 60 ? title : title[..57] + "…";
    }
}
