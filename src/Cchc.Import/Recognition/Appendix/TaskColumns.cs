using Cchc.Import.Recognition.Ids;
using Cchc.Word;

namespace Cchc.Import.Recognition.Appendix;

internal enum TaskColumn
{
    Tt,
    Content,
    Lead,
    Co,
    Deadline,
    Products,
    Note,
}

/// <summary>
/// A task table's header: which grid column holds what, read from the header cells' words (STT, Nội dung,
/// Cơ quan chủ trì, Cơ quan phối hợp, Thời gian/Thời hạn, Sản phẩm, Ghi chú) in any order, over one or more
/// header rows ("Cơ quan thực hiện" over "Chủ trì" | "Phối hợp").
/// </summary>
internal sealed class TaskColumns
{
    private TaskColumns(Dictionary<TaskColumn, int> columns, Dictionary<TaskColumn, string> texts, int headerRows, string signature)
    {
        Columns = columns;
        Texts = texts;
        HeaderRows = headerRows;
        Signature = signature;
    }

    public Dictionary<TaskColumn, int> Columns { get; }

    /// <summary>The header text of each column, as written.</summary>
    public Dictionary<TaskColumn, string> Texts { get; }

    /// <summary>Index of the first row after the header.</summary>
    public int HeaderRows { get; }

    /// <summary>The header row's texts joined: a later row with the same texts is the header repeated.</summary>
    public string Signature { get; }

    public static string RowSignature(WordRow row) => string.Join("|", row.Cells.Select(c => TextFold.Key(c.Text)));

    /// <summary>The header of <paramref name="table"/>, or null when no row names at least three task columns.</summary>
    public static TaskColumns? Find(WordTable table)
    {
        for (var r = 0; r < Math.Min(table.Rows.Count, 4); r++)
        {
            var roles = RolesOf(table.Rows[r]);
            if (roles.Count < 3)
            {
                continue;
            }

            var last = r;
            while (last + 1 < table.Rows.Count && (table.Rows[last + 1].IsHeader || IsSubHeader(table.Rows[last + 1])))
            {
                last++;
            }

            var columns = new Dictionary<TaskColumn, int>();
            var texts = new Dictionary<TaskColumn, string>();
            for (var g = 0; g < table.GridColumns.Count; g++)
            {
                // The deepest header row that names the column decides ("Chủ trì" under "Cơ quan thực hiện").
                for (var h = last; h >= r; h--)
                {
                    if (table.Rows[h].CellAt(g) is { } cell && cell.GridColumn == g && Role(cell.Text) is { } role && !columns.ContainsKey(role))
                    {
                        columns[role] = g;
                        texts[role] = cell.Text.Trim();
                        break;
                    }
                }
            }

            return columns.ContainsKey(TaskColumn.Content) ? new TaskColumns(columns, texts, last + 1, RowSignature(table.Rows[r])) : null;
        }

        return null;
    }

    public static TaskColumn? Role(string header)
    {
        var k = " " + TextFold.Key(header) + " ";
        bool Has(string w) => k.Contains(" " + w + " ", StringComparison.Ordinal);
        return Has("stt") || k.Trim() == "tt" ? TaskColumn.Tt
            : Has("chu tri") ? TaskColumn.Lead
            : Has("phoi hop") ? TaskColumn.Co
            : Has("san pham") || Has("ket qua") ? TaskColumn.Products
            : Has("ghi chu") ? TaskColumn.Note
            : Has("thoi gian") || Has("thoi han") || Has("hoan thanh") || Has("tien do") ? TaskColumn.Deadline
            : Has("noi dung") || Has("nhiem vu") || Has("cong viec") ? TaskColumn.Content
            : null;
    }

    private static List<TaskColumn> RolesOf(WordRow row) => [.. row.Cells.Select(c => Role(c.Text)).OfType<TaskColumn>().Distinct()];

    private static bool IsSubHeader(WordRow row) => row.Cells.All(c => c.Text.Trim().Length == 0 || Role(c.Text) is not null || c.VerticalMerge == VerticalMerge.Continue)
        && row.Cells.Any(c => Role(c.Text) is not null);
}
