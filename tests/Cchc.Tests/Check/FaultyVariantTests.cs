using System.Text.RegularExpressions;
using Xunit;

namespace Cchc.Tests.Check;

/// <summary>
/// A built document with one Decree 30 fault put into its XML: the check reports that fault's rule and no other
/// rule the untouched document does not already report.
/// </summary>
public sealed class FaultyVariantTests
{
    private const string Plan = "phuong-hai-duong-2026.yaml";
    private const string Document = "word/document.xml";
    private const string Tnr = "w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"";
    private const string Sentence = "Nâng cao hiệu quả phối hợp giữa các cơ quan";

    /// <summary>The sentence in NFD (base letters and combining marks); string.Normalize is a no-op under InvariantGlobalization.</summary>
    private const string SentenceDecomposed = "Na\u0302ng cao hie\u0323\u0302u qua\u0309 pho\u0302\u0301i ho\u031B\u0323p giu\u031B\u0303a ca\u0301c co\u031B quan";

    private static readonly Lazy<Dictionary<string, byte[]>> Built = new(() => Checked.Built(Plan));

    public static TheoryData<string, string, string> Faults() => new()
    {
        { "margins", "ke-hoach", "N002" },
        { "font", "ke-hoach", "N010" },
        { "legacy-font", "ke-hoach", "N012" },
        { "size", "ke-hoach", "N046 N047" },
        { "no-motto-line", "ke-hoach", "N023" },
        { "en-dash-motto", "quyet-dinh", "N022" },
        { "portrait-appendix", "ke-hoach", "N004" },
        { "no-header-repeat", "ke-hoach", "N085" },
        { "tcvn3-text", "ke-hoach", "N013" },
        { "nfd-text", "ke-hoach", "N014" },
        { "letter-paper", "quyet-dinh", "N001" },
        { "basis-punctuation", "quyet-dinh", "N041" },
        { "basis-upright", "quyet-dinh", "N040" },
        { "no-archive-line", "quyet-dinh", "N062" },
        { "page-number-on-first-page", "quyet-dinh", "N072" },
        { "appendix-page-numbers", "ke-hoach", "N074" },
        { "appendix-upper-label", "ke-hoach", "N080" },
        { "number-without-zero", "quyet-dinh", "N027" },
        { "no-motto", "ke-hoach", "N022" },
        { "signer-in-capitals", "quyet-dinh", "N065" },
        { "date-with-slashes", "quyet-dinh", "N028" },
        { "number-without-slash", "quyet-dinh", "N027" },
        { "tcvn3-attached-line", "ke-hoach", "N013" },
        { "deputy-without-title", "quyet-dinh", "N064" },
        { "summary-flush-left", "quyet-dinh", "N031" },
        { "summary-flush-left", "ke-hoach", "N031" },
        { "authority-flush-left", "quyet-dinh", "N035" },
        { "authority-not-bold", "quyet-dinh", "N035" },
    };

    private static string Apply(string fault, string xml) => fault switch
    {
        "margins" => xml.Replace("w:left=\"1701\"", "w:left=\"1418\"", StringComparison.Ordinal),
        "font" => xml.Replace(Tnr, "w:ascii=\"Arial\" w:hAnsi=\"Arial\"", StringComparison.Ordinal),
        "legacy-font" => xml.Replace(Tnr, "w:ascii=\".VnTime\" w:hAnsi=\".VnTime\"", StringComparison.Ordinal),
        "size" => Regex.Replace(xml, "<w:sz w:val=\"28\" /><w:szCs w:val=\"28\" /></w:rPr><w:t>d\\) " + Sentence,
            "<w:sz w:val=\"24\" /><w:szCs w:val=\"24\" /></w:rPr><w:t>d) " + Sentence),
        "no-motto-line" => Nth(xml, "<w:p><w:pPr><w:pStyle w:val=\"Rule\" />.*?</w:p>", 1, ""),
        "en-dash-motto" => xml.Replace("Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc", StringComparison.Ordinal),
        "portrait-appendix" => xml.Replace("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\" />", "<w:pgSz w:w=\"11906\" w:h=\"16838\" />", StringComparison.Ordinal),
        "no-header-repeat" => xml.Replace("<w:tblHeader />", "", StringComparison.Ordinal),
        "tcvn3-text" => xml.Replace(Sentence, "N©ng cao hiÖu qu¶ phèi hîp gi÷a c¸c c¬ quan", StringComparison.Ordinal),
        "nfd-text" => xml.Replace(Sentence, SentenceDecomposed, StringComparison.Ordinal),
        "letter-paper" => xml.Replace("<w:pgSz w:w=\"11906\" w:h=\"16838\" />", "<w:pgSz w:w=\"12240\" w:h=\"15840\" />", StringComparison.Ordinal),
        "basis-punctuation" => xml.Replace("ngày 16 tháng 6 năm 2025;", "ngày 16 tháng 6 năm 2025,", StringComparison.Ordinal),
        "basis-upright" => Regex.Replace(xml, "<w:i />(<w:sz w:val=\"28\" /><w:szCs w:val=\"28\" /></w:rPr><w:t>Căn cứ Luật)", "<w:i w:val=\"0\" />$1"),
        "no-archive-line" => Regex.Replace(xml, "<w:t>- Lưu: VT, [^<]*</w:t>", "<w:t>- Lưu hồ sơ.</w:t>"),
        "page-number-on-first-page" => xml.Replace("<w:titlePg />", "", StringComparison.Ordinal),
        "appendix-page-numbers" => Nth(xml, "<w:pgNumType w:start=\"1\" />", 1, ""),
        "appendix-upper-label" => xml.Replace("<w:t>Phụ lục</w:t>", "<w:t>PHỤ LỤC</w:t>", StringComparison.Ordinal),
        "number-without-zero" => Regex.Replace(xml, "<w:t xml:space=\"preserve\">Số:\\s+/QĐ-UBND</w:t>|<w:t>Số:[^<]*</w:t>", "<w:t>Số: 5/QĐ-UBND</w:t>"),
        "no-motto" => Regex.Replace(xml, "<w:p><w:pPr><w:pStyle w:val=\"Motto\" />.*?</w:p>", ""),
        "signer-in-capitals" => xml.Replace("<w:t>Phạm Thị Thanh Vân</w:t>", "<w:t>PHẠM THỊ THANH VÂN</w:t>", StringComparison.Ordinal),
        "date-with-slashes" => xml.Replace("Hải Dương, ngày 12 tháng 01 năm 2026", "Hải Dương, 12/01/2026", StringComparison.Ordinal),
        "number-without-slash" => Regex.Replace(xml, "Số:(\\s+)/QĐ-UBND", "Số:$1QĐ-UBND"),
        "tcvn3-attached-line" => xml.Replace("(Kèm theo Quyết định số      /QĐ-UBND ngày 12 tháng 01 năm 2026 của", "(KÌm theo QuyÕt ®Þnh sè      /Q§-UBND ngµy 12 th¸ng 01 n¨m 2026 cña", StringComparison.Ordinal),
        "deputy-without-title" => xml.Replace("<w:t>CHỦ TỊCH</w:t>", "<w:t>KT. CHỦ TỊCH</w:t>", StringComparison.Ordinal),
        "summary-flush-left" => xml.Replace("<w:pStyle w:val=\"Summary\" />", "<w:pStyle w:val=\"Summary\" /><w:jc w:val=\"left\" />", StringComparison.Ordinal),
        "authority-flush-left" => xml.Replace("<w:pStyle w:val=\"Authority\" />", "<w:pStyle w:val=\"Authority\" /><w:jc w:val=\"left\" />", StringComparison.Ordinal),
        "authority-not-bold" => Regex.Replace(xml, "(<w:pStyle w:val=\"Authority\" /></w:pPr><w:r><w:rPr><w:rFonts [^>]*/>)<w:b />", "$1<w:b w:val=\"0\" />"),
        _ => throw new ArgumentOutOfRangeException(nameof(fault)),
    };

    private static string Nth(string xml, string pattern, int n, string replacement)
    {
        var m = Regex.Matches(xml, pattern)[n];
        return xml[..m.Index] + replacement + xml[(m.Index + m.Length)..];
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public void A_fault_gives_its_rule_and_only_it(string fault, string document, string codes)
    {
        var original = Built.Value[document];
        var before = Checked.Codes(Checked.Check(original));
        var faulty = Checked.Edit(original, Document, xml => Apply(fault, xml));
        var findings = Checked.Check(faulty);
        var added = Checked.Codes(findings).Except(before).Order(StringComparer.Ordinal);
        Assert.Equal(codes, string.Join(" ", added));
        Assert.All(findings.Where(d => codes.Contains(d.Code, StringComparison.Ordinal)), d =>
        {
            Assert.Contains("Nghị định 30", d.Message.Vi, StringComparison.Ordinal);
            Assert.Matches(@"^van-ban\.docx(\(.+\))?$", d.Span.Describe());
        });
    }

    private static readonly string[] TitleStyles = ["DocType", "Summary", "Authority"];
    private static readonly string[] Alignments = ["left", "right", "both"];

    public static IEnumerable<object[]> TitleAlignments() =>
        from plan in Directory.EnumerateFiles(Support.RepoPaths.Plans, "*.yaml").Where(f => !f.EndsWith(".status.yaml", StringComparison.Ordinal)).Select(Path.GetFileName).Order(StringComparer.Ordinal)
        from style in TitleStyles
        from jc in Alignments
        select new object[] { plan!, style, jc };

    /// <summary>
    /// Every title-block line of every plan's documents set flush left, flush right or justified: the rule of that
    /// line says so (tên loại N030, trích yếu N031, the authority line N035), and the body rules stay silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(TitleAlignments))]
    public void A_title_line_out_of_centre_gives_its_own_rule(string plan, string style, string jc)
    {
        var expected = style switch { "DocType" => "N030", "Summary" => "N031", _ => "N035" };
        var edited = 0;
        foreach (var (name, original) in Checked.Built(plan))
        {
            var marker = $"<w:pStyle w:val=\"{style}\" />";
            if (!Checked.PartText(original, Document).Contains(marker, StringComparison.Ordinal))
            {
                continue;
            }

            var faulty = Checked.Edit(original, Document, x => x.Replace(marker, marker + $"<w:jc w:val=\"{jc}\" />", StringComparison.Ordinal));
            edited++;
            var added = Checked.Codes(Checked.Check(faulty)).Except(Checked.Codes(Checked.Check(original))).Order(StringComparer.Ordinal);
            Assert.True(string.Join(" ", added) == expected, $"{name}: {string.Join(" ", added)} thay vì {expected}");
        }

        Assert.True(edited > 0 || style == "Authority", $"{plan}: không văn bản nào có đoạn kiểu {style}");
    }
}
