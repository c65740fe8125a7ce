using System.Xml.Linq;

namespace Cchc.Word;

/// <summary>One level of a list definition (w:lvl).</summary>
internal sealed record NumberingLevel(
    int Start, string Format, string? Text, int? Restart, bool IsLegal, string Suffix,
    string? StyleId, ParagraphFormat Paragraph, RunFormat Run);

/// <summary>
/// numbering.xml: abstract list definitions (w:abstractNum, through w:numStyleLink where a list style names one)
/// and the instances paragraphs point to (w:num, with w:lvlOverride: a w:startOverride or a whole w:lvl).
/// </summary>
internal sealed class WordNumbering
{
    public const int Levels = 9;

    private readonly Dictionary<int, Instance> instances = [];

    public static WordNumbering None { get; } = new();

    public static WordNumbering From(XDocument? doc, WordStyles styles, ThemeFonts theme)
    {
        var result = new WordNumbering();
        var root = doc?.Root;
        var abstracts = new Dictionary<int, XElement>();
        foreach (var a in root.W("abstractNum"))
        {
            if (a.Int("abstractNumId") is { } id)
            {
                abstracts.TryAdd(id, a);
            }
        }

        var nums = new Dictionary<int, XElement>();
        foreach (var n in root.W("num"))
        {
            if (n.Int("numId") is { } id)
            {
                nums.TryAdd(id, n);
            }
        }

        foreach (var (numId, num) in nums)
        {
            var abstractId = Follow(num.W1("abstractNumId").Int(), abstracts, nums, styles);
            if (abstractId is not { } aid || !abstracts.TryGetValue(aid, out var definition))
            {
                continue;
            }

            var levels = new NumberingLevel?[Levels];
            foreach (var lvl in definition.W("lvl"))
            {
                if (lvl.Int("ilvl") is { } i and >= 0 and < Levels)
                {
                    levels[i] = Level(lvl, theme);
                }
            }

            var starts = new int?[Levels];
            foreach (var over in num.W("lvlOverride"))
            {
                if (over.Int("ilvl") is not { } i || i is < 0 or >= Levels)
                {
                    continue;
                }

                if (over.W1("lvl") is { } replacement)
                {
                    levels[i] = Level(replacement, theme);
                }

                starts[i] = over.W1("startOverride").Int();
            }

            result.instances[numId] = new Instance(aid, levels, starts);
        }

        return result;
    }

    public bool TryGet(int numId, out Instance instance) => instances.TryGetValue(numId, out instance!);

    /// <summary>A list style's abstractNum holds only w:numStyleLink: the list is the one the style's w:numId names.</summary>
    private static int? Follow(int? abstractId, Dictionary<int, XElement> abstracts, Dictionary<int, XElement> nums, WordStyles styles)
    {
        for (var hop = 0; hop < 4 && abstractId is { } id && abstracts.TryGetValue(id, out var a); hop++)
        {
            var link = a.W1("numStyleLink").Val();
            if (link is null || a.W("lvl").Any())
            {
                return id;
            }

            var (styleNum, _) = styles.NumberingOf(link);
            abstractId = styleNum is { } sn && nums.TryGetValue(sn, out var n) ? n.W1("abstractNumId").Int() : null;
        }

        return abstractId;
    }

    private static NumberingLevel Level(XElement lvl, ThemeFonts theme) => new(
        lvl.W1("start").Int() ?? 0,
        lvl.W1("numFmt").Val() ?? "decimal",
        lvl.W1("lvlText").Val(),
        lvl.W1("lvlRestart").Int(),
        lvl.W1("isLgl").OnOff() ?? false,
        lvl.W1("suff").Val() ?? "tab",
        lvl.W1("pStyle").Val(),
        PropertyParser.Paragraph(lvl.W1("pPr")),
        PropertyParser.Run(lvl.W1("rPr"), theme));

    /// <summary>A w:num: its abstract list, its levels (overrides applied) and its start overrides.</summary>
    internal sealed record Instance(int AbstractId, NumberingLevel?[] Levels, int?[] StartOverrides)
    {
        /// <summary>The level a paragraph of style <paramref name="styleId"/> takes when its numPr names none.</summary>
        public int LevelOfStyle(string? styleId)
        {
            var i = Array.FindIndex(Levels, l => l?.StyleId is { } s && s == styleId);
            return i < 0 ? 0 : i;
        }
    }
}
