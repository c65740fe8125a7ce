using Cchc.Composition.Text;
using Cchc.Model;
using Xunit;

namespace Cchc.Tests.Composition;

/// <summary>Nghị định 30 date forms: day padded below 10, month only below 3 (G-02, G-03, §8).</summary>
public class DateTextTests
{
    private const string Blank = "      ";

    private static PartialDate D(int y, int? m = null, int? d = null) => new(y, m, d);

    [Theory]
    [InlineData(2026, 1, 12, "ngày 12 tháng 01 năm 2026")]
    [InlineData(2021, 7, 15, "ngày 15 tháng 7 năm 2021")]
    [InlineData(2020, 3, 5, "ngày 05 tháng 3 năm 2020")]
    [InlineData(2025, 2, 9, "ngày 09 tháng 02 năm 2025")]
    [InlineData(2025, 12, 31, "ngày 31 tháng 12 năm 2025")]
    [InlineData(2025, 10, 1, "ngày 01 tháng 10 năm 2025")]
    public void Long_form(int y, int m, int d, string expected) => Assert.Equal(expected, DateText.Long(D(y, m, d), Blank));

    [Theory]
    [InlineData(2021, 7, 15, "15/7/2021")]
    [InlineData(2021, 9, 2, "02/9/2021")]
    [InlineData(2021, 4, 9, "09/4/2021")]
    [InlineData(2021, 10, 1, "01/10/2021")]
    [InlineData(2022, 1, 6, "06/01/2022")]
    [InlineData(2025, 7, 23, "23/7/2025")]
    [InlineData(2025, 3, 26, "26/3/2025")]
    public void Short_form(int y, int m, int d, string expected) => Assert.Equal(expected, DateText.Short(D(y, m, d), Blank));

    [Fact]
    public void Unknown_day_is_a_blank_that_absorbs_the_space_before_it() =>
        Assert.Equal("ngày      tháng 9 năm 2025", DateText.Long(D(2025, 9), Blank));

    [Fact]
    public void Year_only_and_no_date_leave_blanks()
    {
        Assert.Equal("ngày      tháng      năm 2026", DateText.Long(D(2026), Blank));
        Assert.Equal("ngày      tháng      năm      ", DateText.Long(null, Blank));
        Assert.Equal("      /9/2025", DateText.Short(D(2025, 9), Blank));
    }

    [Fact]
    public void The_blank_is_the_styles_own() => Assert.Equal("ngày…tháng 9 năm 2025", DateText.Long(D(2025, 9), "…"));
}
