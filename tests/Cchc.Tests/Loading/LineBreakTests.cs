using Cchc.Model;
using Cchc.Tests.Support;
using Cchc.Tests.Validation;
using Cchc.Yaml;
using Cchc.Yaml.Rollover;
using Xunit;
using YamlDotNet.Core;

namespace Cchc.Tests.Loading;

/// <summary>
/// Every character that could end a line (the breaks YAML knows and the ones it does not: VT, FF) in every scalar
/// style, before and inside the values next-year edits: the loader's lines are YamlDotNet's, and the in-place
/// editor writes exactly the planned bytes.
/// </summary>
public sealed class LineBreakTests : IDisposable
{
    public static readonly string[] Characters = ["\r\n", "\r", "\n", "\u0085", "\u2028", "\u2029", "\v", "\f"];

    public static readonly string[] Styles = ["plain", "single", "double", "literal", "folded"];

    private const string Executors = "  executors: \"Chánh Văn phòng, Trưởng các phòng, đơn vị liên quan\"";
    private const string Title = "  title: \"Cải cách hành chính phường Hải Dương năm 2026\"";

    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-line-breaks-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in Characters)
        {
            foreach (var style in Styles)
            {
                data.Add(Name(c), style);
            }
        }

        return data;
    }

    public static TheoryData<string> Breaks() => [.. Characters.Select(Name)];

    private static string Name(string c) => string.Concat(c.Select(ch => $"U+{(int)ch:X4}"));

    private static string Char(string name) => Characters.Single(c => Name(c) == name);

    /// <summary><c>key: value</c> at indentation 2 in <paramref name="style"/>, with <paramref name="c"/> between two words.</summary>
    private static string Scalar(string key, string style, string first, string c, string rest)
    {
        // After a line break, a flow scalar's next line is indented past its key, a block scalar's to its content.
        var next = SourceLinesBreak(c) ? "    " : "";
        return style switch
        {
            "plain" => $"  {key}: {first}{c}{next}{rest}",
            "single" => $"  {key}: '{first}{c}{next}{rest}'",
            "double" => $"  {key}: \"{first}{c}{next}{rest}\"",
            "literal" => $"  {key}: |\n    {first}{c}{next}{rest}",
            _ => $"  {key}: >\n    {first}{c}{next}{rest}",
        };
    }

    private static bool SourceLinesBreak(string c) => c.Length > 0 && SourceLines.IsBreak(c[0]);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Next_year_edits_exactly_the_planned_bytes(string character, string style)
    {
        var c = Char(character);
        var executors = Scalar("executors", style, "Chánh Văn phòng,", c, "đơn vị liên quan");
        var title = Scalar("title", style, "Cải cách hành chính", c, "phường Hải Dương năm 2026");
        var text = PlanText.Base.Replace(Executors, executors).Replace(Title, title).Text;
        var loaded = PlanLoader.Load(text, "nam.yaml");
        if (loaded.HasErrors)
        {
            // YAML forbids some of these characters in some styles: a syntax error where it stands, never a crash.
            Assert.All(loaded.Diagnostics.Where(d => d.IsError), d => Assert.Equal("E101", d.Code));
            Assert.True(c is "\v" or "\f", $"{character} in a {style} scalar should load:\n{Expect.Show(loaded.Diagnostics)}");
            AssertCliRefuses(text, "E101");
            return;
        }

        var result = YearRollover.Roll(loaded.Package!, text, 2027);
        Assert.True(result.Problems.Count == 0, Expect.Show(result.Problems));
        var expected = Expected(text).Replace(title, title.Replace("2026", "2027", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(expected, result.Text);

        var next = PlanLoader.Load(result.Text, "nam-2027.yaml");
        Assert.False(next.HasErrors, Expect.Show(next.Diagnostics));
        Assert.Equal(new Period(2027, 2027), next.Package!.Plan.Period);
        Assert.EndsWith("năm 2027", next.Package.Plan.Title, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Breaks))]
    public void Next_year_keeps_a_file_whose_every_line_ends_in_one_break_character(string character)
    {
        var c = Char(character);
        var text = PlanText.Base.Text.Replace("\n", c, StringComparison.Ordinal);
        var loaded = PlanLoader.Load(text, "nam.yaml");
        if (!SourceLinesBreak(c))
        {
            // Not a break for YAML: the whole file is its first line, a comment.
            Assert.Equal("E105", Assert.Single(loaded.Diagnostics).Code);
            AssertCliRefuses(text, "E105");
            return;
        }

        Assert.False(loaded.HasErrors, Expect.Show(loaded.Diagnostics));
        var result = YearRollover.Roll(loaded.Package!, text, 2027);
        Assert.True(result.Problems.Count == 0, Expect.Show(result.Problems));
        Assert.Equal(Expected(PlanText.Base.Text).Replace(Title, Title.Replace("2026", "2027", StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace("\n", c, StringComparison.Ordinal), result.Text);

        var file = Path.Combine(_dir, "nam.yaml");
        File.WriteAllText(file, text);
        var run = CliRun.Of("next-year", file, "-o", Path.Combine(_dir, "nam-2027.yaml"));
        Assert.True(run.Exit == 0, run.All);
        Assert.Equal(result.Text, File.ReadAllText(Path.Combine(_dir, "nam-2027.yaml")));
    }

    /// <summary>The base plan's rollover to 2027, plan title aside: these values, and no other byte, change.</summary>
    private static string Expected(string text)
    {
        (string, string)[] edits =
        [
            ("number: \"12\"", "number: null"), ("date: \"2026-01-12\"", "date: null"), ("period: \"2026\"", "period: \"2027\""),
            ("phường Hải Dương năm 2026\"\n  bases", "phường Hải Dương năm 2027\"\n  bases"),
            ("MỤC NHIỆM VỤ NĂM 2026", "MỤC NHIỆM VỤ NĂM 2027"), ("\"Cả năm 2026\"", "\"Cả năm 2027\""), ("\"Quý I/2026\"", "\"Quý I/2027\""), ("\"Tháng 11/2026\"", "\"Tháng 11/2027\""),
            ("\"Trước ngày 15/12/2026\"", "\"Trước ngày 15/12/2027\""), ("\"Quý III,IV/2026\"", "\"Quý III,IV/2027\""),
        ];
        foreach (var (old, replacement) in edits)
        {
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, System.Text.RegularExpressions.Regex.Escape(old)));
            text = text.Replace(old, replacement, StringComparison.Ordinal);
        }

        return text;
    }

    private void AssertCliRefuses(string text, string code)
    {
        var file = Path.Combine(_dir, "loi.yaml");
        File.WriteAllText(file, text);
        var run = CliRun.Of("next-year", file, "-o", Path.Combine(_dir, "loi-2027.yaml"));
        Assert.True(run.Exit is 1 or 2, run.All);
        Assert.Contains(code, run.All, StringComparison.Ordinal);
    }

    /// <summary>One notion of a position: every mark YamlDotNet reports is where <see cref="SourceLines"/> puts that line and column.</summary>
    [Theory]
    [MemberData(nameof(Breaks))]
    public void Source_lines_agree_with_every_YamlDotNet_mark(string character)
    {
        var c = Char(character);
        foreach (var style in Styles)
        {
            var doc = string.Join(c, [
                "# ghi chú", "a: 1", Scalar("b", style, "x", c, "y").TrimStart(), "c:", Scalar("d", style, "ư", c, "𝔸 z"), "e: [1, 'x', \"y\"]",
                $"# cuối{c}f: |{c}  dòng{c}  dòng", "g: end"]).Replace("\n", c, StringComparison.Ordinal);
            var lines = new SourceLines(doc);
            var parser = new Parser(new Scanner(new StringReader(doc), skipComments: true));
            var seen = 0;
            try
            {
                while (parser.MoveNext())
                {
                    foreach (var mark in new[] { parser.Current!.Start, parser.Current.End })
                    {
                        Assert.True(lines.Offset((int)mark.Line, (int)mark.Column) == mark.Index, $"{style}: mark {mark}, SourceLines says {lines.Position((int)mark.Index)}, event {parser.Current}, in {Name(doc)}");
                        if (mark.Index < doc.Length)
                        {
                            Assert.Equal(((int)mark.Line, (int)mark.Column), lines.Position((int)mark.Index));
                        }

                        seen++;
                    }
                }
            }
            catch (YamlException ex)
            {
                Assert.True(c is "\v" or "\f", $"{style}: {ex.Message}");
                Assert.Equal(lines.Offset((int)ex.Start.Line, (int)ex.Start.Column), ex.Start.Index);
            }

            Assert.True(seen > 0 || c is "\v" or "\f");
        }
    }

    [Theory]
    [MemberData(nameof(Breaks))]
    public void Positions_of_refused_bytes_count_lines_and_columns_as_the_parser_does(string character)
    {
        var c = Char(character);
        var bytes = System.Text.Encoding.UTF8.GetBytes("a: 1" + c + "b: 𝔸x\0");
        var found = PlanLoader.Load(bytes, "nhi-phan.yaml").Diagnostics;
        var e106 = Assert.Single(found);
        Assert.Equal("E106", e106.Code);
        // VT and FF do not end a line; 𝔸 is two UTF-16 units, as YamlDotNet counts columns.
        Assert.Equal(SourceLinesBreak(c) ? (2, 7) : (1, 12 + c.Length - 1), (e106.Span.Line, e106.Span.Column));
    }
}
