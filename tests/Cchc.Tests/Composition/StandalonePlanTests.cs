using Cchc.Composition;
using Cchc.Model.Documents;
using Xunit;
using static Cchc.Tests.Composition.DocumentText;

namespace Cchc.Tests.Composition;

/// <summary>A standalone Kế hoạch (seed 004, plans/xa-tan-minh-2026-2030.yaml read by the real loader).</summary>
public class StandalonePlanTests
{
    private static readonly ComposeResult Result = RealPlans.Compose("xa-tan-minh-2026-2030.yaml");

    private static Section Plan => Result.Plan.Sections[0];

    [Fact]
    public void Composes_one_document_without_diagnostics()
    {
        Assert.Empty(Result.Diagnostics);
        Assert.Null(Result.Decision);
        Assert.Single(Result.Plan.Sections);
        Assert.Same(Plan, Assert.Single(Result.Single.Sections));
    }

    [Fact]
    public void T01_full_header_with_blank_number_and_blank_day()
    {
        var head = Single<Letterhead>(Plan);
        Assert.Equal(["ỦY BAN NHÂN DÂN", "XÃ TÂN MINH"], head.AgencyLines);
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", head.NationalTitle);
        Assert.Matches(@"^Số:\s+/KH-UBND$", head.NumberLine);
        Assert.Matches(@"^Tân Minh, ngày\s+tháng 9 năm 2025$", head.PlaceDateLine);
    }

    [Fact]
    public void T02_two_line_title_and_no_attached_line()
    {
        Assert.Equal(["KẾ HOẠCH"], Texts(Plan, ParaStyle.DocType));
        var title = Paragraphs(Plan, ParaStyle.Summary).Single();
        Assert.Equal(
            [new Run("Thực hiện Chương trình tổng thể cải cách hành chính nhà nước"), Run.LineBreak, new Run("giai đoạn 2026 - 2030")],
            title.Runs);
        Assert.Empty(Paragraphs(Plan, ParaStyle.AttachedLine));
        Assert.IsType<ShortRule>(Next(Plan, title));
    }

    [Fact]
    public void T03_top_level_headings_with_the_faithful_label_override() =>
        Assert.Equal(
            ["I. MỤC ĐÍCH, YÊU CẦU", "II. MỤC TIÊU VÀ NHIỆM VỤ CỤ THỂ", "III. GIẢI PHÁP THỰC HIỆN", "IV. KINH PHÍ", "VI. TỔ CHỨC THỰC HIỆN"],
            Texts(Plan, ParaStyle.Heading1));

    [Fact]
    public void T04_area_sections_take_the_area_titles_and_letter_their_goals()
    {
        var areas = Texts(Plan, ParaStyle.Heading2).Skip(2).Take(6);
        Assert.Equal(
        [
            "1. Cải cách thể chế", "2. Cải cách thủ tục hành chính", "3. Cải cách tổ chức bộ máy hành chính nhà nước",
            "4. Cải cách chế độ công vụ", "5. Cải cách tài chính công", "6. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số",
        ], areas);
        var goals = Texts(Plan, ParaStyle.Heading3);
        Assert.Equal("a) Mục tiêu :", goals[0]);
        Assert.Equal("b) Nhiệm vụ", goals[1]);
    }

    [Fact]
    public void T04_unbulleted_goals_are_body_paragraphs_and_nested_items_are_plus()
    {
        var blocks = Plan.Blocks.OfType<Paragraph>().ToList();
        var goals = blocks.FindIndex(p => p.Text == "a) Mục tiêu :");
        Assert.Equal(ParaStyle.Body, blocks[goals + 1].Style);
        Assert.StartsWith("Xây dựng, hoàn thiện hệ thống văn bản", blocks[goals + 1].Text, StringComparison.Ordinal);
        Assert.Equal(ParaStyle.Body, blocks[goals + 2].Style);
        Assert.StartsWith("- Nâng cao chất lượng công tác xây dựng văn bản", blocks[goals + 4].Text, StringComparison.Ordinal);
        Assert.StartsWith("+ Định kỳ tiến hành tự kiểm tra", blocks[goals + 5].Text, StringComparison.Ordinal);
        Assert.StartsWith("+ Định kỳ rà soát", blocks[goals + 6].Text, StringComparison.Ordinal);
        Assert.StartsWith("- Rà soát, nghiên cứu sửa đổi", blocks[goals + 7].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void T05_T07_plain_and_run_in_sections()
    {
        var plain = Paragraphs(Plan).Single(p => p.Text.StartsWith("6. Đẩy mạnh ứng dụng khoa học", StringComparison.Ordinal));
        Assert.Equal(ParaStyle.Body, plain.Style);
        Assert.All(plain.Runs, r => Assert.False(r.Bold));

        var runIn = Paragraphs(Plan).Single(p => p.Text.StartsWith("6. Đề nghị Mặt trận", StringComparison.Ordinal));
        Assert.Equal(ParaStyle.Body, runIn.Style);
        Assert.StartsWith("6. Đề nghị Mặt trận Tổ quốc Việt Nam xã và các đoàn thể xã: Phối hợp với", runIn.Text, StringComparison.Ordinal);
        Assert.Equal(new Run("6. Đề nghị Mặt trận Tổ quốc Việt Nam xã và các đoàn thể xã:", Bold: true), runIn.Runs[0]);
        Assert.False(runIn.Runs[^1].Bold);
    }

    [Fact]
    public void T08_T09_recipients_archive_and_signature()
    {
        var signature = Single<SignatureBlock>(Plan);
        Assert.Equal(
        [
            "- Sở Nội  vụ;", "- CT, các PCT UBND xã;", "- Thành viên BCĐ về ĐMSTCĐSĐA06;", "- Thành viên Tổ giúp việc BCĐ về ĐMSTCĐSĐA06;",
            "- UBMTTQVN xã;", "- Các cơ quan chuyên môn;", "- TT Phục vụ HCC;", "- TT Sự nghiệp công;", "- Lưu: VT.",
        ], signature.Recipients);
        Assert.Equal(["TM. UỶ BAN NHÂN DÂN", "CHỦ TỊCH"], signature.AuthorityLines);
        Assert.Equal("Đinh Văn Nhanh", signature.SignerName);
        Assert.IsType<SignatureBlock>(Plan.Blocks[^1]);
    }

    [Fact]
    public void T10_the_closing_sentence_is_the_last_paragraph() =>
        Assert.EndsWith("xem xét, giải quyết./.", Plan.Blocks.OfType<Paragraph>().Last().Text, StringComparison.Ordinal);
}
