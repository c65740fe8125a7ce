using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Model;
using Cchc.Model.Documents;
using Xunit;
using static Cchc.Tests.Composition.Build;
using static Cchc.Tests.Composition.DocumentText;

namespace Cchc.Tests.Composition;

/// <summary>Phụ lục labels, "Kèm theo" targets, TT numbering, group titles and the indicators table.</summary>
public class AppendixTests
{
    private static readonly Agency[] Agencies = [Agency("vhxh", "Phòng Văn hóa - Xã hội", "Phòng VHXH", "VHXH")];

    private static TaskAppendix TwoGroups(TaskNumbering numbering = TaskNumbering.Continuous, string? label = null) => Tasks(
        "DANH MỤC",
        [
            Group("chi_dao", null, Task("a1", "Việc một", "vhxh", null, "Cả năm 2026", "Báo cáo"), Task("a2", "Việc hai", "vhxh", null, "Thường xuyên")),
            Group("tthc", "Thủ tục hành chính", Task("b1", "Việc ba", "Công an xã", "vhxh", "Quý I/2026", "Kế hoạch")),
        ],
        label: label, numbering: numbering);

    private static ComposeResult Compose(Package package)
    {
        var result = Composer.Compose(package, TemplateSet.Builtin);
        Assert.Empty(result.Diagnostics);
        return result;
    }

    private static Package Standalone(params Appendix[] appendices) => PlanWith(Node("A")) with { Agencies = Agencies, Appendices = appendices };

    [Fact]
    public void Several_appendices_take_roman_numerals_unless_labelled()
    {
        var sections = Compose(Standalone(TwoGroups(), TwoGroups(), TwoGroups(label: "Phụ lục 3a"))).Plan.Sections;
        Assert.Equal(4, sections.Count);
        Assert.Equal(["Phụ lục I", "Phụ lục II", "Phụ lục 3a"], sections.Skip(1).Select(s => Texts(s, ParaStyle.AppendixLabel).Single()));
    }

    [Fact]
    public void In_a_standalone_plan_appendices_are_attached_to_the_plan()
    {
        var appendix = Compose(Standalone(TwoGroups())).Plan.Sections[1];
        Assert.Equal(["(Kèm theo Kế hoạch số      /KH-UBND ngày      tháng      năm       của Ủy ban nhân dân xã Tân Minh)"],
            Texts(appendix, ParaStyle.AttachedLine));
    }

    [Fact]
    public void Tt_runs_on_across_groups_or_restarts_per_group()
    {
        var continuous = BodyRows(Table(Compose(Standalone(TwoGroups())).Plan.Sections[1]));
        Assert.Equal(["1", "2", "3"], continuous.Select(r => Cell(r, 0)));
        var perGroup = BodyRows(Table(Compose(Standalone(TwoGroups(TaskNumbering.PerGroup))).Plan.Sections[1]));
        Assert.Equal(["1", "2", "1"], perGroup.Select(r => Cell(r, 0)));
    }

    [Fact]
    public void Group_titles_fall_back_from_group_to_area_settings_to_the_default()
    {
        var package = Standalone(Tasks("DANH MỤC",
        [
            Group("chi_dao", null, Task("a", "x", "vhxh", null, "Cả năm 2026", "y")),
            Group("the_che", null, Task("b", "x", "vhxh", null, "Cả năm 2026", "y")),
            Group("tthc", null, Task("c", "x", "vhxh", null, "Cả năm 2026", "y")),
            Group("so", "Chuyển đổi số", Task("d", "x", "vhxh", null, "Cả năm 2026", "y")),
        ])) with
        {
            Areas =
            [
                new AreaSetting("chi_dao", "Chỉ đạo", "Chỉ đạo điều hành", null, Spans),
                new AreaSetting("the_che", "Thể chế", null, null, Spans),
                new AreaSetting("so", null, "Không dùng", null, Spans),
            ],
        };
        var groups = Table(Compose(package).Plan.Sections[1]).Rows.Where(r => r.Kind == TableRowKind.Group).Select(r => Cell(r, 0));
        Assert.Equal(["I. Chỉ đạo điều hành", "II. Thể chế", "III. Cải cách thủ tục hành chính", "IV. Chuyển đổi số"], groups);
    }

    [Fact]
    public void Literal_leads_empty_co_cells_and_empty_groups()
    {
        var appendix = TwoGroups() with
        {
            Groups = [.. TwoGroups().Groups, Group("so", null)],
        };
        var table = Table(Compose(Standalone(appendix)).Plan.Sections[1]);
        var rows = BodyRows(table);
        Assert.Equal("Công an xã", Cell(rows[2], 2));
        Assert.Equal("Phòng VHXH", Cell(rows[2], 3));
        Assert.Equal(string.Empty, Cell(rows[0], 3));
        Assert.Single(rows[0].Cells[3].Paragraphs);
        Assert.Single(rows[1].Cells[5].Paragraphs);
        Assert.Equal(TableRowKind.Group, table.Rows[^1].Kind);
        Assert.Equal("III. Xây dựng và phát triển chính quyền điện tử, chính quyền số", Cell(table.Rows[^1], 0));
    }

    [Fact]
    public void Headers_given_in_the_plan_replace_the_template_ones()
    {
        var appendix = TwoGroups() with { Headers = ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian", "Kết quả"] };
        var header = Table(Compose(Standalone(appendix)).Plan.Sections[1]).Rows[0];
        Assert.Equal(["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian", "Kết quả"], Enumerable.Range(0, 6).Select(i => Cell(header, i)));
        Assert.All(header.Cells, c => Assert.Equal(ParaStyle.TableHeader, c.Paragraphs[0].Style));
    }

    [Fact]
    public void Indicator_appendix_lists_body_indicators_with_deadline_period_and_responsible()
    {
        var body = Node("MỤC TIÊU",
        [
            Indicators(null,
                Indicator("Chỉ tiêu một.", "i1", deadline: "Cả năm 2026", responsible: Expr("vhxh")),
                Indicator("Không có id.")),
            Section("Con",
            [
                Indicators(null, IndicatorGroup("Giai đoạn 2026 - 2027:", "2026-2027", Indicator("Chỉ tiêu hai.", "i2"))),
            ]),
        ]);
        var indicators = new IndicatorAppendix("CHỈ TIÊU", null, null, null, [], true, Spans);
        var package = PlanWith(body) with { Agencies = Agencies, Appendices = [indicators], Plan = PlanWith(body).Plan with { Period = new Period(2026, 2030) } };
        var section = Compose(package).Plan.Sections[1];
        Assert.Equal(Orientation.Portrait, section.Orientation);
        var table = Table(section);
        Assert.Equal(["TT", "Chỉ tiêu", "Thời hạn", "Cơ quan đầu mối theo dõi, đánh giá"], Enumerable.Range(0, 4).Select(i => Cell(table.Rows[0], i)));
        Assert.Equal(["1|Chỉ tiêu một.|Cả năm 2026|Phòng VHXH", "2|Chỉ tiêu hai.|2026-2027|"],
            BodyRows(table).Select(r => string.Join('|', Enumerable.Range(0, 4).Select(i => Cell(r, i)))));

        var chosen = indicators with { FromBody = false, Rows = ["i2", "khong-co"] };
        var rows = BodyRows(Table(Compose(package with { Appendices = [chosen] }).Plan.Sections[1]));
        Assert.Equal("Chỉ tiêu hai.", Cell(Assert.Single(rows), 1));
    }

    [Fact]
    public void With_a_decision_an_appendix_can_still_be_attached_to_the_plan()
    {
        var package = SpecExample.Package();
        var appendix = ((TaskAppendix)package.Appendices[0]) with { AttachedTo = AttachedTo.Plan };
        var section = Compose(package with { Appendices = [appendix] }).Plan.Sections[1];
        Assert.StartsWith("(Kèm theo Kế hoạch số      /KH-UBND", Texts(section, ParaStyle.AttachedLine).Single(), StringComparison.Ordinal);
        Assert.EndsWith("của Chủ tịch Ủy ban nhân dân phường Hải Dương)", Texts(section, ParaStyle.AttachedLine).Single(), StringComparison.Ordinal);
    }
}
