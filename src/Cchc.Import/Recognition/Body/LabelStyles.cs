using System.Globalization;

namespace Cchc.Import.Recognition.Body;

/// <summary>
/// The format's numbering styles as the importer picks them: the style a run of siblings was written in, and
/// the label that style derives for the n-th sibling, so that a label the document skips or repeats
/// (plan 2026's "f)") is kept as a <c>label:</c> override.
/// </summary>
internal static class LabelStyles
{
    public static string StyleOf(IReadOnlyList<BodyLabel> siblings) => siblings[0].Kind switch
        {
            LabelKind.Roman => "roman",
            LabelKind.Arabic => "arabic",
            LabelKind.Decimal => "decimal",
            // Điểm are lettered in the Vietnamese alphabet; a sequence that strays into f, j, w, z keeps those labels as overrides.
            LabelKind.Alpha => "alpha_vi",
            LabelKind.Paren => "paren",
            LabelKind.ParenDot => "paren_dot",
            LabelKind.Plus => "plus",
            LabelKind.Heading => "none",
            _ => "dash",
        };

    /// <summary>The label <paramref name="style"/> gives the <paramref name="n"/>-th (1-based) sibling.</summary>
    public static string Expected(string style, int n, string? parentLabel) => style switch
    {
        "roman" => Roman(n) + ".",
        "arabic" => N(n) + ".",
        "decimal" => (parentLabel ?? "").TrimEnd('.') is { Length: > 0 } p ? p + "." + N(n) + "." : N(n) + ".",
        "alpha_vi" => n <= BodyLabel.AlphaVi.Length ? BodyLabel.AlphaVi[n - 1] + ")" : "",
        "alpha_latin" => n <= 26 ? (char)('a' + n - 1) + ")" : "",
        "paren" => "(" + N(n) + ")",
        "paren_dot" => "(" + N(n) + ").",
        "dash" => "-",
        "plus" => "+",
        _ => "",
    };

    /// <summary>The style sections at <paramref name="depth"/> take by default (1 = top level), as the format says.</summary>
    public static string DefaultForDepth(int depth) => depth switch
    {
        1 => "roman",
        2 => "arabic",
        3 => "alpha_vi",
        _ => "dash",
    };

    private static string Roman(int n)
    {
        var values = new[] { 100, 90, 50, 40, 10, 9, 5, 4, 1 };
        var symbols = new[] { "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
        var s = "";
        for (var i = 0; i < values.Length; i++)
        {
            while (n >= values[i])
            {
                s += symbols[i];
                n -= values[i];
            }
        }

        return s;
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
