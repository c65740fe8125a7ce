using Cchc.Word;

namespace Cchc.Import.Recognition.Body;

/// <summary>
/// Nests the body's paragraphs by their labels: a label of a kind already open closes the levels below it
/// and starts a sibling; a new kind opens a level under the current one; an unlabelled paragraph belongs to
/// the innermost open element. Labels come from Word numbering (<see cref="WordParagraph.Label"/>) or are
/// typed in the text; an unlabelled Word heading (outline level) is a level of its own.
/// </summary>
internal static class BodyTree
{
    public static BodyElement Build(IEnumerable<WordParagraph> paragraphs)
    {
        var root = new BodyElement(BodyLabel.None, "", null);
        var stack = new List<BodyElement> { root };
        foreach (var p in paragraphs)
        {
            if (p.Text.Trim().Length == 0 && string.IsNullOrEmpty(p.Label))
            {
                continue;
            }

            var element = Element(p);
            if (element is null)
            {
                stack[^1].Children.Add(new BodyText(p.Text.Trim(), p));
                continue;
            }

            var open = OpenLevel(stack, element.Label);
            if (open > 0)
            {
                stack.RemoveRange(open, stack.Count - open);
            }

            stack[^1].Children.Add(element);
            stack.Add(element);
        }

        return root;
    }

    /// <summary>The index in <paramref name="stack"/> of the open element <paramref name="label"/> is a sibling of, or 0.</summary>
    private static int OpenLevel(List<BodyElement> stack, BodyLabel label)
    {
        if (label.Kind == LabelKind.Heading)
        {
            // A heading closes every open heading of its level or deeper, and all that is inside them.
            for (var i = 1; i < stack.Count; i++)
            {
                if (stack[i].Label.Kind == LabelKind.Heading && stack[i].Label.Level >= label.Level)
                {
                    return i;
                }
            }

            return 0;
        }

        for (var i = stack.Count - 1; i > 0; i--)
        {
            if (stack[i].Label.SameLevel(label))
            {
                return i;
            }
        }

        return 0;
    }

    private static BodyElement? Element(WordParagraph p)
    {
        BodyLabel label;
        string text;
        var labelLength = 0;
        if (!string.IsNullOrEmpty(p.Label) && BodyLabel.Of(p.Label) is { } numbered)
        {
            (label, text) = (numbered with { Numbering = p.Numbering }, p.Text);
        }
        else
        {
            (label, text) = BodyLabel.Split(p.Text);
            labelLength = p.Text.Length - text.Length;
            if (label.Kind == LabelKind.None && HeadingLevel(p) is { } level)
            {
                label = new BodyLabel("", LabelKind.Heading, 0, level);
            }
        }

        if (label.Kind == LabelKind.None)
        {
            return null;
        }

        return new BodyElement(label, text.Trim(), p) { BoldPrefix = Math.Max(0, BoldLength(p) - labelLength) };
    }

    /// <summary>The outline level of a Word heading: the paragraph's, or the level its style's name says ("Heading 2" → 1).</summary>
    public static int? HeadingLevel(WordParagraph p)
    {
        if (p.Format.OutlineLevel is >= 0 and < 9)
        {
            return p.Format.OutlineLevel;
        }

        var name = p.StyleName ?? "";
        return name.StartsWith("heading ", StringComparison.OrdinalIgnoreCase) && int.TryParse(name.AsSpan(8), out var n) && n is >= 1 and <= 9 ? n - 1 : null;
    }

    /// <summary>How many characters of the paragraph's text its leading bold runs cover.</summary>
    private static int BoldLength(WordParagraph p)
    {
        var n = 0;
        foreach (var run in p.Runs)
        {
            if (run.Format.Bold != true)
            {
                if (run.Text.Trim().Length == 0)
                {
                    n += run.Text.Length;
                    continue;
                }

                break;
            }

            n += run.Text.Length;
        }

        return n;
    }
}
