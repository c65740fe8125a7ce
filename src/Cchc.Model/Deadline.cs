namespace Cchc.Model;

public enum DeadlineKind
{
    Date,
    Month,
    Quarters,
    Half,
    Year,
    Ongoing,
    Before,
    Range,
    Conditional,
    FreeText,
}

/// <summary>
/// A deadline as written (rendered verbatim) plus what it means. <see cref="Start"/>/<see cref="End"/> are
/// null where the interval depends on the plan period (ongoing, "cả năm" without a year, the start of
/// "trước …"); <see cref="Resolve"/> fills them in.
/// </summary>
public sealed record Deadline(
    string Text,
    DeadlineKind Kind,
    DateOnly? Start,
    DateOnly? End,
    DeadlineParseError ParseError,
    bool IsExplicitText,
    SourceSpan Span)
{
    public static Deadline FromText(string text, SourceSpan span)
    {
        var r = DeadlineParser.Parse(text);
        return new Deadline(text.Trim(), r.Kind, r.Start, r.End, r.Error, false, span);
    }

    public static Deadline Explicit(string text, SourceSpan span) =>
        new(text.Trim(), DeadlineKind.FreeText, null, null, DeadlineParseError.None, true, span);

    public bool HasInterval => Kind is not (DeadlineKind.Conditional or DeadlineKind.FreeText);

    /// <summary>The interval within <paramref name="period"/>; null for conditional and free text, or for
    /// "cả năm" without a year in a multi-year plan (E007).</summary>
    public (DateOnly Start, DateOnly End)? Resolve(Period period) => Kind switch
    {
        DeadlineKind.Conditional or DeadlineKind.FreeText => null,
        DeadlineKind.Ongoing => (period.Start, period.End),
        DeadlineKind.Year when Start is null => period.IsSingleYear ? (period.Start, period.End) : null,
        _ => (Start ?? period.Start, End ?? period.End),
    };
}
