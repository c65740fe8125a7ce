using Cchc.Word;

namespace Cchc.Import.Recognition.Body;

/// <summary>
/// One labelled paragraph of the body (a heading or a list entry) with what nests under it: the labelled
/// paragraphs of deeper levels and the unlabelled paragraphs that follow it.
/// </summary>
internal sealed class BodyElement(BodyLabel label, string text, WordParagraph? source)
{
    public BodyLabel Label { get; } = label;

    /// <summary>The text after the label.</summary>
    public string Text { get; } = text;

    public WordParagraph? Source { get; } = source;

    /// <summary>The length of <see cref="Text"/>'s bold start; equal to its length when all of it is bold.</summary>
    public int BoldPrefix { get; init; }

    public List<object> Children { get; } = [];

    public bool Bold => Text.Length > 0 && BoldPrefix >= Text.Trim().Length;

    /// <summary>A bold heading followed on its line by plain text ("e) Các phòng, …: tập trung …").</summary>
    public bool RunIn => BoldPrefix > 0 && BoldPrefix < Text.TrimEnd().Length && Text[..BoldPrefix].Trim().Length > 0;

    public IEnumerable<BodyElement> Elements => Children.OfType<BodyElement>();

    /// <summary>Set by the recogniser: a section (Node) rather than a list entry.</summary>
    public bool IsNode { get; set; }
}

/// <summary>An unlabelled paragraph of the body.</summary>
internal sealed record BodyText(string Text, WordParagraph Source);
