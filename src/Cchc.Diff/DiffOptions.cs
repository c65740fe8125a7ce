namespace Cchc.Diff;

/// <summary>How alike (2·common words / all words, after folding) two texts must be for the diff to pair them.</summary>
public sealed record DiffOptions
{
    /// <summary>A paragraph edited in place, within its section.</summary>
    public double ParagraphInSection { get; init; } = 0.6;

    /// <summary>A paragraph that moved to another section and may have been edited.</summary>
    public double ParagraphMoved { get; init; } = 0.75;

    /// <summary>A task or indicator whose id exists on one side only: "có thể là" (probably renamed).</summary>
    public double Renamed { get; init; } = 0.6;

    /// <summary>Below this, the same id on both sides is flagged as probably reused for different work.</summary>
    public double SuspectedReuse { get; init; } = 0.35;

    /// <summary>Section titles of siblings under sections already paired.</summary>
    public double SectionTitle { get; init; } = 0.5;

    public static DiffOptions Default { get; } = new();
}
