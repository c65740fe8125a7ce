using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Model;
using Cchc.Model.Documents;
using Xunit;
using static Cchc.Tests.Composition.Build;
using static Cchc.Tests.Composition.DocumentText;

namespace Cchc.Tests.Composition;

/// <summary>
/// Composition runs after validation has reported what is missing; a package with errors (E012, E004, E005 …)
/// must still compose, so that every problem is reported at once, instead of crashing the build.
/// </summary>
public class IncompletePackageTests
{
    [Fact]
    public void A_package_with_missing_parts_composes()
    {
        var decision = new Decision(null, string.Empty, null, "Ban hành", [], null, [], null, null, [], [], null, Spans);
        var plan = Plan("Kế hoạch", [Node(area: "khong_co"), Node(null, [Section(area: "so")])]);
        var appendix = Tasks("DANH MỤC", [Group("khong_co", null, Task("t", "Việc", "ma_la", "ma_khac", "khi nào đó")), Group("tthc", null)]);
        var package = Package(Issuer("xã", "Tân Minh"), plan, decision, appendices: [appendix]) with
        {
            Decision = decision with { Archive = [Archive("ma_la")] },
        };

        var result = Composer.Compose(package, TemplateSet.Builtin);

        Assert.Empty(result.Diagnostics);
        var section = result.Decision!.Sections[0];
        Assert.Equal("Số:      /QĐ-UBND", Single<Letterhead>(section).NumberLine);
        Assert.Equal(["ỦY BAN NHÂN DÂN XÃ TÂN MINH"], Texts(section, ParaStyle.Authority));
        Assert.Empty(Texts(section, ParaStyle.Article));
        Assert.Equal(["- Lưu: ma_la."], Single<SignatureBlock>(section).Recipients);
        Assert.Equal(["I. khong_co", "II."], Texts(result.Plan.Sections[0], ParaStyle.Heading1));
        var rows = Table(result.Plan.Sections[1]).Rows;
        Assert.Equal("I. khong_co", Cell(rows[1], 0));
        Assert.Equal(["1", "Việc", "ma_la", "ma_khac", "khi nào đó", string.Empty], Enumerable.Range(0, 6).Select(i => Cell(rows[2], i)));
    }
}
