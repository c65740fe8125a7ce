namespace Cchc.Sheets;

/// <summary>What one row of a filled-in sheet says about a task, and the cells it was read from.</summary>
public sealed record RowUpdate(string TaskId, TaskState State, string File, string Sheet, int Row, IReadOnlyDictionary<SheetField, string> Cells);

/// <summary>What reading one workbook gives: the rows that can be imported and every finding; <see cref="Unreadable"/>
/// when the file is not a task sheet at all (exit 2).</summary>
public sealed record SheetImport(string File, IReadOnlyList<RowUpdate> Rows, IReadOnlyList<SheetFinding> Findings, bool Unreadable);
