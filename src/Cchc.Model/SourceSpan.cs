namespace Cchc.Model;

/// <summary>A range in a source file; lines and columns are 1-based, the end is inclusive of its line.</summary>
public readonly record struct SourceSpan(string File, int Line, int Column, int EndLine, int EndColumn)
{
    public static SourceSpan None(string file) => new(file, 0, 0, 0, 0);

    public static SourceSpan At(string file, int line, int column) => new(file, line, column, line, column);

    /// <summary>A place in a file that has no lines: "¶12", "bảng 2, dòng 14, cột 3" in a Word file.</summary>
    public static SourceSpan In(string file, string place) => new(file, 0, 0, 0, 0) { Place = place };

    /// <summary>Where in a file without lines (a Word document) the finding is; null for line-based files.</summary>
    public string? Place { get; init; }

    public bool IsKnown => Line > 0;

    /// <summary>"plan.yaml(12,5)", "ke-hoach.docx(¶12)" or the file alone: how every human-readable output names the position.</summary>
    public string Describe() => IsKnown ? $"{File}({Line},{Column})" : Place is null ? File : $"{File}({Place})";

    public override string ToString() => Describe();
}
