using Cchc.Model;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Import;

/// <summary>
/// build → a clerk adds or deletes a line in Word (python-docx: a paragraph added after another as Enter at its end
/// makes it, a paragraph deleted, a table cell filled or emptied) → import --into: a task's co key, body
/// paragraphs, list items, Nơi nhận lines and căn cứ lines, for every plan in plans/ and the fixture that has the
/// thing. The YAML only gains (or only loses) the lines of that one value at its place, the reloaded plan holds the
/// edit, the rebuilt document shows it, and nothing is left unapplied (W125) or different (W127).
/// </summary>
public sealed class ImportIntoAddedRemovedTests : IDisposable
{
    private const string NewParagraph = "Tổ chức sơ kết, đánh giá kết quả thực hiện và đề xuất giải pháp cho giai đoạn tiếp theo.";
    private const string NewRecipient = "Ban Tuyên giáo và Dân vận";
    private readonly ClerkEdit _edit = new();

    public void Dispose() => _edit.Dispose();

    private static string Fixture => Path.Combine(RepoPaths.Root, "tests", "Cchc.Tests", "Plans", "fixtures", "phuong-ngoc-ha-2026.yaml");

    private static IEnumerable<string> AllPlans => RepoPaths.PlanFiles.Append(Fixture);

    public static IEnumerable<object[]> Plans() => AllPlans.Select(f => new object[] { f });

    /// <summary>Every plan's tasks spread over the table (every 11th, and every task of a short table).</summary>
    public static IEnumerable<object[]> SomeTasks() =>
        from plan in AllPlans
        let tasks = Tasks(ClerkEdit.Load(File.ReadAllText(plan), plan))
        from index in Enumerable.Range(0, tasks.Count).Where(i => tasks.Count < 11 || i % 11 == 5)
        select new object[] { plan, index };

    [SkippableTheory]
    [MemberData(nameof(SomeTasks))]
    public void A_co_typed_into_an_empty_cell_becomes_the_key_after_lead(string plan, int index)
    {
        var (text, task) = WithoutCo(plan, index);
        Skip.If(text is null, "the task's co is written in a form this test does not take out");
        var agency = ImportIntoTests.OtherAgency(ClerkEdit.Load(text!, plan), task.Lead);
        var edited = _edit.Applied(plan, text!, "ke-hoach", "--cell", task.Content, "3", agency.ShortOrName);
        var after = Tasks(ClerkEdit.Load(edited, plan)).Single(t => t.Id == task.Id);
        Assert.Equal(agency.Code, after.Co?.Source);
        if (IsFlow(text!, task))
        {
            ClerkEdit.AssertChangedWithin(text!, edited, task.Spans.Node.Line, task.Spans.Node.Line);
        }
        else
        {
            Assert.StartsWith("co:", After(edited, after.Spans.Of("lead")).TrimStart(), StringComparison.Ordinal);
            ClerkEdit.AssertInsertedBetween(text!, edited, task.Spans.Of("lead").Line + 1, task.Spans.Of("deadline").Line);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(SomeTasks))]
    public void An_emptied_co_cell_deletes_the_key(string plan, int index)
    {
        var text = File.ReadAllText(plan);
        var task = Tasks(ClerkEdit.Load(text, plan))[index];
        Skip.If(task.Co is null, "the task has no co");
        var edited = _edit.Applied(plan, text, "ke-hoach", "--cell", task.Content, "3", "");
        var after = Tasks(ClerkEdit.Load(edited, plan)).Single(t => t.Id == task.Id);
        Assert.Null(after.Co);
        Assert.Equal(task.Deadline.Text, after.Deadline.Text);
        if (IsFlow(text, task))
        {
            ClerkEdit.AssertChangedWithin(text, edited, task.Spans.Node.Line, task.Spans.Node.Line);
        }
        else
        {
            ClerkEdit.AssertDeletedWithin(text, edited, task.Spans.Of("co").Line, task.Spans.Of("deadline").Line - 1);
        }
    }

    /// <summary>Every plan × the first, middle and last of the body paragraphs (or list items) a clerk can find by their text.</summary>
    public static IEnumerable<object[]> Spread() =>
        from plan in AllPlans
        from k in Enumerable.Range(0, 3)
        select new object[] { plan, k };

    /// <summary>
    /// Edits after which the reader reads the document's structure another way than the plan's (known, reported as
    /// W125 and W127, so nothing is lost): the cases are listed here so that they stay visible as skipped tests.
    /// </summary>
    private static readonly Dictionary<(string Plan, string Test), string> Rereads = new()
    {
        [("phuong-ha-tu-2025.yaml", "deleted paragraph")] = "without the paragraph, the reader takes the plain headings of TỔ CHỨC THỰC HIỆN (1.) for paragraphs",
        [("xa-tan-minh-2026-2030.yaml", "list item 1")] = "a \"-\" line among the dash items of a Nhiệm vụ section is read as a \"-\" heading there",
    };

    private static void SkipIfReread(string plan, string test)
    {
        if (Rereads.TryGetValue((Path.GetFileName(plan), test), out var why))
        {
            throw new SkipException("the reader reads this edit's structure another way (W125, W127): " + why);
        }
    }

    private static T? Pick<T>(IEnumerable<T> all, int k)
    {
        var list = all.ToList();
        return list.Count == 0 ? default : list[k switch { 0 => 0, 1 => list.Count / 2, _ => list.Count - 1 }];
    }

    [SkippableTheory]
    [MemberData(nameof(Spread))]
    public void A_paragraph_added_after_a_paragraph_is_the_next_item_of_its_section(string plan, int k)
    {
        var text = File.ReadAllText(plan);
        var found = Pick(BodyParagraphs(ClerkEdit.Load(text, plan)), k);
        Skip.If(found.Paragraph is null, "the plan's body has no paragraph this test can find");
        var (node, paragraph) = found;
        var edited = _edit.Applied(plan, text, "ke-hoach", "--after", paragraph.Text, NewParagraph);
        var content = FindNode(ClerkEdit.Load(edited, plan), node).Content;
        var at = content.ToList().FindIndex(b => b is ParagraphBlock p && p.Text == paragraph.Text);
        Assert.Equal(NewParagraph, Assert.IsType<ParagraphBlock>(content[at + 1]).Text);
        var index = node.Content.ToList().IndexOf(paragraph);
        var next = index + 1 < node.Content.Count ? node.Content[index + 1].Span.Line : LastLine(paragraph.Span) + 1;
        ClerkEdit.AssertInsertedBetween(text, edited, LastLine(paragraph.Span) + 1, next);
        Assert.Contains(NewParagraph, ClerkEdit.Rebuilt(ClerkEdit.Load(edited, plan)), StringComparison.Ordinal);
    }

    /// <summary>
    /// In a section of paragraphs and lists: among sub-sections, the reader may read the "-" or plain headings
    /// next to a deleted paragraph another way (list items, paragraphs) — a structure it guesses from the document,
    /// reported as W125, not a deletion it could place.
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(Spread))]
    public void A_deleted_paragraph_is_its_item_deleted(string plan, int k)
    {
        var text = File.ReadAllText(plan);
        SkipIfReread(plan, "deleted paragraph");
        var found = Pick(BodyParagraphs(ClerkEdit.Load(text, plan)).Where(x => !x.Node.Content.OfType<NodeBlock>().Any()), k);
        Skip.If(found.Paragraph is null, "the plan's body has no paragraph this test can find");
        var (node, paragraph) = found;
        var edited = _edit.Applied(plan, text, "ke-hoach", "--delete", paragraph.Text);
        var content = FindNode(ClerkEdit.Load(edited, plan), node).Content;
        Assert.Equal(node.Content.Count - 1, content.Count);
        Assert.DoesNotContain(content, b => b is ParagraphBlock p && p.Text == paragraph.Text);
        ClerkEdit.AssertDeletedWithin(text, edited, paragraph.Span.Line - 3, LastLine(paragraph.Span));
    }

    [SkippableTheory]
    [MemberData(nameof(Spread))]
    public void A_list_item_added_after_an_item_is_the_next_item_of_its_list(string plan, int k)
    {
        SkipIfReread(plan, "list item " + k);
        var text = File.ReadAllText(plan);
        var found = Pick(ListItems(ClerkEdit.Load(text, plan)), k);
        Skip.If(found.Item is null, "the plan's body has no dash list this test can find");
        var (list, item) = found;
        var edited = _edit.Applied(plan, text, "ke-hoach", "--after", "- " + item.Text, "- " + NewParagraph);
        var items = FindList(ClerkEdit.Load(edited, plan), list).Items;
        Assert.Equal(list.Items.Count + 1, items.Count);
        var at = items.ToList().FindIndex(i => i.Text == item.Text);
        Assert.Equal(NewParagraph, items[at + 1].Text);
        var next = list.Items.ToList().IndexOf(item) + 1;
        if (IsFlow(list))
        {
            ClerkEdit.AssertChangedWithin(text, edited, item.Spans.Node.Line, item.Spans.Node.Line);
        }
        else
        {
            ClerkEdit.AssertInsertedBetween(text, edited, LastLine(item.Spans.Node) + 1, next < list.Items.Count ? list.Items[next].Spans.Node.Line : int.MaxValue);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Spread))]
    public void A_deleted_list_item_is_its_item_deleted(string plan, int k)
    {
        SkipIfReread(plan, "list item " + k);
        var text = File.ReadAllText(plan);
        var found = Pick(ListItems(ClerkEdit.Load(text, plan)), k);
        Skip.If(found.Item is null, "the plan's body has no dash list this test can find");
        var (list, item) = found;
        var edited = _edit.Applied(plan, text, "ke-hoach", "--delete", "- " + item.Text);
        var items = FindList(ClerkEdit.Load(edited, plan), list).Items;
        Assert.Equal(list.Items.Count - 1, items.Count);
        Assert.DoesNotContain(items, i => i.Text == item.Text);
        if (IsFlow(list))
        {
            ClerkEdit.AssertChangedWithin(text, edited, item.Spans.Node.Line, item.Spans.Node.Line);
        }
        else
        {
            ClerkEdit.AssertDeletedWithin(text, edited, item.Spans.Node.Line - 3, LastLine(item.Spans.Node));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Plans))]
    public void A_recipient_added_is_a_line_after_the_one_above_it(string plan)
    {
        var text = File.ReadAllText(plan);
        var (which, recipients) = Recipients(ClerkEdit.Load(text, plan));
        Skip.If(recipients.Count < 2, "the plan has no Nơi nhận of two lines");
        var edited = _edit.Applied(plan, text, which, "--after", Line(recipients[0]), $"- {NewRecipient};");
        var after = Recipients(ClerkEdit.Load(edited, plan)).List;
        Assert.Equal(recipients.Count + 1, after.Count);
        Assert.Equal((NewRecipient, (string?)null), (after[1].To, after[1].Note));
        ClerkEdit.AssertInsertedBetween(text, edited, recipients[0].Span.Line + 1, recipients[1].Span.Line);
    }

    [SkippableTheory]
    [MemberData(nameof(Plans))]
    public void A_deleted_recipient_is_its_line_deleted(string plan)
    {
        var text = File.ReadAllText(plan);
        var (which, recipients) = Recipients(ClerkEdit.Load(text, plan));
        Skip.If(recipients.Count < 3, "the plan has no Nơi nhận of three lines");
        var edited = _edit.Applied(plan, text, which, "--delete", Line(recipients[1]));
        var after = Recipients(ClerkEdit.Load(edited, plan)).List;
        Assert.Equal([.. recipients.Where((_, i) => i != 1).Select(r => r.To)], after.Select(r => r.To).ToList());
        ClerkEdit.AssertDeletedWithin(text, edited, recipients[1].Span.Line, recipients[2].Span.Line - 1);
    }

    /// <summary>A retyped line, with and without a note ("(để biết)"): the document shows the typed line, and only that item changed.</summary>
    [SkippableTheory]
    [MemberData(nameof(Plans))]
    public void A_retyped_recipient_is_that_line_only(string plan)
    {
        var text = File.ReadAllText(plan);
        var (which, recipients) = Recipients(ClerkEdit.Load(text, plan));
        Skip.If(recipients.Count < 2, "the plan has no Nơi nhận of two lines");
        foreach (var note in new[] { null, "để biết" })
        {
            var typed = note is null ? $"- {NewRecipient};" : $"- {NewRecipient} ({note});";
            var edited = _edit.Applied(plan, text, which, Line(recipients[0]), typed);
            Assert.Equal(typed, Line(Recipients(ClerkEdit.Load(edited, plan)).List[0]));
            ClerkEdit.AssertChangedWithin(text, edited, recipients[0].Span.Line, recipients[1].Span.Line - 1);
        }
    }

    /// <summary>A new căn cứ the citation printer gives back exactly is a parsed reference; any other is <c>{text: …}</c>.</summary>
    [SkippableTheory]
    [MemberData(nameof(Plans))]
    public void A_legal_basis_added_is_a_reference_after_the_one_above_it(string plan)
    {
        var text = File.ReadAllText(plan);
        var package = ClerkEdit.Load(text, plan);
        Skip.If(package.Decision is not { Bases.Count: >= 2 }, "the plan has no Quyết định with two căn cứ");
        var bases = package.Decision!.Bases;
        var first = ClerkEdit.Rebuilt(package).Split('\n').First(l => l.StartsWith("Căn cứ ", StringComparison.Ordinal));
        var cases = new (string Cite, Action<LegalRef> Check)[]
        {
            ("Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ quy định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông",
                r => Assert.Equal(("Nghị định", "118", "2025", "NĐ-CP", "Chính phủ", (string?)null), (r.Kind, r.Number, r.Year, r.Symbol, r.Issuer, r.Text))),
            ("Kết luận của Ban Thường vụ Đảng ủy phường tại cuộc họp ngày 05/01/2026",
                r => Assert.Equal("Kết luận của Ban Thường vụ Đảng ủy phường tại cuộc họp ngày 05/01/2026", r.Text)),
        };
        foreach (var (cite, check) in cases)
        {
            var edited = _edit.Applied(plan, text, "quyet-dinh", "--after", first, $"Căn cứ {cite};");
            var after = ClerkEdit.Load(edited, plan);
            Assert.Equal(bases.Count + 1, after.Decision!.Bases.Count);
            check(after.Decision.Bases[1]);
            Assert.Contains($"\nCăn cứ {cite};\n", ClerkEdit.Rebuilt(after), StringComparison.Ordinal);
            ClerkEdit.AssertInsertedBetween(text, edited, bases[0].Spans.Node.Line + 1, bases[1].Spans.Node.Line);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Plans))]
    public void A_deleted_legal_basis_is_its_reference_deleted(string plan)
    {
        var text = File.ReadAllText(plan);
        var package = ClerkEdit.Load(text, plan);
        Skip.If(package.Decision is not { Bases.Count: >= 3 }, "the plan has no Quyết định with three căn cứ");
        var bases = package.Decision!.Bases;
        var second = ClerkEdit.Rebuilt(package).Split('\n').Where(l => l.StartsWith("Căn cứ ", StringComparison.Ordinal)).ElementAt(1);
        var edited = _edit.Applied(plan, text, "quyet-dinh", "--delete", second);
        var after = ClerkEdit.Load(edited, plan);
        Assert.Equal(bases.Count - 1, after.Decision!.Bases.Count);
        Assert.DoesNotContain(second, ClerkEdit.Rebuilt(after).Split('\n'));
        ClerkEdit.AssertDeletedWithin(text, edited, bases[1].Spans.Node.Line, bases[2].Spans.Node.Line - 1);
    }

    /// <summary>The Kế hoạch's căn cứ paragraphs before section I: one added after the first, and the first deleted.</summary>
    [SkippableTheory]
    [MemberData(nameof(Plans))]
    public void A_preamble_paragraph_added_or_deleted_is_that_item(string plan)
    {
        const string added = "Căn cứ Kế hoạch số 15/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân thành phố về cải cách hành chính năm 2026;";
        var text = File.ReadAllText(plan);
        var package = ClerkEdit.Load(text, plan);
        var preamble = package.Plan.Preamble;
        Skip.If(preamble.Count < 2 || !Findable(preamble[0]), "the plan has no preamble of two paragraphs this test can find");
        var (from, to) = (package.Plan.Spans.Of("preamble").Line, package.Plan.Spans.Of("body").Line);
        var edited = _edit.Applied(plan, text, "ke-hoach", "--after", preamble[0], added);
        Assert.Equal([preamble[0], added, .. preamble.Skip(1)], ClerkEdit.Load(edited, plan).Plan.Preamble);
        ClerkEdit.AssertInsertedBetween(text, edited, from + 1, to);
        edited = _edit.Applied(plan, text, "ke-hoach", "--delete", preamble[0]);
        Assert.Equal([.. preamble.Skip(1)], ClerkEdit.Load(edited, plan).Plan.Preamble);
        ClerkEdit.AssertDeletedWithin(text, edited, from, to - 1);
    }

    /// <summary>A row whose content is rewritten entirely keeps its task's id: paired by its place (W135 says so).</summary>
    [SkippableTheory]
    [MemberData(nameof(SomeTasks))]
    public void A_task_rewritten_entirely_keeps_its_id(string plan, int index)
    {
        const string content = "Xây dựng cơ sở dữ liệu số về hồ sơ cán bộ, công chức và cập nhật thường xuyên lên hệ thống quản lý";
        var text = File.ReadAllText(plan);
        var task = Tasks(ClerkEdit.Load(text, plan))[index];
        var result = _edit.Apply(plan, text, "ke-hoach", "--cell", task.Content, "1", content);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError || d.Code is "W125" or "W127");
        var after = Tasks(ClerkEdit.Load(result.Text!, plan));
        Assert.Equal(content, after.Single(t => t.Id == task.Id).Content);
        Assert.Equal(Tasks(ClerkEdit.Load(text, plan)).Count, after.Count);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "W135");
        Assert.Contains(task.Id, warning.Message.Vi, StringComparison.Ordinal);
        Assert.Equal(task.Spans.Node.Line, warning.Span.Line);
        ClerkEdit.AssertChangedWithin(text, result.Text!, task.Spans.Of("content").Line, LastLine(task.Spans.Of("content")));
    }

    private static List<PlanTask> Tasks(Package p) => [.. p.Appendices.OfType<TaskAppendix>().SelectMany(a => a.Groups).SelectMany(g => g.Tasks)];

    private static bool IsFlow(string text, PlanTask task) => text.Split('\n')[task.Spans.Node.Line - 1][task.Spans.Node.Column - 1] == '{';

    /// <summary>A list written on one line (<c>items: ["…", "…"]</c>): its items share a line.</summary>
    private static bool IsFlow(ListBlock list) => list.Items[0].Spans.Node.Line == list.Items[1].Spans.Node.Line;

    /// <summary>The line after the value at <paramref name="span"/>.</summary>
    private static string After(string text, SourceSpan span) => text.Split('\n').ElementAtOrDefault(LastLine(span)) ?? "";

    private static int LastLine(SourceSpan span) => span.EndColumn == 1 ? span.EndLine - 1 : span.EndLine;

    /// <summary>
    /// The plan's text with the co line of task <paramref name="index"/> taken out, and that task; a task that has no
    /// co is taken as it is. Null text when its co is not one line of a block mapping.
    /// </summary>
    private static (string? Text, PlanTask Task) WithoutCo(string plan, int index)
    {
        var text = File.ReadAllText(plan);
        var task = Tasks(ClerkEdit.Load(text, plan))[index];
        if (task.Co is null)
        {
            return (text, task);
        }

        var co = task.Spans.Of("co");
        var lines = text.Split('\n').ToList();
        if (IsFlow(text, task) || !lines[co.Line - 1].TrimStart().StartsWith("co:", StringComparison.Ordinal) || LastLine(co) != co.Line)
        {
            return (null, task);
        }

        lines.RemoveAt(co.Line - 1);
        var without = string.Join('\n', lines);
        return (without, Tasks(ClerkEdit.Load(without, plan))[index]);
    }

    /// <summary>
    /// Body paragraphs a clerk can find by their text (no markup, not a run-in heading's first paragraph), in a
    /// section that has other content (so deleting it leaves the section a block).
    /// </summary>
    private static IEnumerable<(Node Node, ParagraphBlock Paragraph)> BodyParagraphs(Package package) =>
        from node in Nodes(package.Plan.Body)
        from p in node.Content.OfType<ParagraphBlock>()
        let at = node.Content.ToList().IndexOf(p)
        where node.Content.Count >= 2 && !(node.RunIn && at == 0) && Findable(p.Text)
        select (node, p);

    /// <summary>Top-level items of dash lists (of two items or more) with no sub-items and no label of their own.</summary>
    private static IEnumerable<(ListBlock List, Item Item)> ListItems(Package package) =>
        from node in Nodes(package.Plan.Body)
        from list in node.Content.OfType<ListBlock>()
        where list.Style is null or NumberingStyle.Dash && list.Items.Count >= 2
        from item in list.Items
        where item.Items.Count == 0 && item.Label is null && Findable(item.Text)
        select (list, item);

    private static bool Findable(string text) => text.Length > 30 && text.IndexOfAny(['*', '\\', '{', '\n']) < 0;

    private static IEnumerable<Node> Nodes(IEnumerable<Node> nodes) =>
        nodes.SelectMany(n => new[] { n }.Concat(Nodes(n.Content.OfType<NodeBlock>().Select(b => b.Node))));

    /// <summary>The section of the reloaded plan at the same place (its title and where it starts) as <paramref name="node"/>.</summary>
    private static Node FindNode(Package package, Node node) =>
        Nodes(package.Plan.Body).First(n => n.Title == node.Title && n.Spans.Node.Line == node.Spans.Node.Line);

    private static ListBlock FindList(Package package, ListBlock list) =>
        Nodes(package.Plan.Body).SelectMany(n => n.Content.OfType<ListBlock>()).First(l => l.Span.Line == list.Span.Line);

    /// <summary>The Nơi nhận of the Quyết định, else of a standalone Kế hoạch, and the document that shows it.</summary>
    private static (string Which, IReadOnlyList<Recipient> List) Recipients(Package package) =>
        package.Decision is { } d ? ("quyet-dinh", d.Recipients) : ("ke-hoach", package.Plan.Recipients);

    private static string Line(Recipient r) => r.Note is null ? $"- {r.To};" : $"- {r.To} ({r.Note});";
}
