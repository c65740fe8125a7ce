namespace Cchc.Diff.Output;

/// <summary>What an entry of the report says happened to its item.</summary>
internal enum Mark
{
    Added,
    Removed,
    Modified,
    Shifted,
    Moved,
    Renamed,
    Warning,

    /// <summary>Unchanged itself, shown as the place of changes below it.</summary>
    Context,
}

/// <summary>How the report walk is printed: plain or coloured terminal text, or Markdown.</summary>
internal abstract class ReportStyle
{
    public abstract void Title(TextWriter w, string text);

    public abstract void Paragraph(TextWriter w, string text);

    /// <summary>A group of entries ("Nhiệm vụ"); <paramref name="count"/> lets a style fold long groups.</summary>
    public abstract void BeginGroup(TextWriter w, string heading, int count);

    public virtual void EndGroup(TextWriter w)
    {
    }

    /// <summary>One entry; <paramref name="text"/> is already formatted by <see cref="Text"/> and <see cref="Diff"/>.</summary>
    public abstract void Entry(TextWriter w, int depth, Mark mark, string text);

    /// <summary>Literal text, escaped as the style needs.</summary>
    public abstract string Text(string text);

    /// <summary>An identifier or code.</summary>
    public abstract string Code(string text);

    public string Diff(TextDiff diff) => string.Concat(diff.Edits.Select(Edit));

    protected abstract string Edit(TextEdit edit);
}
