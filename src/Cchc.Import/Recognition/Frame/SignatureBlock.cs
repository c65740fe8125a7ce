using Cchc.Import.Output;
using Cchc.Word;

namespace Cchc.Import.Recognition.Frame;

/// <summary>
/// The closing block (nd30-format.md §4): "Nơi nhận:" with one "- …;" line per recipient and "- Lưu: VT, …."
/// last, beside the signer's lines (TM./KT. lines, the title, the space for the signature, the name).
/// </summary>
internal sealed partial record SignatureBlock(YSeq Recipients, YSeq Archive, YMap Signer, WordPosition Position)
{
    public static bool IsSignature(WordBlock block) => block is WordTable t && t.Rows.SelectMany(r => r.Cells)
        .Any(StartsRecipients);

    /// <summary>"Nơi nhận:" however it is spaced (two spaces, a non-breaking space).</summary>
    private static bool StartsRecipients(WordCell cell) => RecipientsLine().IsMatch(cell.Text);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*Nơi\s+nhận", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RecipientsLine();

    public static SignatureBlock? Read(WordBlock block)
    {
        if (!IsSignature(block))
        {
            return null;
        }

        var table = (WordTable)block;
        var cells = table.Rows.SelectMany(r => r.Cells).ToList();
        var recipientsCell = cells.First(StartsRecipients);
        var recipients = new YSeq();
        var archive = new YSeq { Flow = true };
        foreach (var p in recipientsCell.Paragraphs.Skip(1))
        {
            AddRecipient(p.DisplayText, p.Position, recipients, archive);
        }

        var signerCell = cells.FirstOrDefault(c => c != recipientsCell && c.Text.Trim().Length > 0);
        return new SignatureBlock(recipients, archive, ReadSigner(signerCell), table.Position);
    }

    /// <summary>"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", the title, then after the blank lines the name.</summary>
    public static YMap ReadSigner(WordCell? cell)
    {
        var signer = new YMap { Flow = true, Origin = cell?.Position };
        if (cell is null)
        {
            return signer;
        }

        var paragraphs = cell.Paragraphs.Select(p => p.DisplayText.Trim()).ToList();
        var firstBlank = paragraphs.FindIndex(p => p.Length == 0);
        var titles = (firstBlank < 0 ? paragraphs : paragraphs.Take(firstBlank)).Where(p => p.Length > 0).ToList();
        var name = firstBlank < 0 ? null : paragraphs.Skip(firstBlank).LastOrDefault(p => p.Length > 0);
        return SignerOf(signer, titles, name);
    }

    /// <summary>One "- …;" line under "Nơi nhận:": a recipient, or the "- Lưu: VT, …." line's entries.</summary>
    public static void AddRecipient(string text, WordPosition where, YSeq recipients, YSeq archive)
    {
        var line = text.Trim().TrimStart('-', '–', '•', ' ', '\u00A0', '\t').Trim();
        if (line.Length == 0)
        {
            return;
        }

        if (line.StartsWith("Lưu", StringComparison.Ordinal))
        {
            foreach (var entry in line[3..].TrimStart(':', ' ').TrimEnd('.', ';').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                archive.Add(new YScalar(entry) { Origin = where });
            }

            return;
        }

        recipients.Add(new YScalar(line.TrimEnd(';', '.', ',')) { Origin = where });
    }

    /// <summary>The signer from its title lines ("TM. …", "KT. …", the title) and its name, if any.</summary>
    public static YMap SignerOf(YMap signer, List<string> titles, string? name)
    {
        if (titles.Count > 0 && titles[0].StartsWith("TM.", StringComparison.Ordinal))
        {
            signer.Add("tm", titles[0][3..].Trim());
            titles.RemoveAt(0);
        }

        if (titles.Count > 0 && titles[0].StartsWith("KT.", StringComparison.Ordinal))
        {
            signer.Add("kt", titles[0][3..].Trim());
            titles.RemoveAt(0);
        }

        signer.Add("title", string.Join("\n", titles));
        if (name is not null)
        {
            signer.Add("name", name);
        }

        return signer;
    }
}
