using Cchc.Model;

namespace Cchc.Sheets;

/// <summary>A finding about a spreadsheet, at a cell (<c>FILE.xlsx(Nhiệm vụ!D7)</c>) or about the whole file.</summary>
public sealed record SheetFinding(Diagnostic Diagnostic, string? Sheet, string? Cell)
{
    public string Where => Cell is null ? Diagnostic.Span.File : $"{Diagnostic.Span.File}({Sheet}!{Cell})";

    public static SheetFinding AtCell(DiagnosticCode code, string file, string sheet, string cell, string vi, string en)
    {
        var letters = new string(cell.TakeWhile(char.IsAsciiLetter).ToArray());
        var row = int.Parse(cell.AsSpan(letters.Length), System.Globalization.CultureInfo.InvariantCulture);
        var column = SheetColumns.Index(letters);
        return new(code.At(new SourceSpan(file, row, column, row, column) { Place = $"{sheet}!{cell}" }, vi, en), sheet, cell);
    }

    public static SheetFinding AtFile(DiagnosticCode code, string file, string vi, string en) =>
        new(code.At(SourceSpan.None(file), vi, en), null, null);
}
