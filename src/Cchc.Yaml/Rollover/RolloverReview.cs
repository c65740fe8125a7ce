using Cchc.Model;

namespace Cchc.Yaml.Rollover;

/// <summary>What year rollover leaves to a person: one-off dates, deadlines it cannot move, old legal bases, and text that names the old year.</summary>
internal static class RolloverReview
{
    public static List<RolloverNote> Notes(Package p, Period from, Period to)
    {
        var notes = new List<RolloverNote>();
        var k = to.First - from.First;
        foreach (var slot in RolloverSlots.Of(p).Where(s => s.Deadline is not null))
        {
            var d = slot.Deadline!;
            if (!d.IsExplicitText && d.ParseError == DeadlineParseError.None && d.Kind is DeadlineKind.Date or DeadlineKind.Month or DeadlineKind.Range)
            {
                var moved = YearTokens.Shift(d.Text, k);
                notes.Add(new RolloverNote(d.Span.Line, new(
                    $"{slot.What.Vi}: \"{d.Text}\" là mốc ngày/tháng cụ thể, đã dời thành \"{moved}\"; kiểm tra việc này năm {to} có còn làm và còn đúng mốc đó không",
                    $"{slot.What.En}: \"{d.Text}\" is a fixed date or month, moved to \"{moved}\"; check that this is still done in {to} and by that date")));
            }
            else if (!d.HasInterval && YearTokens.Contains(d.Text))
            {
                notes.Add(new RolloverNote(d.Span.Line, new(
                    $"{slot.What.Vi}: \"{d.Text}\" ghi tự do hoặc có điều kiện nên không tự dời năm; sửa tay nếu cần",
                    $"{slot.What.En}: \"{d.Text}\" is free or conditional text, so its year is not moved; edit it by hand if needed")));
            }
        }

        foreach (var basis in p.Decision?.Bases ?? [])
        {
            var year = basis.Date?.Date?.Year ?? (int.TryParse(basis.Year, out var y) ? y : (int?)null);
            if (year < to.First)
            {
                var name = $"{basis.Kind} {basis.Number ?? basis.Title ?? basis.Text}";
                notes.Add(new RolloverNote(basis.Spans.Node.Line, new(
                    $"căn cứ {name} (năm {year}) ban hành trước năm {to.First}: kiểm tra còn hiệu lực, có văn bản mới thay thế hay cần thêm căn cứ mới không",
                    $"legal basis {name} ({year}) was issued before {to.First}: check that it is still in force, not replaced, and whether a new basis is needed")));
            }
        }

        foreach (var indicator in RolloverSlots.IndicatorEntries(p.Plan.Body).OfType<Indicator>())
        {
            foreach (var t in indicator.Targets.Where(t => t.Baseline is { } b && b >= from.First - 1 && b <= from.Last))
            {
                var name = indicator.Id ?? RolloverSlots.Excerpt(indicator.Text);
                notes.Add(new RolloverNote(t.Spans.Of("baseline").Line, new(
                    $"chỉ tiêu {name}: mục tiêu so với năm {t.Baseline}; có cần đổi năm gốc không",
                    $"indicator {name}: the target is measured against {t.Baseline}; should the baseline year change")));
            }
        }

        var lines = Texts(p).Where(t => YearTokens.Contains(t.Text, y => y >= from.First && y <= from.Last)).Select(t => t.Line).Distinct().Order().ToList();
        if (lines.Count > 0)
        {
            var at = string.Join(", ", lines);
            notes.Add(new RolloverNote(lines[0], new(
                $"{lines.Count} đoạn văn còn nhắc năm {from} (cchc không tự sửa lời văn), ở các dòng {at}",
                $"{lines.Count} passage(s) still name {from} (cchc does not edit running text), on lines {at}")));
        }

        return notes;
    }

    /// <summary>Running text of the plan with the line it starts on: body, preamble, decision, tasks.</summary>
    private static IEnumerable<(string Text, int Line)> Texts(Package p)
    {
        foreach (var t in p.Plan.Preamble)
        {
            yield return (t, p.Plan.Spans.Of("preamble").Line);
        }

        foreach (var x in Body(p.Plan.Body))
        {
            yield return x;
        }

        if (p.Decision is { } d)
        {
            foreach (var a in d.Articles ?? [])
            {
                yield return (string.Join(" ", a.Paragraphs), a.Span.Line);
            }

            foreach (var key in new[] { "proposer", "executors" })
            {
                var value = key == "proposer" ? d.Proposer : d.Executors;
                if (value is not null)
                {
                    yield return (value, d.Spans.Of(key).Line);
                }
            }
        }

        foreach (var task in p.Appendices.OfType<TaskAppendix>().SelectMany(a => a.Groups).SelectMany(g => g.Tasks))
        {
            yield return (task.Content, task.Spans.Of("content").Line);
            foreach (var product in task.Products)
            {
                yield return (product, task.Spans.Of("products").Line);
            }
        }
    }

    private static IEnumerable<(string Text, int Line)> Body(IEnumerable<Node> nodes)
    {
        foreach (var node in nodes)
        {
            if (node.Title is { } title)
            {
                yield return (title, node.Spans.Of("title").Line);
            }

            foreach (var block in node.Content)
            {
                var texts = block switch
                {
                    ParagraphBlock para => [(para.Text, para.Span.Line)],
                    ListBlock list => Items(list.Items),
                    IndicatorListBlock il => il.Entries.SelectMany(e => e is IndicatorGroup g ? g.Indicators.Prepend<IndicatorEntry>(g) : [e])
                        .Select(e => e is IndicatorGroup g ? (g.Group, g.Spans.Node.Line) : (((Indicator)e).Text, e.Spans.Of("text").Line)),
                    NodeBlock nb => Body([nb.Node]),
                    _ => [],
                };
                foreach (var t in texts)
                {
                    yield return t;
                }
            }
        }
    }

    private static IEnumerable<(string Text, int Line)> Items(IEnumerable<Item> items) =>
        items.SelectMany(i => Items(i.Items).Prepend((i.Text, i.Spans.Node.Line)));
}
