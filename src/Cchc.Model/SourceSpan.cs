namespace Cchc.Model;

/// <summary>A range in a source file; lines and columns are 1-based, the end is inclusive of its line.</summary>
public readonly record struct SourceSpan(string File, int Line, int Column, int EndLine, int EndColumn)
{
    public static SourceSpan None(string file) => new(file, 0, 0, 0, 0);

    public static SourceSpan At(string file, int line, int column) => new(file, line, column, line, column);

    public bool IsKnown => Line > 0;

    public override string ToString() => $"{File}({Line},{Column})";
}
