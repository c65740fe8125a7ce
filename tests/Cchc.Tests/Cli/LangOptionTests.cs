using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Cli;

/// <summary>
/// <c>--lang en</c> on every command that prints messages: each failing invocation speaks English with it and the
/// same Vietnamese as before without it.
/// </summary>
public sealed partial class LangOptionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-lang-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string[], string, string> Failures => new()
    {
        { ["build", "khong-co.yaml"], "no such file or folder \"khong-co.yaml\"", "không tìm thấy tệp hoặc thư mục \"khong-co.yaml\"" },
        { ["build", Inputs.UnknownAgency, "-o", "{dir}"], "Nothing was written: fix the errors above.", "Không ghi văn bản nào: hãy sửa các lỗi ở trên." },
        { ["validate", "khong-co.yaml"], "0 file(s) checked: 1 error(s), 0 warning(s).", "Đã kiểm tra 0 tệp: 1 lỗi, 0 cảnh báo." },
        { ["diff", "cu.yaml", "moi.yaml"], "error E201: no such file \"cu.yaml\"", "lỗi E201: không tìm thấy tệp \"cu.yaml\"" },
        { ["diff", Inputs.UnknownAgency, Inputs.Clean], "error E004", "lỗi E004" },
        { ["diff", "a", "b", "c", "--git"], "git passes 7 arguments", "git truyền 7 tham số" },
        { ["diff", "a", "b", "c", "d", "e", "f", "g", "--redline", "x.docx"], "--redline needs two plan files", "--redline cần hai tệp kế hoạch" },
        { ["next-year", "khong-co.yaml"], "cchc next-year: no such file \"khong-co.yaml\"", "cchc next-year: không tìm thấy tệp \"khong-co.yaml\"" },
        { ["next-year", "{plan}", "--to", "1800"], "the new year 1800 is not valid (current plan: 2026)", "năm mới 1800 không hợp lệ (kế hoạch hiện tại: 2026)" },
        { ["next-year", "{plan}", "-o", "{plan}"], "already exists; choose another name with -o or overwrite it with --force", "đã có; chọn tên khác bằng -o hoặc ghi đè bằng --force" },
        { ["next-year", Inputs.UnknownAgency], "error E004", "lỗi E004" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void A_failing_command_speaks_english_with_lang_en(string[] args, string english, string vietnamese)
    {
        var run = CliRun.Of([.. Expand(args), "--lang", "en"]);
        Assert.NotEqual(0, run.Exit);
        Assert.Contains(english, run.All, StringComparison.Ordinal);
        Assert.DoesNotContain(vietnamese, run.All, StringComparison.Ordinal);
        foreach (var line in MessageLines(run))
        {
            Assert.False(HasVietnameseLetter(WithoutQuotes(line)), $"Vietnamese in an English message: {line}");
        }
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public void Without_lang_the_same_command_speaks_vietnamese(string[] args, string english, string vietnamese)
    {
        var run = CliRun.Of(Expand(args));
        Assert.NotEqual(0, run.Exit);
        Assert.Contains(vietnamese, run.All, StringComparison.Ordinal);
        Assert.DoesNotContain(english, run.All, StringComparison.Ordinal);
        Assert.Equal(run.All, CliRun.Of([.. Expand(args), "--lang", "vi"]).All);
    }

    [Fact]
    public void Next_year_reports_its_changes_and_review_list_in_english()
    {
        var run = CliRun.Of("next-year", Plan(), "-o", Path.Combine(_dir, "moi.yaml"), "--lang", "en");
        Assert.Equal(0, run.Exit);
        Assert.Contains("the 2027 draft plan from", run.Out, StringComparison.Ordinal);
        Assert.Contains("  line 61: deadline of task tc-ra-soat: \"Quý I/2026\" → \"Quý I/2027\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("For a person to review (3):", run.Out, StringComparison.Ordinal);
        Assert.Contains("is a fixed date or month, moved to", run.Out, StringComparison.Ordinal);
        Assert.Contains("1 passage(s) still name 2026", run.Out, StringComparison.Ordinal);
        foreach (var line in MessageLines(run))
        {
            // A legal basis is named by its Vietnamese title, which the plan holds: a value, not a message word.
            var words = LegalBasis().Replace(WithoutQuotes(line), "");
            Assert.False(HasVietnameseLetter(words), $"Vietnamese in an English message: {line}");
        }
    }

    [Fact]
    public void Next_year_reports_in_vietnamese_by_default()
    {
        var run = CliRun.Of("next-year", Plan(), "-o", Path.Combine(_dir, "moi.yaml"));
        Assert.Equal(0, run.Exit);
        Assert.Contains("Đã sửa 11 giá trị:", run.Out, StringComparison.Ordinal);
        Assert.Contains("  dòng 61: thời hạn nhiệm vụ tc-ra-soat: \"Quý I/2026\" → \"Quý I/2027\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("Cần người xem lại (3):", run.Out, StringComparison.Ordinal);
        Assert.Contains("1 đoạn văn còn nhắc năm 2026 (cchc không tự sửa lời văn), ở các dòng 46", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("diff")]
    [InlineData("next-year")]
    [InlineData("build")]
    [InlineData("validate")]
    public void Help_lists_lang(string command)
    {
        var run = CliRun.Of(command, "--help");
        Assert.Equal(0, run.Exit);
        Assert.Contains("--lang <vi|en>", run.Out, StringComparison.Ordinal);
    }

    private string[] Expand(string[] args) =>
        [.. args.Select(a => a == "{plan}" ? Plan() : a.Replace("{dir}", _dir, StringComparison.Ordinal))];

    /// <summary>A valid 2026 plan in this test's folder (next-year writes beside it).</summary>
    private string Plan()
    {
        var path = Path.Combine(_dir, "ke-hoach-2026.yaml");
        if (!File.Exists(path))
        {
            File.Copy(Inputs.Clean, path);
        }

        return path;
    }

    /// <summary>The lines cchc wrote, without the quoted source line and caret a finding shows under it.</summary>
    private static IEnumerable<string> MessageLines(CliRun run) =>
        run.All.Split('\n').Where(l => l.Length > 0 && !l.StartsWith("    ", StringComparison.Ordinal));

    /// <summary>
    /// The line without what comes before its first ": " (the file and position a finding is at) and without quoted
    /// values ("…"), which keep the plan's own words.
    /// </summary>
    private static string WithoutQuotes(string line)
    {
        var message = line.IndexOf(": ", StringComparison.Ordinal) is > 0 and var i ? line[(i + 2)..] : line;
        return Quoted().Replace(message, "\"\"");
    }

    /// <summary>
    /// A letter of Vietnamese that English does not use: any letter outside ASCII (đ, ư, ế…), or a combining mark.
    /// Not <c>Normalize(FormD)</c>: the tests run with invariant globalization, where it leaves "ế" whole.
    /// </summary>
    internal static bool HasVietnameseLetter(string text) =>
        text.Any(c => (c > 0x7F && char.IsLetter(c)) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"legal basis .* \(\d{4}\)")]
    private static partial Regex LegalBasis();
}
