namespace Cchc.Diff;

/// <summary>
/// One field of a matched pair. Scalar fields carry <see cref="Text"/>; list fields (products, targets, bases,
/// recipients, preamble) carry <see cref="Lines"/>, one entry per list element, aligned. <see cref="Note"/>
/// explains a judgement the diff made ("cùng nghĩa" for a deadline written differently with the same interval).
/// </summary>
public sealed record FieldChange(string Field, ChangeKind Kind, TextDiff? Text, IReadOnlyList<LineChange>? Lines = null, string? Note = null);

/// <summary>One element of a list field; an index is -1 on the side where the element does not exist.</summary>
public sealed record LineChange(ChangeKind Kind, int OldIndex, int NewIndex, TextDiff Text, bool Moved);
