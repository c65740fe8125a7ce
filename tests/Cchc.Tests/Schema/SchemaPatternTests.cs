using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cchc.Model;
using Cchc.Yaml;
using Xunit;

namespace Cchc.Tests.Schema;

/// <summary>
/// The schema's patterns accept exactly what cchc's parsers accept, on generated dates, periods and deadlines
/// (every day 0–32 of every month 0–13, years at and past the bounds, leap years, every deadline form in
/// several cases and spacings). The one thing a pattern cannot say, a range that ends before it starts, is left out.
/// </summary>
public partial class SchemaPatternTests
{
    private static readonly JsonNode Written = JsonNode.Parse(JsonSchemaWriter.Write())!;
    private static readonly int[] Years = [1899, 1900, 2000, 2024, 2025, 2026, 2100, 2200, 2201];

    private static Regex Pattern(JsonNode? node) => new(node!["pattern"]!.GetValue<string>());

    [Fact]
    public void Date_pattern_agrees_with_the_loader_on_every_day_of_every_month()
    {
        var pattern = Pattern(Written["$defs"]!["Decision"]!["properties"]!["date"]);
        var cases = new List<string>();
        foreach (var y in Years)
        {
            cases.Add($"{y}");
            for (var m = 0; m <= 13; m++)
            {
                cases.Add($"{y}-{m:D2}");
                cases.Add($"{y}-{m}");
                for (var d = 0; d <= 32; d++)
                {
                    cases.Add($"{y}-{m:D2}-{d:D2}");
                    cases.Add($"{y}-{m}-{d}");
                }
            }
        }

        cases.AddRange(["", "2026-", "2026-1-", "26-01-12", "2026/01/12", "2026-001-01", " 2026-01-12 ", "２０２６"]);
        var disagree = cases.Where(c => pattern.IsMatch(c) != PartialDate.TryParse(c, out _, out _)).ToList();
        Assert.Empty(disagree);
        Assert.Contains(cases, c => !pattern.IsMatch(c) && c.EndsWith("-02-29", StringComparison.Ordinal));
    }

    [Fact]
    public void Period_pattern_agrees_with_the_loader()
    {
        var pattern = Pattern(Written["$defs"]!["Plan"]!["properties"]!["period"]);
        var cases = Years.SelectMany(a => Years.Select(b => $"{a}-{b}").Append($"{a}")).Concat(["2026-", "2026-30", "26", "2026–2030"]);
        Assert.DoesNotContain(cases, c => pattern.IsMatch(c) != Period.TryParse(c, out _) && !IsBackwards(c));
    }

    /// <summary>"2026-2025": a pattern cannot compare two years.</summary>
    private static bool IsBackwards(string c) => c.Split('-') is [var a, var b] && string.CompareOrdinal(a, b) > 0 && a.Length == 4 && b.Length == 4;

    [Fact]
    public void Deadline_pattern_agrees_with_the_parser_on_generated_deadlines()
    {
        var pattern = Pattern(Written["$defs"]!["Task"]!["properties"]!["deadline"]!["anyOf"]![0]);
        var disagree = Deadlines()
            .Select(d => (Text: d, Parse: DeadlineParser.Parse(d)))
            .Where(x => x.Parse.Error != DeadlineParseError.EmptyRange)
            .Where(x => pattern.IsMatch(x.Text) != (x.Parse.Error == DeadlineParseError.None))
            // The parser bounds years (1900–2200) in dates, months and quarters but not in "6 tháng …", "năm Y" and
            // "cả năm Y"; the pattern bounds them everywhere. Such a year is outside any plan period (E007) anyway.
            .Where(x => !(x.Parse.Error == DeadlineParseError.None && OutOfBoundsYear().IsMatch(x.Text)))
            .Select(x => $"{x.Text}: parser {x.Parse.Error}, pattern {pattern.IsMatch(x.Text)}")
            .ToList();
        Assert.Empty(disagree);
    }

    private static IEnumerable<string> Deadlines()
    {
        string[] romans = ["I", "II", "III", "IV", "V", "I,II", "II,I", "I,III,IV", "III, IV", "IV,IV", "I,II,III,IV", "ii , iii"];
        var points = new List<string>();
        foreach (var y in new[] { 1899, 2024, 2026, 2200, 2201 })
        {
            foreach (var m in new[] { 0, 1, 2, 4, 9, 12, 13 })
            {
                foreach (var d in new[] { 0, 1, 9, 28, 29, 30, 31, 32 })
                {
                    points.Add(string.Create(CultureInfo.InvariantCulture, $"ngày {d:D2}/{m:D2}/{y}"));
                    points.Add(string.Create(CultureInfo.InvariantCulture, $"{d}/{m} /{y}"));
                }

                points.Add(string.Create(CultureInfo.InvariantCulture, $"Tháng {m}/{y}"));
                points.Add(string.Create(CultureInfo.InvariantCulture, $"tháng {m:D2} năm {y}"));
            }

            points.AddRange(romans.Select(r => $"Quý {r}/{y}"));
            points.Add($"quý II năm {y}");
            points.Add($"6 tháng đầu năm {y}");
            points.Add($"6 tháng cuối năm {y}");
            points.Add($"năm {y}");
            points.Add($"Cả năm {y}");
        }

        foreach (var p in points)
        {
            yield return p;
            yield return p.ToUpperInvariant();
            yield return "  " + p.Replace(" ", "   ", StringComparison.Ordinal) + " ";
            yield return "Trong " + p;
            yield return "Trước " + p;
            yield return "Trước ngày " + p;
            yield return "Từ tháng 01/2026 đến " + p;
            yield return p + " đến tháng 12/2026";
            yield return "tháng 3 đến " + p;
            yield return "Quý II đến " + p;
        }

        foreach (var s in new[] { "Thường xuyên", "THƯỜNG XUYÊN", "thường  xuyên", "Cả năm", "Quí I/2026", "Theo chỉ đạo", "Khi có hướng dẫn", "Sau khi có văn bản", "Theo", "theo ", "Hàng năm", "15", "", "Tháng 13/2026", "Quý I/26", "Trước năm 2026", "Trước 6 tháng đầu năm 2026" })
        {
            yield return s;
        }
    }

    [GeneratedRegex("1899|2201")]
    private static partial Regex OutOfBoundsYear();
}
