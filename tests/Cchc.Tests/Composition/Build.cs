using Cchc.Model;
using Xunit;

namespace Cchc.Tests.Composition;

/// <summary>Hand-built plan model pieces (the YAML loader is not needed to test composition).</summary>
internal static class Build
{
    public const string File = "test.yaml";

    public static SourceSpan Span => SourceSpan.None(File);

    public static SpanMap Spans => SpanMap.Empty(Span);

    public static Agency Agency(string code, string name, string? shortName = null, string? abbr = null,
        AgencyKind kind = AgencyKind.Unit) => new(code, name, shortName, abbr, kind, Spans);

    /// <summary>A bare code, or text with <c>{code}</c> placeholders, as the loader parses it.</summary>
    public static AgencyExpr Expr(string source) => AgencyExprParser.Parse(source, Span);

    public static DateValue? Date(string? text)
    {
        if (text is null)
        {
            return new DateValue(null, Span);
        }

        Assert.True(PartialDate.TryParse(text, out var date, out _), text);
        return new DateValue(date, Span);
    }

    public static Deadline Deadline(string text) => Model.Deadline.FromText(text, Span);

    public static Issuer Issuer(string unit, string name, string? superior = null, IReadOnlyList<string>? header = null) =>
        new("Ủy ban nhân dân", unit, name, null, superior, null, "UBND", header, Spans);

    public static Signer Signer(string title, string? name = null, string? tm = null, string? kt = null) =>
        new(tm, kt, title, name, Spans);

    public static Recipient Recipient(string to, string? note = null) => new(to, note, Span);

    public static ArchiveEntry Archive(string text) =>
        new(text, Identifiers.IsCode(text), Span);

    public static LegalRef Ref(string? kind = null, string? number = null, string? symbol = null, string? date = null,
        DateStyle? dateStyle = null, string? issuer = null, string? title = null, string? year = null,
        IReadOnlyList<LegalRef>? also = null, string? text = null) =>
        new(kind, number, year, symbol, date is null ? null : Date(date), dateStyle, issuer, title, also ?? [], text, Spans);

    public static Decision Decision(string title, IReadOnlyList<LegalRef> bases, string? number = null, string? date = null,
        string? proposer = null, IReadOnlyList<Article>? articles = null, string? executors = null, string? attachedBy = null,
        IReadOnlyList<Recipient>? recipients = null, IReadOnlyList<ArchiveEntry>? archive = null, Signer? signer = null) =>
        new(number, "QĐ-UBND", Date(date), title, bases, proposer, articles, executors, attachedBy,
            recipients ?? [], archive ?? [Archive("VT")], signer, Spans);

    public static Article Article(params string[] paragraphs) => new(paragraphs, Span);

    public static Node Node(string? title = null, IReadOnlyList<Block>? content = null, string? label = null, string? area = null,
        bool runIn = false, bool plain = false, NumberingStyle? numbering = null) =>
        new(title, label, area, null, null, [], [], runIn, plain, numbering, content ?? [], Spans);

    public static NodeBlock Section(string? title = null, IReadOnlyList<Block>? content = null, string? label = null,
        string? area = null, bool runIn = false, bool plain = false, NumberingStyle? numbering = null) =>
        new(Node(title, content, label, area, runIn, plain, numbering));

    public static ParagraphBlock Text(string text) => new(text, Span);

    public static ListBlock List(NumberingStyle? style, params Item[] items) => new(items, style, Span);

    public static ListBlock List(params string[] items) => new(items.Select(i => Item(i)).ToArray(), null, Span);

    public static Item Item(string text, string? label = null, NumberingStyle? style = null, params Item[] items) =>
        new(text, label, style, items, Spans);

    public static IndicatorListBlock Indicators(NumberingStyle? style, params IndicatorEntry[] entries) => new(entries, style, Span);

    public static Indicator Indicator(string text, string? id = null, string? label = null, string? deadline = null,
        AgencyExpr? responsible = null) =>
        new(id, text, label, [], deadline is null ? null : Deadline(deadline), responsible, null, Spans);

    public static IndicatorGroup IndicatorGroup(string group, string? period, params Indicator[] indicators) =>
        new(group, period is null ? null : Period.TryParse(period, out var p) ? p : null, indicators, Spans);

    public static PlanTask Task(string id, string content, string lead, string? co, string deadline, params string[] products) =>
        new(id, content, Expr(lead), co is null ? null : Expr(co), Deadline(deadline), products, Spans);

    public static TaskGroup Group(string area, string? title, params PlanTask[] tasks) => new(area, title, tasks, Spans);

    public static TaskAppendix Tasks(string title, IReadOnlyList<TaskGroup> groups, string? label = null, AttachedTo? attachedTo = null,
        TaskNumbering numbering = TaskNumbering.Continuous, IReadOnlyList<string>? headers = null) =>
        new(title, label, attachedTo, headers, numbering, groups, Spans);

    public static PlanDocument Plan(string title, IReadOnlyList<Node> body, string period = "2026", IReadOnlyList<string>? preamble = null,
        PlanHeader? header = null, string? number = null, string? symbol = null, string? date = null,
        IReadOnlyList<Recipient>? recipients = null, IReadOnlyList<ArchiveEntry>? archive = null, Signer? signer = null)
    {
        Assert.True(Period.TryParse(period, out var p));
        return new PlanDocument(title, p, preamble ?? [], header, body, number, symbol, date is null ? null : Date(date),
            recipients ?? [], archive ?? [], signer, Spans);
    }

    public static Package Package(Issuer issuer, PlanDocument plan, Decision? decision = null, IReadOnlyList<Agency>? agencies = null,
        IReadOnlyList<AreaSetting>? areas = null, IReadOnlyList<Appendix>? appendices = null, DocumentStyle? style = null) =>
        new(File, 1, issuer, agencies ?? [], areas ?? [], style ?? DocumentStyle.Default, decision, plan, appendices ?? [], Spans);

    /// <summary>A minimal standalone plan around <paramref name="body"/>.</summary>
    public static Package PlanWith(params Node[] body) =>
        Package(Issuer("xã", "Tân Minh"), Plan("Kế hoạch thử", body, symbol: "KH-UBND", archive: [Archive("VT")],
            signer: Signer("CHỦ TỊCH", "Nguyễn Văn A", tm: "ỦY BAN NHÂN DÂN")));
}
