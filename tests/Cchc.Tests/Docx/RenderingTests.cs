using Cchc.Docx;
using Cchc.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Cchc.Tests.Docx;

/// <summary>LibreOffice as a real client: what a clerk sees when the written documents are opened and printed.</summary>
[Trait("Category", "Slow")]
public sealed class RenderingTests(RenderedSamples samples, ITestOutputHelper output) : IClassFixture<RenderedSamples>
{
    private const double A4Short = 595.3;
    private const double A4Long = 841.9;

    [SkippableFact]
    public void The_letterhead_keeps_the_national_title_on_one_line_and_the_number_beside_the_date()
    {
        Tools.RequireLibreOffice();

        var lines = Lines(samples.DecisionPackage, 1, 1);
        Assert.Contains(lines, l => l.Contains(SampleDocuments.Agency, StringComparison.Ordinal) && l.Contains(SampleDocuments.NationalTitle, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(SampleDocuments.Motto, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Số:", StringComparison.Ordinal) && l.Contains(SampleDocuments.PlaceDate, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Trim() == "QUYẾT ĐỊNH");
        Assert.Contains(lines, l => l.Contains("Nơi nhận:", StringComparison.Ordinal) && l.Contains("CHỦ TỊCH", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Trim() == SampleDocuments.SignerName);
    }

    [SkippableFact]
    public void The_decision_package_is_portrait_then_a_landscape_appendix_over_several_pages()
    {
        Tools.RequireLibreOffice();

        var sizes = LibreOffice.PageSizes(samples.DecisionPackage);
        output.WriteLine(string.Join(", ", sizes.Select(s => $"{s.Width:F0}x{s.Height:F0}")));
        Assert.True(sizes.Count > 3, $"Expected more than 3 pages, got {sizes.Count}.");
        var firstLandscape = FirstLandscapePage(sizes);
        Assert.True(firstLandscape > 1, "The Quyết định and Kế hoạch must be portrait.");
        Assert.All(sizes.Take(firstLandscape - 1), s => AssertSize(s, A4Short, A4Long));
        Assert.All(sizes.Skip(firstLandscape - 1), s => AssertSize(s, A4Long, A4Short));
        Assert.True(sizes.Count - firstLandscape + 1 > 1, "The 45-row appendix must run over more than one page.");
        Assert.Contains(Lines(samples.DecisionPackage, firstLandscape, firstLandscape), l => l.Trim() == "Phụ lục");
    }

    [SkippableFact]
    public void The_appendix_table_header_repeats_on_its_second_page_and_every_task_is_printed()
    {
        Tools.RequireLibreOffice();

        var sizes = LibreOffice.PageSizes(samples.AppendixOnly);
        Assert.True(sizes.Count > 1);
        Assert.All(sizes, s => AssertSize(s, A4Long, A4Short));

        var second = Lines(samples.AppendixOnly, 2, 2);
        Assert.Contains(second, l => l.Contains("Nội dung công việc", StringComparison.Ordinal) && l.Contains("Cơ quan phối hợp", StringComparison.Ordinal));

        var all = Lines(samples.AppendixOnly, 1, sizes.Count);
        for (var task = 1; task <= SampleDocuments.AppendixTaskRows; task++)
        {
            var label = task.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ";
            Assert.True(all.Any(l => l.TrimStart().StartsWith(label, StringComparison.Ordinal)), $"Task {task} is missing from the PDF.");
        }
    }

    [SkippableFact]
    public void Page_numbers_start_on_the_second_page_of_each_section()
    {
        Tools.RequireLibreOffice();

        var sizes = LibreOffice.PageSizes(samples.DecisionPackage);
        var appendix = FirstLandscapePage(sizes);
        Assert.Equal("2", FirstLine(samples.DecisionPackage, appendix + 1));
        Assert.Equal("Phụ lục", FirstLine(samples.DecisionPackage, appendix));
        Assert.StartsWith(SampleDocuments.Agency, FirstLine(samples.DecisionPackage, 1), StringComparison.Ordinal);
        Assert.StartsWith(SampleDocuments.Agency, FirstLine(samples.DecisionPackage, 2), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_standalone_plan_keeps_its_last_paragraph_with_the_signature()
    {
        Tools.RequireLibreOffice();

        var pages = LibreOffice.PageSizes(samples.StandalonePlan).Count;
        var first = Lines(samples.StandalonePlan, 1, 1);
        Assert.Contains(first, l => l.Contains("Số:", StringComparison.Ordinal) && l.Contains("Tân Minh, ngày", StringComparison.Ordinal));

        var last = Lines(samples.StandalonePlan, pages, pages);
        Assert.Contains(last, l => l.Contains("Nơi nhận:", StringComparison.Ordinal) && l.Contains("TM. ỦY BAN NHÂN DÂN", StringComparison.Ordinal));
        Assert.Contains(last, l => l.TrimEnd().EndsWith("./.", StringComparison.Ordinal));
        Assert.Contains(last, l => l.Trim() == "Nguyễn Văn An");
    }


    private static List<string> Lines(string pdf, int first, int last) => LibreOffice.PdfLines(pdf, first, last);

    private static string FirstLine(string pdf, int page) =>
        Lines(pdf, page, page).Select(l => l.Trim()).First(l => l.Length > 0);

    private static int FirstLandscapePage(IReadOnlyList<(double Width, double Height)> sizes)
    {
        var page = LibreOffice.FirstLandscapePage(sizes);
        Assert.True(page > 0, "No landscape page.");
        return page;
    }

    private static void AssertSize((double Width, double Height) size, double width, double height)
    {
        Assert.InRange(size.Width, width - 1, width + 1);
        Assert.InRange(size.Height, height - 1, height + 1);
    }
}
