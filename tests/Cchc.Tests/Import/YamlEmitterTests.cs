using System.Text;
using Cchc.Import.Output;
using Cchc.Model;
using Cchc.Yaml;
using Xunit;

namespace Cchc.Tests.Import;

public class YamlEmitterTests
{
    /// <summary>Code points of every class a string can hold: controls, quotes, YAML indicators, line breaks, blanks, letters, astral.</summary>
    private static readonly int[] Pool =
    [
        .. Enumerable.Range(0, 0x20), 0x7F, .. Enumerable.Range(0x80, 0x20), 0x85, 0xA0, 0xAD,
        '"', '\'', '\\', '#', ':', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '%', '@', '`', '-', '?', '~', '=',
        ' ', ' ', ' ', ' ', 'a', 'z', 'A', 'Ư', 'ơ', 'đ', 'Đ', 'ạ', 'ễ', '0', '7', '.',
        0x2028, 0x2029, 0x200B, 0x200D, 0x202E, 0x2066, 0xFEFF, 0xFFFE, 0xFFFF, 0xFDD0, 0xE000, 0x1F600, 0x10FFFF, 0xE0001,
        0x0301, 0x0323, // combining marks: NFC composes them on load
        0x3000, 0x2003, 0x1680, 0x180E,
    ];

    /// <summary>Strings that YAML reads as something other than a string when written plain.</summary>
    private static readonly string[] LookAlikes =
    [
        "null", "Null", "~", "true", "False", "yes", "no", "on", "off", "y", "n", "1", "-1", "0x1F", "0o17", "1e3", ".5", ".inf", "-.Inf",
        ".nan", "2025-07-23", "2025-07-23T10:00:00Z", "12:30", "1_000", "0755", "+1", "- a", "? a", ": a", "a: b", "a #b", "#a", "!tag",
        "&anchor", "*alias", "|", ">", "@", "`", "%TAG", "---", "...", "", " ", "  a", "a  ", "\t", "[a]", "{a: b}", "'q'", "\"q\"",
    ];

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 40).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generated_strings_read_back_identical_in_every_position(int seed)
    {
        var random = new Random(seed);
        var strings = Enumerable.Range(0, 25).Select(_ => Generate(random)).Concat(seed == 0 ? LookAlikes : []).ToList();
        var root = new YMap().Add("cchc", YScalar.Number(1));
        var block = new YSeq();
        var flow = new YSeq { Flow = true };
        var map = new YMap();
        var flowMap = new YMap { Flow = true };
        for (var i = 0; i < strings.Count; i++)
        {
            block.Add(strings[i]);
            flow.Add(strings[i]);
            map.Add("k" + i, strings[i]);
            flowMap.Add(Key(strings[i], i), "v");
        }

        root.Add("block", block).Add("flow", flow).Add("map", map).Add("keys", new YSeq().Add(flowMap));
        root.Add("nested", new YSeq().Add(new YMap().Add("title", strings[0]).Add("content", new YSeq().Add(strings[^1]))));
        var text = YamlEmitter.Emit(root).Text;

        var diagnostics = new List<Diagnostic>();
        var tree = new YamlTreeReader("t.yaml", diagnostics, new SourceLines(text)).Read(text);
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        var expected = strings.Select(Diacritics.Compose).ToList();
        Assert.Equal(expected, Values(tree!, "block").Items.Select(n => n.Value));
        Assert.Equal(expected, Values(tree!, "flow").Items.Select(n => n.Value));
        Assert.Equal(expected, Values(tree!, "map").Pairs.Select(p => p.Value.Value));
        Assert.Equal(strings.Select(Key).Select(Diacritics.Compose), Values(tree!, "keys").Items[0].Pairs.Select(p => p.Key.Value));
        Assert.All(Values(tree!, "block").Items, n => Assert.False(n.IsPlain && n.IsNull));
        Assert.True(seed > 0 || text.Contains(">-", StringComparison.Ordinal));
    }

    [Fact]
    public void Long_prose_is_folded_near_100_columns_and_reads_back_as_one_line()
    {
        var prose = string.Join(" ", Enumerable.Range(0, 60).Select(i => i % 7 == 0 ? "Ủy ban nhân dân" : "cải cách hành chính"));
        var root = new YMap().Add("plan", new YMap().Add("preamble", new YSeq().Add(prose)));
        var text = YamlEmitter.Emit(root).Text;

        var lines = text.Split('\n');
        Assert.Contains("    - >-", lines);
        Assert.All(lines, l => Assert.True(l.Length <= YamlEmitter.Width, l));
        Assert.True(lines.Count(l => l.StartsWith("      ", StringComparison.Ordinal)) > 5);
        var tree = new YamlTreeReader("t.yaml", [], new SourceLines(text)).Read(text)!;
        Assert.Equal(prose, Values(Values(tree, "plan"), "preamble").Items[0].Value);
    }

    [Fact]
    public void Modeline_first_codes_bare_short_references_on_one_line_comments_above_keys()
    {
        var basis = new YMap { Flow = true }.Add("kind", "Luật").Add("title", "Tổ chức chính quyền địa phương").Add("date", "2025-06-16");
        var number = YScalar.Null();
        number.Comments.Add("cchc: số để trống");
        var root = new YMap().Add("cchc", YScalar.Number(1))
            .Add("decision", new YMap().Add("number", number).Add("bases", new YSeq().Add(basis)).Add("archive", new YSeq { Flow = true }.Add("VT").Add("vhxh")));
        var result = YamlEmitter.Emit(root);

        Assert.Equal(
            """
            # yaml-language-server: $schema=../schema/cchc-plan.schema.json
            cchc: 1
            decision:
              # cchc: số để trống
              number: null
              bases:
                - {kind: "Luật", title: "Tổ chức chính quyền địa phương", date: "2025-06-16"}
              archive: ["VT", vhxh]

            """.Replace("\r\n", "\n", StringComparison.Ordinal), result.Text);
        Assert.Equal(new PrintedAt(5, 11), result.PlaceOf(number));
    }

    /// <summary>Long text of single-spaced words, some holding characters of the pool: the folded form's candidates.</summary>
    private static string Prose(Random random)
    {
        var mixed = random.Next(2) == 0;
        return string.Join(" ", Enumerable.Range(0, random.Next(20, 80)).Select(_ =>
        string.Concat(Enumerable.Range(0, random.Next(1, 9)).Select(_ => mixed && random.Next(6) == 0
            ? char.ConvertFromUtf32(NoSpace[random.Next(NoSpace.Length)])
            : WordLetters[random.Next(WordLetters.Length)].ToString()))));
    }

    private static readonly int[] NoSpace = [.. Pool.Where(c => c != ' ')];

    private const string WordLetters = "abcdeghiklmnoươđạễ#:-\\\"'";

    /// <summary>Keys are unique and short (YAML limits an implicit key to 1024 characters).</summary>
    private static string Key(string s, int i)
    {
        var end = Math.Min(s.Length, 100);
        return i.ToString(System.Globalization.CultureInfo.InvariantCulture) + s[..(end > 0 && char.IsHighSurrogate(s[end - 1]) ? end - 1 : end)];
    }

    private static Cchc.Yaml.YNode Values(Cchc.Yaml.YNode map, string key) => map.Pairs.Single(p => p.Key.Value == key).Value;

    private static string Generate(Random random)
    {
        if (random.Next(3) == 0)
        {
            return Prose(random);
        }

        var length = random.Next(4) switch { 0 => random.Next(0, 4), 1 => random.Next(4, 30), 2 => random.Next(30, 120), _ => random.Next(120, 400) };
        var sb = new StringBuilder();
        if (random.Next(5) == 0)
        {
            sb.Append(' ', random.Next(1, 3));
        }

        for (var i = 0; i < length; i++)
        {
            // Mostly words and single spaces, so long strings take the folded form; the rest from the whole pool.
            var cp = random.Next(3) switch
            {
                0 => Pool[random.Next(Pool.Length)],
                1 => ' ',
                _ => "abcdeghiklmnopqrstuvxyàáạảãăắằâấêếôốơớưứđ"[random.Next(41)],
            };
            sb.Append(char.ConvertFromUtf32(cp));
        }

        if (random.Next(5) == 0)
        {
            sb.Append(random.Next(2) == 0 ? " " : "\t");
        }

        return sb.ToString();
    }
}
