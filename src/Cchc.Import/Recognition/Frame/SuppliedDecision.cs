using System.Text.RegularExpressions;
using Cchc.Import.Output;
using Cchc.Model;

namespace Cchc.Import.Recognition.Frame;

/// <summary>
/// The Quyết định of a Kế hoạch imported without it (an attached plan alone, seed 001; a body fragment, seed 000):
/// number, date and signer from the "Kèm theo" line (or the fragment's year), the trích yếu from the plan's title,
/// the căn cứ from the documents the plan's own text cites — the Chương trình tổng thể it names when it cites
/// none by number — and Decree 30's default Điều 3, nơi nhận and lưu. All of it is marked supplied (W118) so the
/// clerk checks it against the real Quyết định.
/// </summary>
internal static partial class SuppliedDecision
{
    private const int MaxBases = 4;

    [GeneratedRegex(@"(?<!\p{L})(?:Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư|Kết luận) số \S+ ngày (?:\d{1,2}/\d{1,2}/\d{4}|\d{1,2} tháng \d{1,2} năm \d{4})[^;()]*?(?=\s*(?:[;(]|\.(?:\s|$)|$))", RegexOptions.CultureInvariant)]
    private static partial Regex Citation();

    [GeneratedRegex(@"Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021\s*[-–]\s*2030", RegexOptions.CultureInvariant)]
    private static partial Regex Programme2021();

    /// <summary>The programme every plan of 2021–2030 carries out, as it is cited.</summary>
    private const string Resolution76 = "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030";

    public static YMap Make(AttachedLine attached, string planTitle, FrameFacts facts, IEnumerable<string> planTexts, bool fromFragment, ImportContext ctx)
    {
        var decision = new YMap { Origin = attached.Position };
        decision.Add("number", attached.Number is null ? YScalar.Null() : new YScalar(attached.Number));
        if (!attached.Symbol.StartsWith("QĐ-", StringComparison.Ordinal))
        {
            decision.Add("symbol", attached.Symbol);
        }

        if (attached.Date is { Value: { } date })
        {
            decision.Add("date", date);
        }

        decision.Add("title", "Ban hành Kế hoạch " + planTitle);
        var (bases, cited) = Bases(planTexts);
        if (bases.Items.Count > 0)
        {
            decision.Add("bases", bases);
        }

        decision.Add("executors", "Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị có liên quan");
        decision.Add("recipients", new YSeq().Add("Như Điều 3"));
        decision.Add("archive", new YSeq { Flow = true }.Add("VT"));
        decision.Add("signer", Signer(attached, facts));

        var source = fromFragment ? "số để trống, ngày là năm của Kế hoạch" : "số, ngày và người ký lấy từ dòng \"Kèm theo\" của Kế hoạch";
        var sourceEn = fromFragment ? "no number, the plan's year as its date" : "number, date and signer come from the plan's \"Kèm theo\" line";
        var basesVi = bases.Items.Count == 0 ? "chưa có căn cứ (bases), hãy ghi"
            : cited ? "căn cứ là các văn bản Kế hoạch dẫn" : "căn cứ là Nghị quyết 76/NQ-CP (Chương trình tổng thể Kế hoạch nêu)";
        var basesEn = bases.Items.Count == 0 ? "no bases yet, write them"
            : cited ? "the bases are the documents the plan cites" : "the basis is Resolution 76/NQ-CP (the programme the plan names)";
        ctx.Guessed(DiagnosticCatalog.W118, decision, attached.Position,
            $"bổ sung — các tệp Word không có Quyết định ban hành; {source}; trích yếu dựng theo tên Kế hoạch; {basesVi}; người thi hành, nơi nhận, lưu theo mẫu Nghị định 30: đối chiếu với Quyết định thật",
            $"supplied — the Word files hold no Quyết định; {sourceEn}; the title from the plan's; {basesEn}; executors, recipients and archive follow Decree 30's form: check them against the real Quyết định");
        return decision;
    }

    private static YMap Signer(AttachedLine attached, FrameFacts facts)
    {
        var signer = new YMap { Flow = true };
        if (attached.AttachedBy == facts.FullName)
        {
            return signer.Add("tm", FrameText.Upper(facts.Body ?? "Ủy ban nhân dân")).Add("title", "CHỦ TỊCH");
        }

        var office = facts.FullName is { } full && attached.AttachedBy.EndsWith(" " + full, StringComparison.Ordinal) ? attached.AttachedBy[..^(full.Length + 1)] : "Chủ tịch";
        return signer.Add("title", FrameText.Upper(office));
    }

    /// <summary>The documents the plan cites with number and date, first mention order; else Resolution 76 when the plan names its programme.</summary>
    private static (YSeq Bases, bool Cited) Bases(IEnumerable<string> texts)
    {
        var all = string.Join("\n", texts.Select(FrameText.Flat));
        var bases = new YSeq();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Citation().Matches(all))
        {
            var code = string.Join(' ', m.Value.Split(' ').Take(3));
            if (bases.Items.Count < MaxBases && seen.Add(code))
            {
                bases.Add(Parse(m.Value.Trim()));
            }
        }

        if (bases.Items.Count > 0)
        {
            return (bases, true);
        }

        if (Programme2021().IsMatch(all))
        {
            bases.Add(Parse(Resolution76));
        }

        return (bases, false);
    }

    /// <summary>A citation as a ref; the short date style is the format's default, so it is not written.</summary>
    private static YMap Parse(string cite)
    {
        var (reference, style) = LegalBasis.Parse(cite);
        if (style == DateStyle.Short)
        {
            reference.Entries.RemoveAll(e => e.Key == "date_style");
        }

        return reference;
    }
}
