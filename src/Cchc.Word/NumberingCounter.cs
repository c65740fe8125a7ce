namespace Cchc.Word;

/// <summary>
/// Counts numbered paragraphs as Word does. Instances of one abstract list share their counters (a second w:num
/// of the same list continues it) unless the instance has a w:startOverride, applied the first time the instance
/// is used at that level. Numbering a level resets the deeper levels, except those whose w:lvlRestart says
/// otherwise (0: never; n: only when a level above n is used).
/// </summary>
internal sealed class NumberingCounter(WordNumbering numbering)
{
    private readonly Dictionary<int, int?[]> counters = [];
    private readonly HashSet<(int NumId, int Level)> overridden = [];

    /// <summary>The label for the next paragraph of <paramref name="numId"/> at <paramref name="level"/>, and the level's definition.</summary>
    public (string Label, NumberingLevel Level)? Next(int numId, int level)
    {
        if (!numbering.TryGet(numId, out var instance) || level is < 0 or >= WordNumbering.Levels || instance.Levels[level] is not { } def)
        {
            return null;
        }

        if (!counters.TryGetValue(instance.AbstractId, out var count))
        {
            count = new int?[WordNumbering.Levels];
            counters[instance.AbstractId] = count;
        }

        if (instance.StartOverrides[level] is { } start && overridden.Add((numId, level)))
        {
            count[level] = start - 1;
        }

        count[level] = (count[level] ?? def.Start - 1) + 1;
        for (var deeper = level + 1; deeper < WordNumbering.Levels; deeper++)
        {
            var restart = instance.Levels[deeper]?.Restart;
            if (restart is null || (restart > 0 && level < restart))
            {
                count[deeper] = null;
            }
        }

        return (Render(instance, level, count), def);
    }

    private static string Render(WordNumbering.Instance instance, int level, int?[] count)
    {
        var def = instance.Levels[level]!;
        if (def.Format == "bullet")
        {
            return SymbolFonts.ToUnicode(def.Text ?? "", def.Run.Fonts.Ascii);
        }

        var text = def.Text ?? "";
        var result = new System.Text.StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var n = text[i + 1] - '1';
                var ofLevel = instance.Levels[n];
                var value = count[n] ?? ofLevel?.Start ?? 0;
                var format = ofLevel?.Format ?? "decimal";
                // w:isLgl shows every level of the label as Arabic numerals ("1.1." under a "I." chapter).
                result.Append(NumberFormats.Format(value, def.IsLegal && format != "decimalZero" ? "decimal" : format));
                i++;
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }
}
