using Cchc.Import.Recognition.Body;
using Xunit;

namespace Cchc.Tests.Import;

/// <summary>Labels and targets read back by class: every label each numbering style derives, every operator word with generated values.</summary>
public sealed class LabelAndTargetTests
{
    public static IEnumerable<object[]> Styles() => [["roman"], ["arabic"], ["alpha_vi"], ["alpha_latin"], ["paren"], ["paren_dot"]];

    [Theory]
    [MemberData(nameof(Styles))]
    public void Every_label_a_style_derives_is_read_back_as_that_style_and_place(string style)
    {
        var count = style switch { "alpha_vi" => 23, "alpha_latin" => 26, "roman" => 89, _ => 99 };
        var labels = Enumerable.Range(1, count).Select(n => LabelStyles.Expected(style, n, null)).ToList();
        var read = labels.Select(l => BodyLabel.Split(l + " Nội dung").Label).ToList();
        Assert.All(read.Zip(labels), p => Assert.Equal(p.Second, p.First.Text));
        Assert.Equal(style is "alpha_latin" ? "alpha_vi" : style, LabelStyles.StyleOf(read));
        if (style != "alpha_latin")
        {
            // Read in their style, the labels are where the style puts them: no override needed.
            Assert.All(read.Select((l, i) => (l, i)), x => Assert.Equal(LabelStyles.Expected(style, x.i + 1, null), x.l.Text));
            Assert.Equal(Enumerable.Range(1, count), read.Select(l => l.Ordinal));
        }
    }

    [Theory]
    [InlineData("2.", 12)]
    [InlineData("3.4.", 9)]
    public void Decimal_labels_are_read_under_their_parent(string parent, int count)
    {
        var labels = Enumerable.Range(1, count).Select(n => LabelStyles.Expected("decimal", n, parent)).ToList();
        var read = labels.Select(l => BodyLabel.Split(l + " Nội dung").Label).ToList();
        Assert.All(read, l => Assert.Equal(LabelKind.Decimal, l.Kind));
        Assert.Equal(labels, read.Select(l => l.Text));
        Assert.Equal(Enumerable.Range(1, count), read.Select(l => l.Ordinal));
    }

    [Fact]
    public void Text_that_only_starts_like_a_label_has_none()
    {
        string[] texts = ["I.Không cách", "2026 là năm", "a)b", "Việc 1. làm", "-5% so với", "(a) chữ", ""];
        foreach (var text in texts)
        {
            Assert.Equal(LabelKind.None, BodyLabel.Split(text).Label.Kind);
        }
    }

    public static IEnumerable<object[]> Operators() =>
    [
        ["", "eq"], ["trên ", "gt"], ["hơn ", "gt"], ["tối thiểu ", "ge"], ["ít nhất ", "ge"], ["từ ", "ge"],
        ["dưới ", "lt"], ["tối đa ", "le"], ["không quá ", "le"],
    ];

    [Theory]
    [MemberData(nameof(Operators))]
    public void A_stated_percentage_gives_its_operator_and_value(string words, string op)
    {
        var random = new Random(words.Length * 31 + op.Length);
        for (var i = 0; i < 50; i++)
        {
            var value = random.Next(0, 101);
            var decimals = random.Next(0, 2) == 0 ? "" : "," + random.Next(1, 10);
            var text = $"Tỷ lệ hồ sơ đạt {words}{value}{decimals}% trong năm";
            var target = (Cchc.Import.Output.YMap)Assert.Single(IndicatorTargets.Read(text)!.Items);
            Assert.Equal(op, YTree.Str(target["op"]));
            Assert.Equal(value + decimals.Replace(',', '.'), YTree.Str(target["value"]));
        }
    }

    [Fact]
    public void Ranks_and_several_targets_are_all_read()
    {
        var targets = IndicatorTargets.Read("PAR Index trong top 15, DTI trong top 20 và 100% hồ sơ")!.Items.Cast<Cchc.Import.Output.YMap>().ToList();
        Assert.Equal(["top", "top", "eq"], targets.Select(t => YTree.Str(t["op"])));
        Assert.Equal(["15", "20", "100"], targets.Select(t => YTree.Str(t["value"])));
        Assert.Null(IndicatorTargets.Read("Vượt chỉ tiêu thu ngân sách"));
    }
}
