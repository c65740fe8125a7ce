using System.Globalization;
using Cchc.Model;
using Xunit;

namespace Cchc.Tests.Validation;

/// <summary>The deadline grammar of §10: the seed 002 vectors (seed-facts P-07, X-01) and the edge cases.</summary>
public class DeadlineParserTests
{
    private static readonly Period Year2026 = new(2026, 2026);

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Value, kind, and the interval it resolves to in a 2026 plan.</summary>
    public static TheoryData<string, DeadlineKind, string, string> Dated => new()
    {
        // Seed 002, the nine dated values of its appendix.
        { "Cả năm 2026", DeadlineKind.Year, "2026-01-01", "2026-12-31" },
        { "Cả năm", DeadlineKind.Year, "2026-01-01", "2026-12-31" },
        { "Thường xuyên", DeadlineKind.Ongoing, "2026-01-01", "2026-12-31" },
        { "Quý I/2026", DeadlineKind.Quarters, "2026-01-01", "2026-03-31" },
        { "Quý I năm 2026", DeadlineKind.Quarters, "2026-01-01", "2026-03-31" },
        { "Quý III,IV/2026", DeadlineKind.Quarters, "2026-07-01", "2026-12-31" },
        { "Tháng 11 /2026", DeadlineKind.Month, "2026-11-01", "2026-11-30" },
        { "Trước ngày 15/01/2026", DeadlineKind.Before, "2026-01-01", "2026-01-14" },
        { "Tháng 01/2026 đến tháng 5/2026", DeadlineKind.Range, "2026-01-01", "2026-05-31" },

        // 001:244, 002:213 ("trong" changes nothing).
        { "trong tháng 4/2026", DeadlineKind.Month, "2026-04-01", "2026-04-30" },
        { "trong Quý I/2026", DeadlineKind.Quarters, "2026-01-01", "2026-03-31" },

        // The other productions of the grammar.
        { "Quý III, IV/2026", DeadlineKind.Quarters, "2026-07-01", "2026-12-31" },
        { "Quý II,III,IV năm 2026", DeadlineKind.Quarters, "2026-04-01", "2026-12-31" },
        { "6 tháng đầu năm 2026", DeadlineKind.Half, "2026-01-01", "2026-06-30" },
        { "6 tháng cuối năm 2026", DeadlineKind.Half, "2026-07-01", "2026-12-31" },
        { "Năm 2026", DeadlineKind.Year, "2026-01-01", "2026-12-31" },
        { "Ngày 02/9/2026", DeadlineKind.Date, "2026-09-02", "2026-09-02" },
        { "29/02/2028", DeadlineKind.Date, "2028-02-29", "2028-02-29" },
        { "Trước tháng 6/2026", DeadlineKind.Before, "2026-01-01", "2026-05-31" },
        { "Trước Quý IV/2026", DeadlineKind.Before, "2026-01-01", "2026-09-30" },
        { "Từ tháng 3 đến tháng 6/2026", DeadlineKind.Range, "2026-03-01", "2026-06-30" },
        { "Từ Quý II đến Quý III/2026", DeadlineKind.Range, "2026-04-01", "2026-09-30" },
        { "  THƯỜNG   XUYÊN ", DeadlineKind.Ongoing, "2026-01-01", "2026-12-31" },
    };

    [Theory]
    [MemberData(nameof(Dated))]
    public void Parses_to_its_kind_and_interval(string value, DeadlineKind kind, string start, string end)
    {
        var deadline = Deadline.FromText(value, SourceSpan.None("t"));
        Assert.Equal(DeadlineParseError.None, deadline.ParseError);
        Assert.Equal(kind, deadline.Kind);
        Assert.Equal((D(start), D(end)), deadline.Resolve(Year2026));
    }

    [Fact]
    public void Before_a_date_in_2025_ends_the_day_before()
    {
        var r = DeadlineParser.Parse("trước ngày 10/8/2025");
        Assert.Equal(DeadlineParseError.None, r.Error);
        Assert.Equal(DeadlineKind.Before, r.Kind);
        Assert.Equal(D("2025-08-09"), r.End);
        Assert.Equal((D("2025-01-01"), D("2025-08-09")), Deadline.FromText("trước ngày 10/8/2025", SourceSpan.None("t")).Resolve(new Period(2025, 2025)));
    }

    [Theory]
    [InlineData("Theo yêu cầu của thành phố")]
    [InlineData("Theo chỉ đạo của thành phố")]
    [InlineData("Khi có văn bản triển khai")]
    [InlineData("Khi có hướng dẫn của thành phố")]
    [InlineData("Sau khi có hướng dẫn của Sở Nội vụ")]
    public void Conditional_values_have_no_interval(string value)
    {
        var deadline = Deadline.FromText(value, SourceSpan.None("t"));
        Assert.Equal(DeadlineKind.Conditional, deadline.Kind);
        Assert.Equal(DeadlineParseError.None, deadline.ParseError);
        Assert.Null(deadline.Resolve(Year2026));
    }

    [Theory]
    [InlineData("Quí I/2026", DeadlineParseError.Syntax)]
    [InlineData("Quý V/2026", DeadlineParseError.Syntax)]
    [InlineData("Quý I", DeadlineParseError.Syntax)]
    [InlineData("Trước năm 2027", DeadlineParseError.Syntax)]
    [InlineData("Cuối năm 2026", DeadlineParseError.Syntax)]
    [InlineData("", DeadlineParseError.Syntax)]
    [InlineData("Quý IV,III/2026", DeadlineParseError.QuarterOrder)]
    [InlineData("Quý II,II/2026", DeadlineParseError.QuarterOrder)]
    [InlineData("Tháng 5/2026 đến tháng 01/2026", DeadlineParseError.EmptyRange)]
    [InlineData("30/02/2026", DeadlineParseError.InvalidDate)]
    [InlineData("29/02/2026", DeadlineParseError.InvalidDate)]
    [InlineData("Tháng 13/2026", DeadlineParseError.InvalidDate)]
    [InlineData("Trước ngày 31/4/2026", DeadlineParseError.InvalidDate)]
    public void Fails_with_the_right_reason(string value, DeadlineParseError error) =>
        Assert.Equal(error, DeadlineParser.Parse(value).Error);

    [Fact]
    public void Ca_nam_without_a_year_has_no_interval_in_a_multi_year_plan()
    {
        var deadline = Deadline.FromText("Cả năm", SourceSpan.None("t"));
        Assert.Null(deadline.Resolve(new Period(2026, 2030)));
        Assert.Equal((D("2026-01-01"), D("2030-12-31")), Deadline.FromText("Thường xuyên", SourceSpan.None("t")).Resolve(new Period(2026, 2030)));
    }

    [Fact]
    public void The_text_is_kept_as_written_and_decomposed_input_still_parses()
    {
        Assert.Equal("Tháng 11 /2026", Deadline.FromText("  Tháng 11 /2026 ", SourceSpan.None("t")).Text);
        // "Quý I/2026" as a decomposed ("tổ hợp") keyboard types it: y + combining acute.
        Assert.Equal(DeadlineKind.Quarters, DeadlineParser.Parse("Quy\u0301 I/2026").Kind);
        Assert.Equal(DeadlineKind.Ongoing, DeadlineParser.Parse("Thu\u031Bo\u031B\u0300ng xuye\u0302n").Kind);
    }
}
