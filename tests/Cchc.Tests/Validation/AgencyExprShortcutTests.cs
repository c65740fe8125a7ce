using Cchc.Model;
using Xunit;

namespace Cchc.Tests.Validation;

/// <summary>
/// The per-task agency checks (E016 empty lead, W102 no code, W103 lead and co share a code) ask the expression
/// directly instead of rendering it or chaining iterators; on generated expressions — codes known and unknown,
/// every white-space character as a literal, agencies whose short name is blank — the answers are the rendered ones.
/// </summary>
public class AgencyExprShortcutTests
{
    private static readonly string[] Blanks =
        [.. Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(char.IsWhiteSpace).Select(c => c.ToString()).Append("").Append("  \u00A0\t")];

    private static readonly IReadOnlyDictionary<string, Agency> Registry = new Dictionary<string, Agency>(StringComparer.Ordinal)
    {
        ["vhxh"] = Agency("vhxh", "Phòng Văn hoá – Xã hội", "Phòng VHXH"),
        ["vp"] = Agency("vp", "Văn phòng", null),
        ["trong"] = Agency("trong", " ", "\u3000"),
        ["nua_trong"] = Agency("nua_trong", "Tổ công tác", " "),
    };

    private static readonly string[] Codes = ["vhxh", "vp", "trong", "nua_trong", "chua_khai_bao"];

    [Fact]
    public void They_answer_as_the_rendered_expression_does()
    {
        var random = new Random(20261203);
        for (var round = 0; round < 20_000; round++)
        {
            var expr = Generate(random);
            var other = Generate(random);
            Assert.Equal(expr.Render(Registry).Length == 0, expr.RendersBlank(Registry));
            Assert.Equal(expr.Codes.Any(), expr.HasCodes());
            Assert.Equal(expr.Codes.Intersect(other.Codes).FirstOrDefault(), expr.FirstCodeSharedWith(other));
        }
    }

    [Fact]
    public void Every_white_space_literal_alone_renders_blank()
    {
        foreach (var blank in Blanks)
        {
            var expr = new AgencyExpr(AgencyExprForm.Literal, [new AgencyPart(false, blank)], blank, SourceSpan.None("t.yaml"));
            Assert.True(expr.RendersBlank(Registry), $"U+{(blank.Length > 0 ? (int)blank[0] : 0):X4}");
            Assert.Equal("", expr.Render(Registry));
        }
    }

    private static AgencyExpr Generate(Random random)
    {
        var parts = new List<AgencyPart>();
        for (var i = random.Next(0, 5); i > 0; i--)
        {
            parts.Add(random.Next(3) == 0
                ? new AgencyPart(false, random.Next(4) == 0 ? "Các phòng" : Blanks[random.Next(Blanks.Length)])
                : new AgencyPart(true, Codes[random.Next(Codes.Length)]));
        }

        return new AgencyExpr(AgencyExprForm.Template, parts, "", SourceSpan.None("t.yaml"));
    }

    private static Agency Agency(string code, string name, string? shortName) =>
        new(code, name, shortName, null, AgencyKind.Unit, SpanMap.Empty(SourceSpan.None("t.yaml")));
}
