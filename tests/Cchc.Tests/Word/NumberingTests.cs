using System.IO.Compression;
using System.Text;
using Cchc.Word;
using Xunit;

namespace Cchc.Tests.Word;

/// <summary>Word numbering labels computed from numbering.xml: formats, multilevel lvlText, restarts, overrides, isLgl, style links.</summary>
public sealed class NumberingTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static string Lvl(int ilvl, string fmt, string text, int start = 1, string extra = "") =>
        $"<w:lvl w:ilvl=\"{ilvl}\"><w:start w:val=\"{start}\"/><w:numFmt w:val=\"{fmt}\"/>{extra}<w:lvlText w:val=\"{text}\"/></w:lvl>";

    private static string P(int? numId, int ilvl, string text, string style = "") =>
        "<w:p><w:pPr>" + (style.Length > 0 ? $"<w:pStyle w:val=\"{style}\"/>" : "")
        + (numId is { } n ? $"<w:numPr><w:ilvl w:val=\"{ilvl}\"/><w:numId w:val=\"{n}\"/></w:numPr>" : "")
        + $"</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>";

    private static List<string?> Labels(string numbering, string body, string styles = "")
    {
        var rels = "<Relationship Id=\"rN\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
            + "<Relationship Id=\"rS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>";
        var bytes = MalformedInputTests.Docx(body, zip =>
        {
            Write(zip, "word/numbering.xml", $"<w:numbering xmlns:w=\"{W}\">{numbering}</w:numbering>");
            Write(zip, "word/styles.xml", $"<w:styles xmlns:w=\"{W}\">{styles}</w:styles>");
        }, rels);
        var result = WordReader.Read(new MemoryStream(bytes), "n.docx");
        Assert.Empty(result.Diagnostics);
        return [.. result.Document!.Paragraphs.Select(p => p.Label)];
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var s = zip.CreateEntry(name).Open();
        s.Write(Encoding.UTF8.GetBytes(text));
    }

    public static IEnumerable<object[]> Formats() =>
    [
        ["decimal", new[] { "1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.", "10.", "11.", "12.", "13.", "14.", "15.", "16.", "17.", "18.", "19.", "20.", "21.", "22.", "23.", "24.", "25.", "26.", "27.", "28." }],
        ["decimalZero", new[] { "01.", "02.", "03.", "04.", "05.", "06.", "07.", "08.", "09.", "10.", "11.", "12.", "13.", "14.", "15.", "16.", "17.", "18.", "19.", "20.", "21.", "22.", "23.", "24.", "25.", "26.", "27.", "28." }],
        ["upperRoman", new[] { "I.", "II.", "III.", "IV.", "V.", "VI.", "VII.", "VIII.", "IX.", "X.", "XI.", "XII.", "XIII.", "XIV.", "XV.", "XVI.", "XVII.", "XVIII.", "XIX.", "XX.", "XXI.", "XXII.", "XXIII.", "XXIV.", "XXV.", "XXVI.", "XXVII.", "XXVIII." }],
        ["lowerLetter", new[] { "a.", "b.", "c.", "d.", "e.", "f.", "g.", "h.", "i.", "j.", "k.", "l.", "m.", "n.", "o.", "p.", "q.", "r.", "s.", "t.", "u.", "v.", "w.", "x.", "y.", "z.", "aa.", "bb." }],
    ];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Each_format_counts_as_Word_does(string format, string[] expected)
    {
        var body = string.Concat(Enumerable.Range(1, expected.Length).Select(i => P(1, 0, "x" + i)));
        var labels = Labels($"<w:abstractNum w:abstractNumId=\"0\">{Lvl(0, format, "%1.")}</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>", body);
        Assert.Equal(expected, labels);
    }

    [Fact]
    public void Roman_numerals_match_their_definition_up_to_3999()
    {
        static int Value(string roman)
        {
            var v = new Dictionary<char, int> { ['I'] = 1, ['V'] = 5, ['X'] = 10, ['L'] = 50, ['C'] = 100, ['D'] = 500, ['M'] = 1000 };
            var total = 0;
            for (var i = 0; i < roman.Length; i++)
            {
                total += i + 1 < roman.Length && v[roman[i]] < v[roman[i + 1]] ? -v[roman[i]] : v[roman[i]];
            }

            return total;
        }

        for (var n = 1; n < 4000; n++)
        {
            var roman = NumberFormats.Roman(n);
            Assert.Equal(n, Value(roman));
            Assert.DoesNotContain("IIII", roman, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Multilevel_labels_restart_below_a_higher_level_and_isLgl_shows_arabic()
    {
        var levels = Lvl(0, "upperRoman", "%1.") + Lvl(1, "decimal", "%1.%2.", extra: "<w:isLgl/>") + Lvl(2, "lowerLetter", "%3)");
        var numbering = $"<w:abstractNum w:abstractNumId=\"0\">{levels}</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
        var body = P(1, 0, "A") + P(1, 1, "B") + P(1, 2, "C") + P(1, 2, "D") + P(1, 1, "E") + P(1, 2, "F") + P(1, 0, "G") + P(1, 1, "H") + P(null, 0, "plain");
        Assert.Equal(["I.", "1.1.", "a)", "b)", "1.2.", "a)", "II.", "2.1.", null], Labels(numbering, body));
    }

    [Fact]
    public void LvlRestart_zero_keeps_counting_across_higher_levels()
    {
        var levels = Lvl(0, "upperRoman", "%1.") + Lvl(1, "decimal", "%2.", extra: "<w:lvlRestart w:val=\"0\"/>");
        var numbering = $"<w:abstractNum w:abstractNumId=\"0\">{levels}</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
        Assert.Equal(["I.", "1.", "2.", "II.", "3."], Labels(numbering, P(1, 0, "a") + P(1, 1, "b") + P(1, 1, "c") + P(1, 0, "d") + P(1, 1, "e")));
    }

    [Fact]
    public void A_second_instance_continues_the_list_unless_it_overrides_the_start()
    {
        var numbering = $"<w:abstractNum w:abstractNumId=\"0\">{Lvl(0, "decimal", "%1)")}</w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
            + $"<w:num w:numId=\"4\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\">{Lvl(0, "lowerLetter", "%1)", start: 4)}</w:lvlOverride></w:num>";
        var body = P(1, 0, "a") + P(1, 0, "b") + P(2, 0, "c") + P(3, 0, "d") + P(3, 0, "e") + P(4, 0, "f") + P(0, 0, "none");
        Assert.Equal(["1)", "2)", "3)", "1)", "2)", "c)", null], Labels(numbering, body));
    }

    [Fact]
    public void Numbering_through_a_style_and_symbol_bullets()
    {
        var numbering = $"<w:abstractNum w:abstractNumId=\"0\">{Lvl(0, "decimal", "Điều %1.")}{Lvl(1, "bullet", "\uF0B7", extra: "<w:rPr><w:rFonts w:ascii=\"Symbol\" w:hAnsi=\"Symbol\"/></w:rPr>")}</w:abstractNum>"
            + "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"0\"/></w:num>";
        var styles = "<w:style w:type=\"paragraph\" w:styleId=\"Dieu\"><w:name w:val=\"Điều\"/><w:pPr><w:numPr><w:numId w:val=\"5\"/></w:numPr></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"DieuCon\"><w:basedOn w:val=\"Dieu\"/><w:pPr><w:numPr><w:ilvl w:val=\"1\"/></w:numPr></w:pPr></w:style>";
        var body = P(null, 0, "a", "Dieu") + P(null, 0, "b", "DieuCon") + P(null, 0, "c", "Dieu");
        Assert.Equal(["Điều 1.", "•", "Điều 2."], Labels(numbering, body, styles));
    }
}
