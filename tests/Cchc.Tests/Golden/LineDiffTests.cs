using System.Globalization;
using System.Text.RegularExpressions;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Golden;

/// <summary>The report of a failing approved-file comparison names every differing region with its lines.</summary>
public partial class LineDiffTests
{
    private static readonly string[] Lines = [.. Enumerable.Range(1, 100).Select(i => $"<w:p>dòng {i}</w:p>")];

    [Fact]
    public void Equal_texts_have_no_difference() =>
        Assert.Null(LineDiff.Describe(string.Join('\n', Lines), string.Join('\n', Lines)));

    [Fact]
    public void Three_separate_changes_give_three_hunks_with_their_line_numbers()
    {
        var actual = Lines.ToList();
        actual[9] = "<w:p>dòng 10 đã sửa</w:p>"; // a changed line at 10
        actual.Insert(50, "<w:p>dòng chèn</w:p>"); // an inserted line after 50
        actual.RemoveAt(91); // line 91 removed (index 91 after the insertion)

        var report = LineDiff.Describe(string.Join('\n', Lines), string.Join('\n', actual));

        Assert.NotNull(report);
        Assert.StartsWith("3 differing region(s)", report, StringComparison.Ordinal);
        var headers = Hunk().Matches(report).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([7, 48, 88], headers); // each hunk starts three lines of context before its change
        Assert.Contains("-<w:p>dòng 10</w:p>\n+<w:p>dòng 10 đã sửa</w:p>\n", report, StringComparison.Ordinal);
        Assert.Contains("+<w:p>dòng chèn</w:p>\n", report, StringComparison.Ordinal);
        Assert.Contains("-<w:p>dòng 91</w:p>\n", report, StringComparison.Ordinal);
        Assert.DoesNotContain("dòng 30<", report, StringComparison.Ordinal); // unchanged regions are left out
    }

    [Fact]
    public void Changes_closer_than_the_context_share_one_hunk()
    {
        var actual = Lines.ToList();
        actual[20] = "x";
        actual[24] = "y";

        var report = LineDiff.Describe(string.Join('\n', Lines), string.Join('\n', actual))!;

        Assert.Single(Hunk().Matches(report));
        Assert.Contains("@@ -18,11 +18,11 @@", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_at_the_end_counts_the_missing_lines()
    {
        var report = LineDiff.Describe(string.Join('\n', Lines), string.Join('\n', Lines.Take(97)))!;

        Assert.Contains("@@ -95,6 +95,3 @@", report, StringComparison.Ordinal);
        Assert.Contains("-<w:p>dòng 100</w:p>", report, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^@@ -(\d+),\d+ \+\d+,\d+ @@$", RegexOptions.Multiline)]
    private static partial Regex Hunk();
}
