using System.Globalization;
using System.Text.RegularExpressions;
using Cchc.Import.Output;

namespace Cchc.Import.Recognition.Body;

/// <summary>
/// The targets an indicator's text states: "top 15" (rank), "trên 95%" (gt), "tối thiểu 80%"/"ít nhất"/"đạt
/// từ" (ge), "dưới" (lt), "tối đa"/"không quá" (le), a bare "100%" (eq).
/// </summary>
internal static partial class IndicatorTargets
{
    [GeneratedRegex(@"\btop\s+(?<top>\d+)|(?<op>trên|hơn|vượt|tối thiểu|ít nhất|từ|dưới|tối đa|không quá)?\s*(?<v>\d+(?:[,.]\d+)?)\s*%", RegexOptions.IgnoreCase)]
    private static partial Regex Target();

    public static YSeq? Read(string text)
    {
        var seq = new YSeq();
        foreach (Match m in Target().Matches(text))
        {
            var t = new YMap { Flow = true };
            if (m.Groups["top"].Success)
            {
                t.Add("op", "top").Add("value", new YScalar(m.Groups["top"].Value, plain: true)).Add("unit", "hạng");
            }
            else
            {
                var op = m.Groups["op"].Value.ToLowerInvariant() switch
                {
                    "trên" or "hơn" or "vượt" => "gt",
                    "tối thiểu" or "ít nhất" or "từ" => "ge",
                    "dưới" => "lt",
                    "tối đa" or "không quá" => "le",
                    _ => "eq",
                };
                var value = decimal.Parse(m.Groups["v"].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
                t.Add("op", op).Add("value", new YScalar(value.ToString(CultureInfo.InvariantCulture), plain: true));
            }

            seq.Add(t);
        }

        return seq.Items.Count == 0 ? null : seq;
    }
}
