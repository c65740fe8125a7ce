using System.Text;

namespace Cchc.Yaml;

/// <summary>
/// The regular expressions of the JSON Schema, so an editor flags what cchc rejects: PartialDate and period with
/// real months and days (leap years included, years 1900–2200, as the loader reads them), and the deadline
/// grammar of the spec's §10 as far as a regular expression can say it (case-insensitive, any spacing around "/"
/// and ",", quarters strictly increasing, real dates). What it cannot say (a range's end before its start, a
/// deadline outside the plan period) only cchc checks. Written for both ECMAScript (the YAML language server) and
/// .NET regular expressions: no inline options, no lookbehind, ASCII digits only.
/// </summary>
internal static class JsonSchemaPatterns
{
    private const string Year = "(?:19[0-9]{2}|2[01][0-9]{2}|2200)";
    private const string LeapYear = "(?:(?:19|20|21)(?:0[48]|[2468][048]|[13579][26])|2000)";
    private const string Month = "(?:0?[1-9]|1[0-2])";
    private const string Month31 = "(?:0?[13578]|1[02])";
    private const string Month30 = "(?:0?[469]|11)";
    private const string Day31 = "(?:0?[1-9]|[12][0-9]|3[01])";
    private const string Day30 = "(?:0?[1-9]|[12][0-9]|30)";
    private const string Day28 = "(?:0?[1-9]|1[0-9]|2[0-8])";
    private const string Slash = @"\s*/\s*";
    private const string Comma = @"\s*,\s*";

    /// <summary>"YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a day that exists.</summary>
    public static string PartialDate { get; } =
        $@"^\s*(?:{Year}(?:-{Month})?|{Year}-(?:{Month31}-{Day31}|{Month30}-{Day30}|0?2-{Day28})|{LeapYear}-0?2-29)\s*$";

    /// <summary>"YYYY" or "YYYY-YYYY".</summary>
    public static string Period { get; } = $@"^\s*{Year}(?:-{Year})?\s*$";

    /// <summary>A deadline string of §10.</summary>
    public static string Deadline { get; } = BuildDeadline();

    private static string BuildDeadline()
    {
        var date = $"(?:(?:{Day31}{Slash}{Month31}|{Day30}{Slash}{Month30}|{Day28}{Slash}0?2){Slash}{Year}|29{Slash}0?2{Slash}{LeapYear})";
        var yearAfter = $@"(?:{Slash}|\s+{Words("năm")}\s+){Year}";
        var month = $"{Words("tháng ")}{Month}{yearAfter}";
        string R(string roman) => Words(roman);
        var quarterSeq = $"(?:{R("i")}(?:{Comma}{R("ii")})?(?:{Comma}{R("iii")})?(?:{Comma}{R("iv")})?"
            + $"|{R("ii")}(?:{Comma}{R("iii")})?(?:{Comma}{R("iv")})?|{R("iii")}(?:{Comma}{R("iv")})?|{R("iv")})";
        var roman = $"(?:{R("iv")}|{R("iii")}|{R("ii")}|{R("i")})";
        var quarters = $"{Words("quý ")}{quarterSeq}{yearAfter}";
        var half = $@"{Words("6 tháng ")}(?:{Words("đầu")}|{Words("cuối")})\s+{Words("năm ")}{Year}";
        var wholeYear = $@"{Words("cả năm")}(?:\s+{Year})?";
        var day = $"(?:{Words("ngày ")})?{date}";
        var point = $"(?:{Words("trong ")})?(?:{day}|{month}|{quarters}|{half}|{Words("năm ")}{Year})";
        var before = $"{Words("trước ")}(?:{Words("trong ")})?(?:{day}|{month}|{quarters})";
        var start = $"(?:{point}|{Words("tháng ")}{Month}|{Words("quý ")}{roman})";
        var range = $@"(?:{Words("từ ")})?{start}\s+{Words("đến ")}{point}";
        var conditional = $@"(?:{Words("theo")}|{Words("khi")}|{Words("sau khi")})\s+\S[\s\S]*";
        return $@"^\s*(?:{Words("thường xuyên")}|{wholeYear}|{before}|{range}|{point}|{conditional})\s*$";
    }

    /// <summary>A lower-case phrase matched in any case, each space standing for any run of white space.</summary>
    private static string Words(string phrase)
    {
        var sb = new StringBuilder();
        foreach (var c in phrase)
        {
            var upper = char.ToUpperInvariant(c);
            if (c == ' ')
            {
                sb.Append(@"\s+");
            }
            else if (upper != c)
            {
                sb.Append('[').Append(c).Append(upper).Append(']');
            }
            else
            {
                sb.Append(c is '.' or '(' or ')' or '[' or ']' or '*' or '+' or '?' or '\\' ? "\\" + c : c.ToString());
            }
        }

        return sb.ToString();
    }
}
