using System.Text.RegularExpressions;
using Cchc.Import.Output;
using Cchc.Import.Recognition.Ids;
using Cchc.Model;
using Cchc.Word;

namespace Cchc.Import.Recognition.Frame;

/// <summary>
/// The frame of a plan body found alone (seed 000: sections I–IV, no letterhead, no "KẾ HOẠCH" line, no
/// Quyết định): the unit, its name, the province and the year as the body's own wording says them ("Kế hoạch
/// cải cách hành chính năm 2025 của phường", "thành phố Hải Phòng"), the file name as the last resort. Everything
/// here is supplied, so each value carries a W131 comment saying where it came from.
/// </summary>
internal static partial class FragmentFrame
{
    // Grassroots units first: a ward's plan names its city far more often than a city's plan names a ward.
    private static readonly string[][] UnitLevels = [["phường", "xã", "thị trấn", "đặc khu"], ["quận", "huyện", "thị xã"], ["thành phố", "tỉnh"]];

    [GeneratedRegex(@"[Kk]ế hoạch cải cách hành chính(?: nhà nước)?(?<between>[^.;:()]{0,60}?) năm (?<y>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex PlanPhrase();

    // A year after "đến", "vào", "so với" is a horizon or a baseline, not the plan's own year.
    [GeneratedRegex(@"giai đoạn (?<a>20\d{2})\s*[-–]\s*(?<b>20\d{2})|(?<!(?:đến|vào|với|nhìn) )\bnăm (?<y>20\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearOrRange();

    [GeneratedRegex(@"\b(?<kind>tỉnh|thành phố) (?<name>\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*){0,3})", RegexOptions.CultureInvariant)]
    private static partial Regex Province();

    [GeneratedRegex(@"(?<!\p{L})(?<y>20\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex FileYear();

    /// <summary>What the body says of its issuer and year, and the supplied frame built from it.</summary>
    public sealed record Facts(string Unit, string Name, bool NameFromFile, string? Province, string Period, bool PeriodFromFile);

    public static Facts Read(IReadOnlyList<WordBlock> blocks, string sourceName)
    {
        var text = FrameText.Flat(string.Join(" ", blocks.SelectMany(Paragraphs).Select(p => p.DisplayText)));
        var unit = UnitLevels.Select(level => level.Select(u => (Unit: u, Count: Count(text, u))).Where(x => x.Count > 0).OrderByDescending(x => x.Count).FirstOrDefault())
            .FirstOrDefault(x => x.Unit is not null).Unit ?? "phường";
        var name = NameAfter(text, unit);
        var stem = Path.GetFileNameWithoutExtension(sourceName);
        var province = Province().Matches(text).Where(m => m.Groups["kind"].Value != unit)
            .GroupBy(m => m.Value).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        var year = PlanPhrase().Match(text) is { Success: true } phrase ? phrase.Groups["y"].Value : Period(text);
        var fromFile = year is null;
        year ??= FileYear().Match(stem) is { Success: true } y ? y.Groups["y"].Value : "";
        return new Facts(unit, name ?? NameFromFile(stem, unit), name is null, province, year, fromFile);
    }

    /// <summary>
    /// The period the body is for: the year it names most ("năm 2025"), unless it names a range starting after that
    /// year ("giai đoạn 2026 - 2030" in a plan that looks back on 2025); ranges it looks back on start earlier.
    /// </summary>
    private static string? Period(string text)
    {
        var matches = YearOrRange().Matches(text);
        var year = matches.Where(m => m.Groups["y"].Success).GroupBy(m => m.Groups["y"].Value)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        var range = matches.Where(m => m.Groups["a"].Success).Select(m => (A: m.Groups["a"].Value, B: m.Groups["b"].Value))
            .OrderByDescending(r => r.A, StringComparer.Ordinal).FirstOrDefault();
        return range.A is not null && (year is null || string.CompareOrdinal(range.A, year) > 0) ? $"{range.A}-{range.B}" : year;
    }

    /// <summary>The <c>issuer</c> of the supplied frame.</summary>
    public static YMap Issuer(Facts f, FrameFacts facts, ImportContext ctx, WordPosition where)
    {
        var issuer = new YMap { Origin = where };
        issuer.Add("body", "Ủy ban nhân dân").Add("unit", f.Unit).Add("name", f.Name);
        if (f.Province is not null)
        {
            issuer.Add("province", f.Province);
        }

        var name = f.NameFromFile
            ? $"phần thân không nêu tên {f.Unit}; tên \"{f.Name}\" lấy từ tên tệp, hãy sửa lại"
            : $"tên \"{f.Unit} {f.Name}\" lấy từ lời văn phần thân";
        var nameEn = f.NameFromFile ? $"the body does not name the {f.Unit}; \"{f.Name}\" comes from the file name, correct it" : $"the name \"{f.Unit} {f.Name}\" comes from the body's wording";
        ctx.Guessed(DiagnosticCatalog.W131, issuer, where,
            $"bổ sung — tệp chỉ có phần thân Kế hoạch (không có tiêu đề, dòng \"KẾ HOẠCH\"): cơ quan ban hành là Ủy ban nhân dân {f.Unit} (cấp được nhắc nhiều nhất); {name}" + (f.Province is null ? "" : $"; \"{f.Province}\" có trong lời văn"),
            $"supplied — the file holds only a plan's body (no letterhead, no \"KẾ HOẠCH\" line): the issuer is the Ủy ban nhân dân of the {f.Unit} (the unit named most); {nameEn}" + (f.Province is null ? "" : $"; \"{f.Province}\" is in the text"));
        facts.Body = "Ủy ban nhân dân";
        facts.FullName = $"Ủy ban nhân dân {f.Unit} {f.Name}";
        return issuer;
    }

    /// <summary>The plan's frame: a title in the seeds' form, the period, no letterhead; the body from section I.</summary>
    public static PlanFrame Plan(DocumentPart part, Facts f, ImportContext ctx)
    {
        var plan = new YMap();
        var where = part.Blocks[part.TitleIndex].Position;
        var when = f.Period.Contains('-', StringComparison.Ordinal) ? "giai đoạn " + f.Period.Replace("-", " - ", StringComparison.Ordinal) : "năm " + f.Period;
        var title = new YScalar($"Cải cách hành chính {f.Unit} {f.Name} {when}") { Origin = where };
        plan.Add("title", title);
        ctx.Guessed(DiagnosticCatalog.W131, title, where,
            $"bổ sung — tên Kế hoạch dựng theo mẫu \"Cải cách hành chính {{cấp}} {{tên}} năm {{năm}}\"; {when} " + (f.PeriodFromFile ? "lấy từ tên tệp" : "theo lời văn phần thân (thời gian được nêu nhiều nhất)"),
            $"supplied — the plan's title follows the form \"Cải cách hành chính {{unit}} {{name}} năm {{year}}\"; {when} " + (f.PeriodFromFile ? "comes from the file name" : "from the body's wording (the period it names most)"));
        plan.Add("period", new YScalar(f.Period) { Origin = where });
        var preamble = new YSeq();
        foreach (var p in part.Blocks.Take(part.TitleIndex).SelectMany(Paragraphs).Where(p => p.DisplayText.Trim().Length > 0))
        {
            preamble.Add(new YScalar(Markup.Escape(p.DisplayText.Trim())) { Origin = p.Position });
        }

        if (preamble.Items.Count > 0)
        {
            plan.Add("preamble", preamble);
        }

        plan.Add("header", "none");
        return new PlanFrame(plan, [.. part.Blocks.Skip(part.TitleIndex)], null);
    }

    /// <summary>The "Kèm theo" line the supplied Quyết định answers to: no number, the year only.</summary>
    public static AttachedLine Attached(Facts f, WordPosition where) =>
        new("Quyết định", null, "QĐ-UBND", new ReadDate(f.Period.Length >= 4 ? f.Period[..4] : null, DateStyle.Long, FrameText.DefaultBlank), $"Ủy ban nhân dân {f.Unit} {f.Name}", where);

    private static IEnumerable<WordParagraph> Paragraphs(WordBlock block) => block switch
    {
        WordParagraph p => [p],
        WordTable t => t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Paragraphs),
        _ => [],
    };

    // Lower case as prose writes a unit ("của phường"); "xã hội" is not a xã.
    private static int Count(string text, string unit) => Regex.Count(text, $@"(?<!\p{{L}}){Regex.Escape(unit)}(?!\p{{L}})(?! hội)", RegexOptions.CultureInvariant);

    /// <summary>The proper name (two to four capitalised words, as place names are) most often written after the unit ("phường Hải Dương"), at least twice; else null.</summary>
    private static string? NameAfter(string text, string unit) =>
        Regex.Matches(text, $@"(?<!\p{{L}}){Regex.Escape(unit)} (?<n>\p{{Lu}}[\p{{Ll}}\p{{M}}]*(?: \p{{Lu}}[\p{{Ll}}\p{{M}}]*){{1,3}})", RegexOptions.CultureInvariant)
            .GroupBy(m => m.Groups["n"].Value).Where(g => g.Count() >= 2).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    /// <summary>"ke-hoach-phuong-hai-duong-2025" → "Hai Duong": the words after the unit's folded name, else the whole stem.</summary>
    private static string NameFromFile(string stem, string unit)
    {
        var words = TextFold.Words(stem).Where(w => !w.All(char.IsDigit)).ToList();
        var folded = TextFold.Key(unit).Split(' ');
        var at = words.FindIndex(w => TextFold.Key(w) == folded[^1]);
        var name = at >= 0 && at + 1 < words.Count ? words[(at + 1)..] : words;
        return string.Join(' ', name.Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
    }
}
