using Cchc.Model.Documents;

namespace Cchc.Docx;

/// <summary>
/// A4 page geometry in twips, nd30-format §1 default profile: margins top/bottom 20 mm, left 30 mm, right
/// 15 mm, header 10 mm. Landscape keeps the same margin names (option A of §1).
/// </summary>
internal sealed record PageLayout(int Width, int Height, bool Landscape)
{
    public const int ShortSide = 11906;
    public const int LongSide = 16838;
    public const int MarginTop = 1134;
    public const int MarginBottom = 1134;
    public const int MarginLeft = 1701;
    public const int MarginRight = 851;
    public const int HeaderDistance = 567;
    public const int FooterDistance = 567;

    public static PageLayout Portrait { get; } = new(ShortSide, LongSide, false);
    public static PageLayout LandscapePage { get; } = new(LongSide, ShortSide, true);

    /// <summary>9354 portrait, 14286 landscape.</summary>
    public int TextWidth => Width - MarginLeft - MarginRight;

    public static PageLayout For(Orientation orientation) =>
        orientation == Orientation.Landscape ? LandscapePage : Portrait;
}
