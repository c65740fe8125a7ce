using Cchc.Composition;
using Cchc.Model.Documents;
using Xunit;
using static Cchc.Tests.Composition.DocumentText;

namespace Cchc.Tests.Composition;

/// <summary>Seed 003 facts (shared/spec/seed-facts.md H-) on plans/phuong-ha-tu-2025.yaml.</summary>
public class HaTu2025Tests
{
    private static readonly ComposeResult Result = RealPlans.Compose("phuong-ha-tu-2025.yaml");

    private static Section Decision => Result.Decision!.Sections[0];

    private static Section Plan => Result.Plan.Sections[0];

    [Fact]
    public void H01_title_and_collective_issuer_line()
    {
        Assert.Equal(["Kế hoạch cải cách hành chính phường Hà Tu năm 2025"], Texts(Decision, ParaStyle.Summary));
        Assert.Equal(["ỦY BAN NHÂN DÂN PHƯỜNG HÀ TU"], Texts(Decision, ParaStyle.Authority));
        Assert.Equal("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", Single<Letterhead>(Decision).NationalTitle);
    }

    [Fact]
    public void H02_H03_eight_bases_with_short_dates_and_the_proposer()
    {
        var bases = Texts(Decision, ParaStyle.Basis);
        Assert.Equal(9, bases.Length);
        Assert.Equal("Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;", bases[0]);
        Assert.Contains("số 05-NQ/TU ngày 09/4/2021", bases[3], StringComparison.Ordinal);
        Assert.StartsWith("Căn cứ Quyết định số 3936/QĐ-UBND ngày 31/12/2024 của UBND tỉnh", bases[7], StringComparison.Ordinal);
        Assert.Contains("; số 2898/QĐ-UBND ngày 23/7/2025 của UBND tỉnh", bases[7], StringComparison.Ordinal);
        Assert.All(bases[..8], b => Assert.EndsWith(";", b, StringComparison.Ordinal));
        Assert.Equal("Theo đề nghị của phòng Văn hóa - Xã hội.", bases[8]);
    }

    [Fact]
    public void H04_article_three_has_two_paragraphs_and_ends_with_the_closing_mark()
    {
        var articles = Texts(Decision, ParaStyle.Article);
        Assert.Equal(4, articles.Length);
        Assert.Equal("Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.", articles[2]);
        Assert.StartsWith("Chánh Văn phòng UBND và UBND", articles[3], StringComparison.Ordinal);
        Assert.EndsWith("chịu trách nhiệm thi hành Quyết định này./.", articles[3], StringComparison.Ordinal);
    }

    [Fact]
    public void H05_H06_recipients_and_tm_signature()
    {
        var signature = Single<SignatureBlock>(Decision);
        Assert.Equal(
        [
            "- Sở Nội vụ (b/c);", "- Thường trực Đảng ủy;", "- TT HĐND-UBND phường;", "- CT, các PCT UBND;",
            "- Uỷ ban MTTQ và các TC CT-XH;", "- Như Điều 3 (thực hiện);", "- Lưu: VT, VHXH.",
        ], signature.Recipients);
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signature.AuthorityLines);
        Assert.Equal("Điệp Hùng Thắng", signature.SignerName);
    }

    [Fact]
    public void H07_attached_plan_repeats_the_agency_header_without_number_or_date()
    {
        var head = Single<Letterhead>(Plan);
        Assert.Equal(["ỦY BAN NHÂN DÂN", "PHƯỜNG HÀ TU"], head.AgencyLines);
        Assert.Null(head.NumberLine);
        Assert.Null(head.PlaceDateLine);
        Assert.Equal(["KẾ HOẠCH"], Texts(Plan, ParaStyle.DocType));
        Assert.Equal(["(Kèm theo Quyết định số 25/QĐ-UBND ngày 23/7/2025 của UBND phường Hà Tu)"], Texts(Plan, ParaStyle.AttachedLine));
    }

    [Fact]
    public void H08_H11_headings_with_the_faithful_override_and_decimal_numbering()
    {
        Assert.Equal(
            ["I. MỤC ĐÍCH, YÊU CẦU VÀ MỘT SỐ CHỈ TIÊU CỤ THỂ", "II. MỘT SỐ CHỈ TIÊU CỤ THỂ", "III. NHIỆM VỤ TRIỂN KHAI", "III. TỔ CHỨC THỰC HIỆN"],
            Texts(Plan, ParaStyle.Heading1));
        Assert.Equal(["2.1.", "2.2.", "2.3.", "2.4.", "2.5.", "2.6."], Texts(Plan, ParaStyle.Heading3).Select(t => t[..4]));
        Assert.Equal("2.1. Phòng Văn hoá - Xã hội:", Texts(Plan, ParaStyle.Heading3)[0]);
    }

    [Fact]
    public void H10_tasks_are_numbered_in_parentheses_within_each_area()
    {
        var counts = new List<int>();
        foreach (var p in Paragraphs(Plan).SkipWhile(p => p.Text != "III. NHIỆM VỤ TRIỂN KHAI").Skip(1).TakeWhile(p => p.Style != ParaStyle.Heading1))
        {
            if (p.Style == ParaStyle.Heading2)
            {
                counts.Add(0);
            }
            else if (p.Style == ParaStyle.ListItem && p.Text.StartsWith('('))
            {
                Assert.StartsWith($"({counts[^1] + 1}) ", p.Text, StringComparison.Ordinal);
                counts[^1]++;
            }
        }

        Assert.Equal([6, 3, 5, 4, 6, 5, 5], counts);
    }

    [Fact]
    public void H13_closing_sentence()
    {
        Assert.Equal(
            "Ủy ban nhân dân phường yêu cầu Trưởng các phòng, ban, đơn vị; Thủ trưởng các cơ quan có liên quan chịu trách nhiệm triển khai thực hiện Kế hoạch này./.",
            Plan.Blocks.OfType<Paragraph>().Last().Text);
    }
}
