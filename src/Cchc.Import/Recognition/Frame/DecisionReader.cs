using System.Text.RegularExpressions;
using Cchc.Import.Output;
using Cchc.Model;
using Cchc.Word;

namespace Cchc.Import.Recognition.Frame;

/// <summary>
/// The Quyết định (nd30-format.md §4, plan-format.md §6): letterhead, tên loại and trích yếu, the issuer line,
/// the căn cứ lines, "Theo đề nghị của …", "QUYẾT ĐỊNH:", Điều 1–N, Nơi nhận and the signer.
/// </summary>
internal static partial class DecisionReader
{
    [GeneratedRegex(@"^Điều\s+(?<n>\d+)\s*[.:]\s*(?<text>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Article();

    public static YMap Read(DocumentPart part, FrameFacts facts, List<(YMap Ref, DateStyle? Style)> bases)
    {
        var ctx = part.Context;
        var decision = new YMap();
        var letterhead = Letterhead.Read(part.Blocks.Take(part.TitleIndex));
        NumberAndDate(letterhead, decision, facts, ctx, "QĐ-");

        var rest = part.Blocks.Skip(part.TitleIndex + 1).ToList();
        var signature = rest.Select(SignatureBlock.Read).FirstOrDefault(s => s is not null);
        if (signature is null && SignatureLines.Find(rest) is { } typed)
        {
            signature = typed.Block;
            rest = rest[..typed.Start];
        }

        var paragraphs = rest.OfType<WordParagraph>().ToList();
        var i = 0;
        var title = new List<string>();
        var titleAt = paragraphs.FirstOrDefault()?.Position;
        for (; i < paragraphs.Count && paragraphs[i].Text.Trim().Length > 0 && !IsIssuerLine(paragraphs[i]) && !paragraphs[i].Text.StartsWith("Căn cứ", StringComparison.Ordinal); i++)
        {
            title.Add(paragraphs[i].DisplayText.Trim());
        }

        decision.Add("title", new YScalar(Markup.Escape(string.Join("\n", title))) { Origin = titleAt });
        var baseList = new YSeq();
        var articles = new List<(List<string> Paragraphs, WordPosition Where)>();
        YScalar? proposer = null;
        foreach (var p in paragraphs.Skip(i))
        {
            var text = p.DisplayText.Trim();
            if (text.Length == 0 || IsIssuerLine(p) || FrameText.Flat(text) == "QUYẾT ĐỊNH:")
            {
                continue;
            }

            // Căn cứ and Theo đề nghị lines are recognised however their words are spaced (two spaces, a
            // non-breaking space); what follows the phrase is kept as written.
            if (BasisLine().Match(text) is { Success: true } basis && articles.Count == 0)
            {
                var (reference, style) = LegalBasis.Parse(basis.Groups["rest"].Value.TrimEnd(';', '.', ',').Trim());
                reference.Origin = p.Position;
                baseList.Add(reference);
                bases.Add((reference, style));
                if (style is { } s)
                {
                    facts.RefDateStyles.Add(s);
                }
            }
            else if (ProposerLine().Match(text) is { Success: true } proposal && articles.Count == 0)
            {
                proposer = new YScalar(Markup.Escape(proposal.Groups["rest"].Value.TrimEnd('.', ';').Trim())) { Origin = p.Position };
            }
            else if (Article().Match(text) is { Success: true } m)
            {
                articles.Add(([m.Groups["text"].Value.Trim()], p.Position));
            }
            else if (articles.Count > 0)
            {
                articles[^1].Paragraphs.Add(text);
            }
            else
            {
                ctx.Diagnostics.Add(Unrecognised(ctx, p.Position, text));
            }
        }

        decision.Add("bases", baseList);
        if (proposer is not null)
        {
            decision.Add("proposer", proposer);
        }

        decision.Add("articles", Articles(articles));
        if (signature is not null)
        {
            decision.Add("recipients", signature.Recipients).Add("archive", signature.Archive).Add("signer", signature.Signer);
        }

        return decision;
    }

    /// <summary>
    /// Replaces the articles by <c>executors</c> when they are the default three of plan-format.md §6 for
    /// <paramref name="planTitle"/>: what a clerk writes for the usual Quyết định ban hành.
    /// </summary>
    public static void UseDefaultArticles(YMap decision, string planTitle)
    {
        if (decision["articles"] is not YSeq { Items.Count: 3 } seq || seq.Items.Any(a => a is not YScalar))
        {
            return;
        }

        var texts = seq.Items.Cast<YScalar>().Select(s => s.Value ?? "").ToList();
        const string Closing = " chịu trách nhiệm thi hành Quyết định này./.";
        if (texts[0] == $"Ban hành kèm theo Quyết định này “Kế hoạch {planTitle.Replace('\n', ' ')}”." && texts[1] == "Quyết định có hiệu lực thi hành kể từ ngày ký."
            && texts[2].EndsWith(Closing, StringComparison.Ordinal) && texts[2].Length > Closing.Length)
        {
            var at = decision.Entries.FindIndex(e => e.Key == "articles");
            decision.Entries[at] = new("executors", new YScalar(texts[2][..^Closing.Length]) { Origin = seq.Items[2].Origin });
        }
    }

    private static YSeq Articles(List<(List<string> Paragraphs, WordPosition Where)> articles)
    {
        var seq = new YSeq();
        foreach (var (paragraphs, where) in articles)
        {
            if (paragraphs.Count == 1)
            {
                seq.Add(new YScalar(Markup.Escape(paragraphs[0])) { Origin = where });
            }
            else
            {
                var list = new YSeq { Origin = where };
                paragraphs.ForEach(p => list.Add(Markup.Escape(p)));
                seq.Add(list);
            }
        }

        return seq;
    }

    /// <summary>"Số: …" and "…, ngày … tháng … năm …" of a letterhead into <c>number</c>, <c>symbol</c>, <c>date</c>.</summary>
    public static void NumberAndDate(Letterhead? letterhead, YMap target, FrameFacts facts, ImportContext ctx, string symbolPrefix)
    {
        if (letterhead is null)
        {
            return;
        }

        if (facts.FirstLetterhead is null || facts.FirstLetterhead.AgencyLines.Count == 0)
        {
            facts.FirstLetterhead = letterhead;
            facts.LetterheadContext = ctx;
        }

        if (letterhead.NumberLine is { } line && FrameText.Number(line) is { } number)
        {
            facts.SawBlank(number.Blank);
            target.Add("number", number.Number is null ? YScalar.Null() : new YScalar(number.Number));
            // A standalone plan's symbol has no default (plan-format.md §7 requires it); a decision's has.
            if (symbolPrefix != "QĐ-" || !number.Symbol.StartsWith(symbolPrefix, StringComparison.Ordinal))
            {
                target.Add("symbol", number.Symbol);
            }
        }

        if (letterhead.PlaceDateLine is { } dateLine && dateLine.IndexOf(',', StringComparison.Ordinal) is var comma and > 0
            && FrameText.Date(dateLine[(comma + 1)..]) is { } date)
        {
            facts.SawBlank(date.Blank);
            target.Add("date", date.Value is null ? YScalar.Null() : new YScalar(date.Value));
        }
    }

    /// <summary>The symbol a "Số:" line shows, for the issuer's abbreviation.</summary>
    public static string? Symbol(Letterhead? letterhead) => letterhead?.NumberLine is { } line ? FrameText.Number(line)?.Symbol : null;

    /// <summary>The place a date line names ("Hải Dương" of "Hải Dương, ngày …").</summary>
    public static string? Place(Letterhead? letterhead) =>
        letterhead?.PlaceDateLine is { } line && line.IndexOf(',', StringComparison.Ordinal) is var comma and > 0 ? line[..comma].Trim() : null;

    private static bool IsIssuerLine(WordParagraph p)
    {
        var t = p.Text.Trim();
        return t.Length > 0 && FrameText.Upper(t) == t && t.Any(char.IsLetter) && (t.Contains("ỦY BAN", StringComparison.Ordinal) || t.Contains("UỶ BAN", StringComparison.Ordinal) || t.StartsWith("CHỦ TỊCH", StringComparison.Ordinal));
    }

    public static Diagnostic Unrecognised(ImportContext ctx, WordPosition where, string text)
    {
        var shown = text.Length > 60 ? text[..60] + "…" : text;
        return DiagnosticCatalog.W117.At(ctx.At(where),
            $"không nhận ra đoạn \"{shown}\" trong Quyết định; đoạn này không được nhập",
            $"paragraph \"{shown}\" of the Quyết định not recognised; it was not imported");
    }

    [GeneratedRegex(@"^Căn\s+cứ\s+(?<rest>\S.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex BasisLine();

    [GeneratedRegex(@"^Theo\s+đề\s+nghị\s+của\s+(?<rest>\S.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ProposerLine();
}
