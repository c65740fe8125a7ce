using Cchc.Composition.Text;
using Cchc.Import.Output;
using Cchc.Import.Recognition.Frame;
using Cchc.Model;
using Xunit;

namespace Cchc.Tests.Import;

public class LegalBasisTests
{
    private static readonly string[] Kinds = ["Luật", "Bộ luật", "Nghị quyết", "Nghị định", "Quyết định", "Chỉ thị", "Kết luận", "Thông tư", "Văn bản", "Kế hoạch", "Công văn"];
    private static readonly string[] Symbols = ["NQ-CP", "NĐ-CP", "QĐ-UBND", "NQ/TU", "NQ/TW", "KH-UBND", "QĐ-TTg", "CT-TTg", "UBND-NC"];
    private static readonly string?[] Issuers = [null, "Chính phủ", "Thủ tướng Chính phủ", "UBND tỉnh Quảng Ninh", "Ban Thường vụ Tỉnh ủy", "Bộ Nội vụ"];
    private static readonly string?[] Titles =
    [
        null, "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030", "về việc ban hành Kế hoạch cải cách hành chính năm 2026",
        "quy định chi tiết một số điều", "Tổ chức chính quyền địa phương", "của Chính phủ về phân cấp",
    ];

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 20).Select(i => new object[] { i });

    /// <summary>Every citation the writer can print from a reference without <c>text</c> is read back as structured fields, not as free text.</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generated_citations_parse_into_fields_that_cite_the_same_text(int seed)
    {
        var random = new Random(seed);
        for (var n = 0; n < 200; n++)
        {
            var reference = Generate(random);
            var style = random.Next(2) == 0 ? DateStyle.Long : DateStyle.Short;
            var cite = Citation.Cite(reference, DocumentStyle.Default with { RefDate = style });

            var (parsed, _) = LegalBasis.Parse(cite);
            Assert.True(parsed["text"] is null, cite);
            Assert.Equal(reference.Kind, (parsed["kind"] as YScalar)?.Value);
        }
    }

    [Fact]
    public void A_line_the_writer_would_not_print_stays_literal_text()
    {
        var (parsed, style) = LegalBasis.Parse("Hướng dẫn số 12-HD/BTCTW ngày 5/7/2021");
        Assert.Equal("Hướng dẫn số 12-HD/BTCTW ngày 5/7/2021", (parsed["text"] as YScalar)?.Value);
        Assert.Null(style);
        // An unpadded day where Decree 30 pads it: kept as written rather than changed on rebuild.
        Assert.NotNull(LegalBasis.Parse("Nghị quyết số 76/NQ-CP ngày 5/7/2021 của Chính phủ").Ref["text"]);
    }

    private static LegalRef Generate(Random random)
    {
        var kind = Kinds[random.Next(Kinds.Length)];
        var law = kind is "Luật" or "Bộ luật" && random.Next(2) == 0;
        var number = law ? null : random.Next(3) == 0 ? "66.7" : random.Next(1, 2000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var symbol = law ? null : Symbols[random.Next(Symbols.Length)];
        var year = !law && !symbol!.Contains('/', StringComparison.Ordinal) && random.Next(2) == 0 ? random.Next(2000, 2030).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        PartialDate? date = random.Next(4) switch
        {
            0 => null,
            1 => new PartialDate(random.Next(2000, 2030), null, null),
            _ => new PartialDate(random.Next(2000, 2030), random.Next(1, 13), random.Next(1, 29)),
        };
        var dateStyle = random.Next(3) switch { 0 => (DateStyle?)null, 1 => DateStyle.Long, _ => DateStyle.Short };
        var title = law ? "Tổ chức chính quyền địa phương" : Titles[random.Next(Titles.Length)];
        var value = date is { } d ? new DateValue(d, SourceSpan.None("")) : null;
        return new LegalRef(kind, number, year, symbol, value, dateStyle, law ? null : Issuers[random.Next(Issuers.Length)], title, [], null,
            SpanMap.Empty(SourceSpan.None("")));
    }
}
