using System.Text.RegularExpressions;
using Cchc.Word;

namespace Cchc.Import.Recognition.Body;

/// <summary>The kinds of label a section or list entry carries; one kind is one level of the body.</summary>
internal enum LabelKind
{
    None,
    Roman,
    Arabic,
    Decimal,
    Alpha,
    Paren,
    ParenDot,
    Dash,
    Plus,
    Star,
    Bullet,
    /// <summary>An unlabelled Word heading; its level is <see cref="BodyLabel.Level"/>.</summary>
    Heading,
}

/// <summary>A label as displayed ("II.", "2.1.", "đ)", "-") with its kind and its place in its sequence.</summary>
internal sealed partial record BodyLabel(string Text, LabelKind Kind, int Ordinal, int Level = 0)
{
    /// <summary>The 23 letters of the Vietnamese alphabet used for điểm (no f, j, w, z).</summary>
    public const string AlphaVi = "abcdđeghiklmnopqrstuvxy";

    public static readonly BodyLabel None = new("", LabelKind.None, 0);

    /// <summary>The Word list the label comes from; null for a typed label. A list is a level of its own.</summary>
    public NumberingRef? Numbering { get; init; }

    [GeneratedRegex(@"^(?<l>(?<roman>[IVXLC]+)\.|(?<dec>\d{1,2}(\.\d{1,2})+)\.?|(?<ar>\d{1,2})\.|(?<alpha>[a-zđ])[).]|\((?<par>\d{1,2})\)(?<pdot>\.)?|(?<dash>[-–])|(?<plus>\+)|(?<star>\*))[ \t\u00A0]+(?=\S)")]
    private static partial Regex Typed();

    /// <summary>A label typed at the start of <paramref name="text"/>, and the text after it.</summary>
    public static (BodyLabel Label, string After) Split(string text)
    {
        var m = Typed().Match(text);
        return m.Success ? (Of(m.Groups["l"].Value) ?? None, text[m.Length..]) : (None, text);
    }

    /// <summary>The kind and ordinal of a label Word numbering displays, or a typed one.</summary>
    public static BodyLabel? Of(string label)
    {
        var l = label.Trim();
        if (l.Length == 0)
        {
            return null;
        }

        if (l is "•" or "◦" or "▪" or "·" or "o" or "" or "")
        {
            return new(l, LabelKind.Bullet, 0);
        }

        var m = Typed().Match(l + " x");
        if (!m.Success || m.Length != l.Length + 1)
        {
            return new(l, LabelKind.Bullet, 0);
        }

        var g = m.Groups;
        if (g["roman"].Success)
        {
            return new(l, LabelKind.Roman, RomanValue(g["roman"].Value));
        }

        if (g["dec"].Success)
        {
            var parts = g["dec"].Value.Split('.');
            return new(l, LabelKind.Decimal, int.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture), parts.Length);
        }

        if (g["ar"].Success)
        {
            return new(l, LabelKind.Arabic, int.Parse(g["ar"].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (g["alpha"].Success)
        {
            var ch = g["alpha"].Value;
            var vi = AlphaVi.IndexOf(ch, StringComparison.Ordinal);
            return new(l, LabelKind.Alpha, vi >= 0 ? vi + 1 : ch[0] - 'a' + 1);
        }

        if (g["par"].Success)
        {
            return new(l, g["pdot"].Success ? LabelKind.ParenDot : LabelKind.Paren, int.Parse(g["par"].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        return g["plus"].Success ? new(l, LabelKind.Plus, 0)
            : g["star"].Success ? new(l, LabelKind.Star, 0)
            : new(l, LabelKind.Dash, 0);
    }

    /// <summary>Two labels are one level of the body when their kinds (and decimal depths) agree.</summary>
    public bool SameLevel(BodyLabel other) => Kind == other.Kind && (Numbering == other.Numbering || SameBullets(other))
        && (Kind is not (LabelKind.Decimal or LabelKind.Heading) || Level == other.Level);

    /// <summary>Two Word lists' bullets with one glyph at one level look alike on the page (pandoc gives every list its own numbering instance).</summary>
    private bool SameBullets(BodyLabel other) => Kind is LabelKind.Bullet or LabelKind.Dash or LabelKind.Plus or LabelKind.Star
        && Numbering is { } a && other.Numbering is { } b && a.Level == b.Level && Text == other.Text;

    private static int RomanValue(string r)
    {
        var map = new Dictionary<char, int> { ['I'] = 1, ['V'] = 5, ['X'] = 10, ['L'] = 50, ['C'] = 100 };
        var total = 0;
        for (var i = 0; i < r.Length; i++)
        {
            var v = map[r[i]];
            total += i + 1 < r.Length && map[r[i + 1]] > v ? -v : v;
        }

        return total;
    }
}
