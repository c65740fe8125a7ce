using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Import;
using Cchc.Tests.Support;
using Cchc.Tests.Word;
using Cchc.Word;
using Cchc.Yaml;
using Xunit;
using M = Cchc.Model.Documents;

namespace Cchc.Tests.Import;

/// <summary>
/// The letterhead and the closing block (Nơi nhận, signer) typed as paragraphs instead of cchc's tables, in every
/// form clerks use, for every plan in plans/ and the fixture: the Quyết định, a standalone Kế hoạch, an attached
/// Kế hoạch with its letterhead, a Phụ lục with one. Letterhead: each part on its own line, left half first or right half first, or
/// each row on one line with tabs between its halves, either half first. Closing block: the recipients then the
/// signer, the signer then the recipients, or both side by side after tabs. Drawn per case: the Quốc hiệu's
/// spelling (HÒA/HOÀ), the blank of a draft's number and date, an unsigned draft, the number of tabs and blank
/// lines, the paragraph style of the signer's lines. The typed documents import to the YAML the table
/// documents with the same words give — as separate files and as one file.
/// </summary>
public sealed class TypedFrameImportTests : IDisposable
{
    public enum LetterheadForm { LinesLeftFirst, LinesRightFirst, Tabs, TabsRightFirst }

    public enum ClosingForm { RecipientsThenSigner, SignerThenRecipients, Tabs }

    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-typed-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Fixture => Path.Combine(RepoPaths.Root, "tests", "Cchc.Tests", "Plans", "fixtures", "phuong-ngoc-ha-2026.yaml");

    public static TheoryData<string, LetterheadForm, ClosingForm, int> Cases()
    {
        var data = new TheoryData<string, LetterheadForm, ClosingForm, int>();
        var seed = 0;
        foreach (var plan in RepoPaths.PlanFiles.Append(Fixture))
        {
            foreach (var letterhead in Enum.GetValues<LetterheadForm>())
            {
                foreach (var closing in Enum.GetValues<ClosingForm>())
                {
                    data.Add(Path.GetRelativePath(RepoPaths.Root, plan), letterhead, closing, seed++);
                }
            }
        }

        return data;
    }

    /// <summary>What a case draws besides its forms: the same for the table and the typed documents.</summary>
    private sealed record Habits(bool Hoa, string? Blank, bool Unsigned, Random Rng);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Typed_letterhead_and_closing_import_as_the_tables_do(string plan, LetterheadForm letterhead, ClosingForm closing, int seed)
    {
        var path = Path.Combine(RepoPaths.Root, plan);
        var loaded = PlanLoader.Load(File.ReadAllText(path), path);
        Assert.False(loaded.HasErrors);
        var composed = Composer.Compose(loaded.Package!, TemplateSet.Builtin);
        var rng = new Random(seed);
        var blank = rng.Next(3) == 0 ? new string([.. Enumerable.Range(0, rng.Next(1, 10)).Select(_ => rng.Next(3) == 0 ? '\u00A0' : ' ')]) : null;
        var habits = new Habits(rng.Next(2) == 0, blank, rng.Next(3) == 0, rng);
        M.Document[] documents = composed.Decision is null ? [composed.Plan] : [composed.Decision, composed.Plan];

        var (tables, _) = Import("table", documents.Select(d => Retype(d, habits, null)));
        Assert.DoesNotContain(tables.Diagnostics, d => d.IsError);
        var (typed, lines) = Import("typed", documents.Select(d => Retype(d, habits, (letterhead, closing))));
        var (single, _) = Import("single", [Retype(composed.Single, habits, (letterhead, closing))]);
        Assert.Contains(lines, l => l.StartsWith("Nơi nhận:", StringComparison.Ordinal) && l.Contains('\t', StringComparison.Ordinal) == (closing == ClosingForm.Tabs));
        Assert.Contains(lines, l => l.Contains("Độc lập", StringComparison.Ordinal) && l.Contains('\t', StringComparison.Ordinal) == (letterhead is LetterheadForm.Tabs or LetterheadForm.TabsRightFirst));
        var errors = string.Join("\n", typed.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Span}: {d.Code} {d.Message.Vi}"));
        Assert.True(errors.Length == 0, errors);
        Assert.Equal(tables.Yaml, typed.Yaml);
        Assert.Equal(tables.Yaml, single.Yaml);
        Assert.Contains("  recipients:", typed.Yaml, StringComparison.Ordinal);
        Assert.Contains("  signer:", typed.Yaml, StringComparison.Ordinal);
        if (habits.Hoa)
        {
            Assert.Contains("national_title: \"CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\"", typed.Yaml, StringComparison.Ordinal);
        }
    }

    /// <summary>The import of the documents, and the texts of their paragraphs outside tables.</summary>
    private (ImportResult Result, List<string> Paragraphs) Import(string name, IEnumerable<M.Document> documents)
    {
        var paths = new List<string>();
        var top = new List<string>();
        foreach (var (document, i) in documents.Select((d, i) => (d, i)))
        {
            var file = Path.Combine(_dir, $"{name}-{i}.docx");
            var bytes = BuiltDocuments.Write(document);
            File.WriteAllBytes(file, bytes);
            paths.Add(file);
            var read = BuiltDocuments.Read(bytes);
            var framed = read.Tables.Count(t => t.Rows.SelectMany(r => r.Cells).Any(c => c.Text.Contains("Nơi nhận", StringComparison.Ordinal) || c.Text.Contains("CỘNG H", StringComparison.Ordinal)));
            // The table documents hold their letterhead and closing tables; the typed ones none, and their lines as written.
            Assert.True(name == "table" ? framed > 0 : framed == 0, $"{name}: {framed} bảng tiêu đề/chữ ký");
            top.AddRange(read.Blocks.OfType<WordParagraph>().Select(p => p.Text));
        }

        var result = PlanImporter.Import(paths, "imported.yaml");
        Assert.NotNull(result.Yaml);
        return (result, top);
    }

    /// <summary>
    /// The document with the habits applied, its letterhead and closing tables typed as paragraphs when
    /// <paramref name="forms"/> is given. Each Phụ lục gets the document's letterhead above its label, as a Phụ lục
    /// issued as a file of its own has it.
    /// </summary>
    private static M.Document Retype(M.Document document, Habits h, (LetterheadForm Letterhead, ClosingForm Closing)? forms)
    {
        var letterhead = document.Sections.SelectMany(s => s.Blocks).OfType<M.Letterhead>().FirstOrDefault();
        IEnumerable<M.DocBlock> Headed(M.Section s) => letterhead is not null && s.Blocks is [M.Paragraph { Style: M.ParaStyle.AppendixLabel }, ..]
            ? s.Blocks.Prepend(letterhead)
            : s.Blocks;
        return document with { Sections = [.. document.Sections.Select(s => s with { Blocks = [.. Headed(s).SelectMany(b => Retype(b, h, forms))] })] };
    }

    private static IEnumerable<M.DocBlock> Retype(M.DocBlock block, Habits h, (LetterheadForm Letterhead, ClosingForm Closing)? forms)
    {
        switch (block)
        {
            case M.Letterhead l:
                var edited = l with
                {
                    NationalTitle = h.Hoa ? l.NationalTitle.Replace("HÒA", "HOÀ", StringComparison.Ordinal) : l.NationalTitle,
                    NumberLine = Blanked(l.NumberLine, h.Blank),
                    PlaceDateLine = Blanked(l.PlaceDateLine, h.Blank),
                };
                return forms is { } f ? TypedLetterhead(edited, f.Letterhead, h.Rng) : [edited];
            case M.SignatureBlock s:
                var signed = h.Unsigned ? s with { SignerName = null } : s;
                return forms is { } g ? TypedClosing(signed, g.Closing, h.Rng) : [signed];
            default:
                return [block];
        }
    }

    /// <summary>A draft's blanks ("Số:      /", "ngày      tháng") written with <paramref name="blank"/> instead.</summary>
    private static string? Blanked(string? line, string? blank) =>
        line is null || blank is null ? line : System.Text.RegularExpressions.Regex.Replace(line, "(?<=Số:|ngày|tháng) {2,}", blank);

    private static IEnumerable<M.DocBlock> TypedLetterhead(M.Letterhead l, LetterheadForm form, Random rng)
    {
        List<string> agency = [.. Opt(l.Superior), .. l.AgencyLines];
        List<string> national = [l.NationalTitle, l.Motto];
        List<List<string>> left = [agency, [.. Opt(l.NumberLine)]];
        List<List<string>> right = [national, [.. Opt(l.PlaceDateLine)]];
        var lines = new List<string>();
        switch (form)
        {
            case LetterheadForm.LinesLeftFirst:
                lines.AddRange(left.Concat(right).SelectMany(x => x));
                break;
            case LetterheadForm.LinesRightFirst:
                lines.AddRange(right.Concat(left).SelectMany(x => x));
                break;
            default:
                var swap = form == LetterheadForm.TabsRightFirst;
                foreach (var (a, b) in left.Zip(right))
                {
                    lines.AddRange(Beside(swap ? b : a, swap ? a : b, rng));
                }

                break;
        }

        return [.. lines.Select(t => (M.DocBlock)M.Paragraph.Of(M.ParaStyle.Summary, t)), M.Paragraph.Of(M.ParaStyle.Body, "")];
    }

    private static List<M.DocBlock> TypedClosing(M.SignatureBlock s, ClosingForm form, Random rng)
    {
        List<string> left = s.Recipients.Count > 0 ? [.. s.Recipients.Prepend("Nơi nhận:")] : [];
        List<string> right = [.. s.AuthorityLines, .. Enumerable.Repeat("", rng.Next(1, 5)), .. Opt(s.SignerName)];
        var signerStyle = rng.Next(3) switch { 0 => M.ParaStyle.Authority, 1 => M.ParaStyle.Body, _ => M.ParaStyle.Summary };
        var blocks = new List<M.DocBlock> { M.Paragraph.Of(M.ParaStyle.Body, "") };
        var recipients = left.Select(t => M.Paragraph.Of(M.ParaStyle.ListItem, t));
        var signer = right.Select(t => M.Paragraph.Of(signerStyle, t));
        switch (form)
        {
            case ClosingForm.RecipientsThenSigner:
                blocks.AddRange(recipients);
                blocks.Add(M.Paragraph.Of(M.ParaStyle.Body, ""));
                blocks.AddRange(signer);
                break;
            case ClosingForm.SignerThenRecipients:
                blocks.AddRange(signer);
                blocks.Add(M.Paragraph.Of(M.ParaStyle.Body, ""));
                blocks.AddRange(recipients);
                break;
            default:
                blocks.AddRange(Beside(left, right, rng).Select(t => M.Paragraph.Of(M.ParaStyle.ListItem, t)));
                break;
        }

        return blocks;
    }

    /// <summary>Row by row, the left line, one to three tabs and the right line; a row with only a right line starts with its tabs.</summary>
    private static IEnumerable<string> Beside(List<string> left, List<string> right, Random rng)
    {
        for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
        {
            var a = i < left.Count ? left[i] : "";
            var b = i < right.Count ? right[i] : "";
            var tabs = new string('\t', rng.Next(1, 4));
            yield return b.Length == 0 ? a + (rng.Next(2) == 0 ? tabs : "") : a + tabs + b;
        }
    }

    private static IEnumerable<string> Opt(string? s) => s is null ? [] : [s];
}
