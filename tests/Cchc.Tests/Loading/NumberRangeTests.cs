using Cchc.Model;
using Cchc.Tests.Support;
using Cchc.Tests.Validation;
using Cchc.Validation;
using Cchc.Yaml;
using Cchc.Yaml.Rollover;
using Xunit;

namespace Cchc.Tests.Loading;

/// <summary>
/// Every number a plan gives (the format version, target values and baselines, "Như Điều N", the parts of dates,
/// periods and deadlines, dates in running text) is range-checked: a huge, negative, zero, five-digit or
/// non-ASCII-digit number is a positioned finding on its line, never an exception.
/// </summary>
public sealed class NumberRangeTests
{
    /// <summary>Numbers a plan never holds where they stand below, each outside its slot's range or not ASCII digits.</summary>
    public static readonly string[] Numbers =
    [
        "2147483648", "-2147483649", "1" + new string('0', 30), "-1", "0", "00", "0000", "99", "1899", "2201", "9999", "10000",
        "٢٠٢٦", "２０２６", "۲۰۲۶", "१२",
    ];

    /// <summary>Where a number goes: the base plan's text and the same text with the number in it.</summary>
    public static readonly (string Old, string New)[] Slots =
    [
        ("cchc: 1", "cchc: {0}"),
        ("targets: [{op: ge, value: 90}]", "targets: [{op: ge, value: {0}}]"),
        ("targets: [{op: ge, value: 90}]", "targets: [{op: ge, value: 90, baseline: {0}}]"),
        ("recipients: [\"Như Điều 3\", \"Sở Nội vụ\"]", "recipients: [\"Như Điều {0}\", \"Sở Nội vụ\"]"),
        ("date: \"2026-01-12\"", "date: \"{0}-01-12\""),
        ("date: \"2026-01-12\"", "date: \"2026-{0}-12\""),
        ("date: \"2026-01-12\"", "date: \"2026-01-{0}\""),
        ("date: \"2025-06-16\"", "date: \"{0}\""),
        ("period: \"2026\"", "period: \"{0}\""),
        ("period: \"2026\"", "period: \"2026-{0}\""),
        ("deadline: \"Cả năm 2026\"", "deadline: \"Cả năm {0}\""),
        ("deadline: \"Cả năm 2026\"", "deadline: \"Năm {0}\""),
        ("deadline: \"Cả năm 2026\"", "deadline: \"6 tháng đầu năm {0}\""),
        ("deadline: \"Quý I/2026\"", "deadline: \"Quý I/{0}\""),
        ("deadline: \"Quý I/2026\"", "deadline: \"Quý II năm {0}\""),
        ("deadline: \"Tháng 11/2026\"", "deadline: \"Tháng {0}/2026\""),
        ("deadline: \"Tháng 11/2026\"", "deadline: \"Tháng 11/{0}\""),
        ("deadline: \"Tháng 11/2026\"", "deadline: \"Từ tháng 1 đến tháng {0}/2026\""),
        ("deadline: \"Tháng 11/2026\"", "deadline: \"Từ tháng {0} đến tháng 12/2026\""),
        ("deadline: \"Trước ngày 15/12/2026\"", "deadline: \"Trước ngày {0}/12/2026\""),
        ("deadline: \"Trước ngày 15/12/2026\"", "deadline: \"Trước ngày 15/{0}/2026\""),
        ("deadline: \"Trước ngày 15/12/2026\"", "deadline: \"Trước ngày 15/12/{0}\""),
    ];

    public static TheoryData<int> SlotIndexes() => [.. Enumerable.Range(0, Slots.Length)];

    /// <summary>Loads, then runs every rule on whatever was read, as validate does.</summary>
    private static List<Diagnostic> Check(string text)
    {
        var loaded = PlanLoader.Load(text, "so.yaml");
        var all = loaded.Diagnostics.ToList();
        if (loaded.Package is { } package)
        {
            all.AddRange(PlanValidator.Validate(package));
        }

        return all;
    }

    [Theory]
    [MemberData(nameof(SlotIndexes))]
    public void A_number_out_of_its_range_is_a_finding_on_its_line(int slot)
    {
        var (old, template) = Slots[slot];
        foreach (var number in Numbers)
        {
            var edited = template.Replace("{0}", number, StringComparison.Ordinal);
            var plan = PlanText.Base.Replace(old, edited);
            var line = plan.Where(edited).Line;
            var found = Check(plan.Text);
            Assert.True(found.Any(d => d.Span.Line == line), $"{edited}: nothing reported on line {line}:\n{Expect.Show(found)}");
            Assert.All(found, d => Assert.DoesNotContain("Exception", d.Message.Vi, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_number_too_large_for_an_integer_is_E108_and_says_the_range()
    {
        foreach (var number in new[] { "2147483648", "-2147483649", "1" + new string('0', 30) })
        {
            var plan = PlanText.Base.Replace("cchc: 1", $"cchc: {number}");
            var e108 = Expect.Single(Check(plan.Text), "E108", (3, 7));
            Assert.Contains("nằm ngoài phạm vi", e108.Message.Vi, StringComparison.Ordinal);
            Assert.Contains("2,147,483,647", e108.Message.Vi, StringComparison.Ordinal);
        }

        var value = PlanText.Base.Replace("value: 90}", $"value: 1{new string('0', 30)}}}");
        Expect.Single(Check(value.Text), "E108", value.Where("1000"));
    }

    [Fact]
    public void Dates_in_running_text_with_any_digits_do_not_crash_the_hygiene_rule()
    {
        foreach (var a in Numbers)
        {
            foreach (var b in Numbers)
            {
                var plan = PlanText.Base.Replace("Sắp xếp tổ chức bộ máy.", $"Họp ngày {a}/{b}/{a}, {b}/{a}/2026 và 5/1/{b}.");
                _ = Check(plan.Text);
            }
        }
    }

    [Fact]
    public void Every_four_digit_token_and_every_year_a_deadline_names_parses_without_exception()
    {
        for (var y = 0; y <= 9999; y++)
        {
            var year = y.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            foreach (var form in new[] { "Cả năm {0}", "Năm {0}", "6 tháng cuối năm {0}", "Quý I,IV/{0}", "Tháng 2/{0}", "29/2/{0}", "Trước ngày 1/1/{0}", "Tháng 1 đến Quý IV/{0}" })
            {
                var r = DeadlineParser.Parse(form.Replace("{0}", year, StringComparison.Ordinal));
                var exists = y is >= 1900 and <= 2200 && !(form.StartsWith("29/2", StringComparison.Ordinal) && !DateTime.IsLeapYear(y));
                Assert.Equal(exists ? DeadlineParseError.None : DeadlineParseError.InvalidDate, r.Error);
            }

            Assert.Equal(y is >= 1900 and <= 2200, YearTokens.Find($"năm {year}").Any());
            Assert.Equal(y is >= 1900 and <= 2200, PartialDate.TryParse(year + "-01-01", out _, out _));
        }
    }

    [Fact]
    public void Rolling_to_a_year_outside_1900_2200_is_E008_not_an_overflow()
    {
        var text = PlanText.Base.Text;
        var package = PlanLoader.Load(text, "base.yaml").Package!;
        foreach (var to in new[] { int.MaxValue, int.MinValue, -1, 0, 1899, 2201, 9999, 10000 })
        {
            var result = YearRollover.Roll(package, text, to);
            var problem = Assert.Single(result.Problems);
            Assert.True(problem.Is(DiagnosticCatalog.E008), problem.Code);
            Assert.Equal(text, result.Text);
        }

        var run = CliRun.Of("next-year", Path.Combine(RepoPaths.Root, "tests", "Cchc.Tests", "Validation", "fixtures", "base.yaml"), "--to", "99999999999", "-o", Path.Combine(Path.GetTempPath(), "cchc-never-written.yaml"));
        Assert.True(run.Exit is 1 or 2, run.All);
        Assert.DoesNotContain("Exception", run.All, StringComparison.Ordinal);
    }
}
