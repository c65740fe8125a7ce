using Cchc.Cli.Output;
using Cchc.Model;
using Xunit;

namespace Cchc.Tests.Cli;

/// <summary>One finding is one line of human output, whatever line break or control character its quoted value holds.</summary>
public class OneLineFindingTests
{
    public static TheoryData<char> Breaking()
    {
        var data = new TheoryData<char>();
        foreach (var c in Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Append(0x2028).Append(0x2029))
        {
            data.Add((char)c);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Breaking))]
    public void A_control_or_line_break_in_a_quoted_value_is_escaped(char c)
    {
        var w = new StringWriter();
        var value = $"Quý{c}I/2026";
        new HumanDiagnostics(w, "vi").Write(DiagnosticCatalog.E006.At(SourceSpan.None("kế hoạch/a.yaml"), $"không hiểu thời hạn \"{value}\"", "x"));
        var line = w.ToString();
        Assert.EndsWith(Environment.NewLine, line, StringComparison.Ordinal);
        var body = line[..^Environment.NewLine.Length];
        Assert.DoesNotContain(body, ch => char.IsControl(ch) || ch is '\u2028' or '\u2029');
        Assert.Contains("Quý\\", body, StringComparison.Ordinal);
        Assert.StartsWith("kế hoạch/a.yaml: lỗi E006: không hiểu thời hạn \"Quý", body, StringComparison.Ordinal);
    }
}
