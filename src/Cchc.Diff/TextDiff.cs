namespace Cchc.Diff;

/// <summary>What happened to one thing between the two plans.</summary>
public enum ChangeKind
{
    Unchanged,

    /// <summary>Equal once the old plan's years are moved by the period difference ("năm 2025" → "năm 2026").</summary>
    Shifted,
    Modified,
    Added,
    Removed,
}

public enum EditOp
{
    Equal,
    Delete,
    Insert,

    /// <summary>A year token moved by exactly the period difference.</summary>
    Shifted,
}

/// <summary>
/// One run of a word-level edit script. <see cref="Old"/> is the text as it stood in the old plan and
/// <see cref="New"/> in the new one: both are set for Equal (they agree after NFC) and Shifted, only Old for
/// Delete, only New for Insert. Concatenating the Old parts gives the old text, the New parts the new text.
/// </summary>
public readonly record struct TextEdit(EditOp Op, string Old, string New);

/// <summary>Two versions of one text and the word-level edit script between them.</summary>
public sealed record TextDiff(string Old, string New, IReadOnlyList<TextEdit> Edits)
{
    public ChangeKind Kind =>
        Edits.Any(e => e.Op is EditOp.Delete or EditOp.Insert) ? ChangeKind.Modified
        : Edits.Any(e => e.Op == EditOp.Shifted) ? ChangeKind.Shifted
        : ChangeKind.Unchanged;

    public static TextDiff Added(string text) => new("", text, text.Length == 0 ? [] : [new TextEdit(EditOp.Insert, "", text)]);

    public static TextDiff Removed(string text) => new(text, "", text.Length == 0 ? [] : [new TextEdit(EditOp.Delete, text, "")]);
}
