namespace Cchc.Model;

public enum PlanHeader
{
    None,
    Agency,
}

/// <summary>The <c>plan:</c> key: the Kế hoạch.</summary>
public sealed record PlanDocument(
    string Title,
    Period Period,
    IReadOnlyList<string> Preamble,
    /// <summary>The attached plan's letterhead; not set means <see cref="PlanHeader.Agency"/>.</summary>
    PlanHeader? Header,
    IReadOnlyList<Node> Body,
    string? Number,
    string? Symbol,
    DateValue? Date,
    IReadOnlyList<Recipient> Recipients,
    IReadOnlyList<ArchiveEntry> Archive,
    Signer? Signer,
    SpanMap Spans)
{
    /// <summary>False when the plan's period was missing or unreadable (already reported) and <see cref="Period"/> is a stand-in.</summary>
    public bool PeriodKnown { get; init; } = true;
}

public enum NumberingStyle
{
    Roman,
    Arabic,
    Decimal,
    AlphaVi,
    AlphaLatin,
    Paren,
    ParenDot,
    Dash,
    Plus,
    None,
}

public enum NodeRole
{
    Purpose,
    Requirements,
    Goals,
    Indicators,
    Tasks,
    Solutions,
    Funding,
    Implementation,
    Responsibility,
}

/// <summary>A section of the plan body: a heading and its ordered content.</summary>
public sealed record Node(
    string? Title,
    string? Label,
    string? Area,
    NodeRole? Role,
    string? Agency,
    IReadOnlyList<string> Leads,
    IReadOnlyList<string> Topics,
    bool RunIn,
    bool Plain,
    NumberingStyle? Numbering,
    IReadOnlyList<Block> Content,
    SpanMap Spans);

/// <summary>A block of content: exactly one of paragraph, list, indicator list, sub-section.</summary>
public abstract record Block(SourceSpan Span);

public sealed record ParagraphBlock(string Text, SourceSpan Span) : Block(Span);

public sealed record ListBlock(IReadOnlyList<Item> Items, NumberingStyle? Style, SourceSpan Span) : Block(Span);

public sealed record IndicatorListBlock(IReadOnlyList<IndicatorEntry> Entries, NumberingStyle? Style, SourceSpan Span) : Block(Span);

public sealed record NodeBlock(Node Node) : Block(Node.Spans.Node);

public sealed record Item(string Text, string? Label, NumberingStyle? Style, IReadOnlyList<Item> Items, SpanMap Spans);

public abstract record IndicatorEntry(SpanMap Spans);

public sealed record Indicator(
    string? Id,
    string Text,
    string? Label,
    IReadOnlyList<Target> Targets,
    Deadline? Deadline,
    AgencyExpr? Responsible,
    string? Area,
    SpanMap Spans) : IndicatorEntry(Spans);

public sealed record IndicatorGroup(string Group, Period? Period, IReadOnlyList<Indicator> Indicators, SpanMap Spans) : IndicatorEntry(Spans);

public enum TargetOp
{
    Eq,
    Ge,
    Gt,
    Le,
    Lt,
    Top,
    ReduceBy,
    IncreaseBy,
    Increase,
    Exceed,
    Complete,
}

public sealed record Target(string? Metric, TargetOp Op, decimal? Value, string? Unit, int? Baseline, string? Scope, SpanMap Spans)
{
    public string EffectiveUnit => Unit ?? "%";
}
