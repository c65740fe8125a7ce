using System.Globalization;
using Cchc.Tests.Support;
using Cchc.Tests.Validation;
using Cchc.Yaml;
using Xunit;

namespace Cchc.Tests.Loading;

/// <summary>
/// W115 for every character class XML 1.0 forbids or that is an invisible control, written raw or as an escape
/// in every scalar style: reported once per scalar, at the character when it is raw, saying what cchc does with it.
/// </summary>
public sealed class ControlCharacterTests : IDisposable
{
    private const string Title = "  title: \"Cải cách hành chính phường Hải Dương năm 2026\"";

    private readonly string _dir = Directory.CreateTempSubdirectory("cchc-control-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Every code point W115 reports: C0 but tab/LF/CR, DEL, C1, BOM, noncharacters, surrogates, bidi controls.</summary>
    public static IEnumerable<int> Reported() =>
        Enumerable.Range(0, 0x20).Where(c => c is not (0x09 or 0x0A or 0x0D))
            .Append(0x7F).Concat(Enumerable.Range(0x80, 0x20)).Append(0xFEFF).Append(0xFFFE).Append(0xFFFF)
            .Concat([0xD800, 0xDABC, 0xDBFF, 0xDC00, 0xDFFF]).Concat(Enumerable.Range(0x202A, 5)).Concat(Enumerable.Range(0x2066, 4));

    /// <summary>Characters next to them that are fine: tab, letters, spaces of other widths, separators, an emoji (a surrogate pair).</summary>
    public static IEnumerable<int> Fine() =>
        [0x09, 0x41, 0xA0, 0xE1, 0x1EA1, 0x200B, 0x2028, 0x2029, 0x202F, 0xFFFD, 0xFFFC, 0x1F600];

    private static string Hex(int c) => c.ToString("X4", CultureInfo.InvariantCulture);

    [Fact]
    public void Every_reported_class_written_as_an_escape_is_W115_at_the_scalar()
    {
        foreach (var c in Reported())
        {
            var escape = c == 0 ? "\\0" : $"\\u{Hex(c)}";
            var plan = PlanText.Base.Replace(Title, $"  title: \"Cải cách {escape}{escape} hành chính phường Hải Dương năm 2026\"");
            var found = plan.Check();
            if (char.IsSurrogate((char)c))
            {
                // YAML refuses a lone surrogate escape itself: a syntax error at the string, saying so.
                var e101 = Assert.Single(found, d => d.Code == "E101");
                Assert.Equal(plan.Where("\"Cải cách").Line, e101.Span.Line);
                Assert.Contains("surrogate", e101.Message.Vi, StringComparison.Ordinal);
                continue;
            }

            Assert.True(found.Any(d => d.Code == "W115"), $"U+{Hex(c)}: {Expect.Show(found)}");
            var w115 = Expect.Single(found, "W115", plan.Where("\"Cải cách"));
            Assert.Contains($"U+{Hex(c)}", w115.Message.Vi, StringComparison.Ordinal);
            Assert.Contains(c == 0x0B ? "ngắt dòng" : c is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069 ? "hãy xóa" : "bỏ ký tự này", w115.Message.Vi, StringComparison.Ordinal);
            Assert.False(w115.IsError);
        }
    }

    [Fact]
    public void Fine_characters_are_not_reported()
    {
        foreach (var c in Fine())
        {
            var escape = c > 0xFFFF ? $"\\U{c:X8}" : $"\\u{Hex(c)}";
            var plan = PlanText.Base.Replace(Title, $"  title: \"Cải cách {escape} hành chính phường Hải Dương năm 2026\"");
            Expect.None(plan.Check(), "W115");
        }
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("single")]
    [InlineData("double")]
    [InlineData("literal")]
    public void A_raw_character_is_W115_at_its_own_line_and_column(string style)
    {
        foreach (var c in Reported().Where(c => !char.IsSurrogate((char)c) && c is not 0x85))
        {
            var ch = ((char)c).ToString();
            var value = $"Cải cách{ch}hành chính năm 2026";
            var line = style switch
            {
                "plain" => $"  title: {value}",
                "single" => $"  title: '{value}'",
                "double" => $"  title: \"{value}\"",
                _ => $"  title: |\n    {value}",
            };
            var plan = PlanText.Base.Replace(Title, line);
            var loaded = PlanLoader.Load(plan.Text, "raw.yaml");
            if (loaded.Diagnostics.Any(d => d.Code == "E101"))
            {
                // YAML itself refuses some raw controls in some styles: a syntax error where it stands.
                continue;
            }

            var at = plan.Where(ch + "hành chính năm");
            Expect.Single(plan.Check(), "W115", at);
        }
    }

    [Fact]
    public void A_vertical_tab_pasted_from_Word_into_a_file_is_a_warning_not_a_binary_file()
    {
        var plan = PlanText.Base.Replace(Title, "  title: \"Cải cách hành chính\vphường Hải Dương năm 2026\"");
        var file = Path.Combine(_dir, "dan-tu-word.yaml");
        File.WriteAllText(file, plan.Text);
        var run = CliRun.Of("validate", file);
        Assert.Equal(0, run.Exit);
        var (line, column) = plan.Where("\vphường");
        Assert.Contains($"dan-tu-word.yaml({line},{column}): cảnh báo W115: văn bản có ký tự U+000B", run.All, StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_plans_hold_no_such_character()
    {
        foreach (var file in RepoPaths.PlanFiles)
        {
            var loaded = PlanLoader.LoadFile(file, file);
            Expect.None(loaded.Diagnostics, "W115");
        }
    }
}
