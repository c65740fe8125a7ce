using Cchc.Model;

namespace Cchc.Diff;

/// <summary>
/// One paragraph of the plan body as the document shows it: a <see cref="ParagraphBlock"/>, a list
/// <see cref="Item"/> (at any depth), an <see cref="Indicator"/> without id, or an <see cref="IndicatorGroup"/>'s
/// heading line. <see cref="Source"/> is that model object: compare it by reference, since records compare by value.
/// </summary>
public sealed record BodyText(string Text, object Source, SourceSpan Span, int Depth);

/// <summary>
/// A body section (Node) paired by its path of area, agency, role or title. <see cref="OldPath"/> and
/// <see cref="NewPath"/> are readable paths ("MỤC ĐÍCH, YÊU CẦU › Mục đích:"). <see cref="Moved"/> when it now
/// sits elsewhere: under a different section, or (<see cref="Reordered"/>) in another order among the same siblings.
/// <see cref="Kind"/> is about the heading itself (title, label, role, area); its paragraphs are in
/// <see cref="PlanDiff.Paragraphs"/>.
/// </summary>
public sealed record SectionChange(ChangeKind Kind, Node? Old, Node? New, string OldPath, string NewPath, bool Moved, bool Reordered, IReadOnlyList<FieldChange> Fields);

/// <summary>
/// One body paragraph, aligned within its section or, failing that, across sections (then <see cref="Moved"/>;
/// <see cref="Reordered"/> when it stayed in its section but changed order). The sections are the nodes whose
/// own content holds the paragraph on each side; <see cref="Similarity"/> is 1 for paragraphs paired by their words.
/// </summary>
public sealed record ParagraphChange(
    ChangeKind Kind,
    BodyText? Old,
    BodyText? New,
    Node? OldSection,
    Node? NewSection,
    string OldPath,
    string NewPath,
    bool Moved,
    bool Reordered,
    double Similarity,
    TextDiff Text);
