using Cchc.Model;
using Cchc.Word;

namespace Cchc.Check;

/// <summary>Fonts on all four slots, legacy TCVN3/VNI fonts and text, NFC, the sample placeholder (nd30-format §2, §9.2).</summary>
internal static class TextRules
{
    private const string TimesNewRoman = "Times New Roman";

    /// <summary>Latin-1 letters and signs no Unicode Vietnamese text uses, but TCVN3 (ABC) and VNI text is full of ("Céng hoµ x· héi", "Coäng hoøa").</summary>
    private const string LegacyMarks = "\u00AD¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ";

    public static void Check(WordDocument doc, Findings f)
    {
        var all = doc.Paragraphs.Concat(doc.HeadersFooters.SelectMany(h => h.Paragraphs)).ToList();
        Fonts(all, f);
        foreach (var p in all)
        {
            if (IsLegacyText(p.Text))
            {
                f.Add(CheckRules.LegacyText, p.Position, $"Đoạn {Looks.Quote(p)} gõ theo bảng mã cũ TCVN3/VNI; Nghị định 30 quy định chữ Unicode (TCVN 6909:2001): chuyển mã bằng Unikey hoặc EVKey.",
                    $"Paragraph {Looks.Quote(p)} is in the legacy TCVN3/VNI encoding; Decree 30 requires Unicode (TCVN 6909:2001): convert it (Unikey, EVKey).");
            }
            else if (!string.Equals(p.Text, Diacritics.Compose(p.Text), StringComparison.Ordinal))
            {
                f.Add(CheckRules.NotNfc, p.Position, $"Đoạn {Looks.Quote(p)} có chữ tổ hợp (dấu gõ rời, không dựng sẵn); Nghị định 30 quy định chữ Unicode dựng sẵn (NFC).",
                    $"Paragraph {Looks.Quote(p)} has decomposed letters (separate combining marks); Decree 30 requires precomposed Unicode (NFC).");
            }

            if (Looks.Text(p).Contains("(Chữ ký của người có thẩm quyền", StringComparison.Ordinal))
            {
                f.Add(CheckRules.Placeholder, p.Position, "Còn dòng chữ mẫu \"(Chữ ký của người có thẩm quyền…)\" của Phụ lục III; văn bản thật không in dòng này.",
                    "The sample line \"(Chữ ký của người có thẩm quyền…)\" of Phụ lục III is left in; a real document does not print it.");
            }
        }
    }

    public static bool IsLegacyFont(string font) =>
        font.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase) || font.StartsWith("VNI", StringComparison.OrdinalIgnoreCase)
        || font.StartsWith("VN ", StringComparison.OrdinalIgnoreCase) || font.StartsWith("VN-", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Vietnamese typed in TCVN3 or VNI: three or more legacy marks stuck to letters ("x·", "hoµ", "Coäng"), or, in
    /// text without a single Unicode Vietnamese letter, one legacy letter inside a word ("NhiÖm vô").
    /// </summary>
    public static bool IsLegacyText(string text)
    {
        var hits = 0;
        var letters = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (LegacyMarks.Contains(text[i], StringComparison.Ordinal)
                && (i > 0 && char.IsLetter(text[i - 1]) || i + 1 < text.Length && char.IsLetter(text[i + 1])))
            {
                hits++;
                letters += char.IsLetter(text[i]) ? 1 : 0;
            }
        }

        return hits >= 3 || letters >= 1 && !text.Any(IsVietnameseLetter);
    }

    /// <summary>ă, đ, ơ, ư and the tone-marked letters of Unicode's Latin Extended Additional block: only Unicode Vietnamese has them.</summary>
    private static bool IsVietnameseLetter(char c) => c is >= '\u1EA0' and <= '\u1EF9' or 'ă' or 'Ă' or 'đ' or 'Đ' or 'ơ' or 'Ơ' or 'ư' or 'Ư' or 'ĩ' or 'Ĩ' or 'ũ' or 'Ũ';

    /// <summary>One finding per font and rule, at its first run, with the number of paragraphs using it.</summary>
    private static void Fonts(List<WordParagraph> all, Findings f)
    {
        var seen = new Dictionary<(CheckRule Rule, string Font), (WordParagraph First, HashSet<string> Slots, int Count)>();
        foreach (var p in all)
        {
            var inParagraph = new HashSet<(CheckRule, string)>();
            foreach (var run in p.Runs.Where(r => !string.IsNullOrWhiteSpace(r.Text)))
            {
                var fonts = run.Format.Fonts;
                foreach (var (slot, font) in new[] { ("ascii", fonts.Ascii), ("hAnsi", fonts.HAnsi), ("cs", fonts.ComplexScript), ("eastAsia", fonts.EastAsia) })
                {
                    if (font is null || font.Equals(TimesNewRoman, StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    var rule = IsLegacyFont(font) ? CheckRules.LegacyFont : slot == "eastAsia" ? CheckRules.EastAsiaFont : CheckRules.Font;
                    var key = (rule, font);
                    var entry = seen.TryGetValue(key, out var e) ? e : (p, new HashSet<string>(StringComparer.Ordinal), 0);
                    entry.Item2.Add(slot);
                    if (inParagraph.Add(key))
                    {
                        entry.Item3++;
                    }

                    seen[key] = entry;
                }
            }
        }

        foreach (var ((rule, font), (first, slots, count)) in seen)
        {
            var where = string.Join(", ", slots.Order(StringComparer.Ordinal));
            var (vi, en) = rule == CheckRules.LegacyFont
                ? ($"Phông \"{font}\" (ô {where}) là phông mã cũ TCVN3/VNI, ở {count} đoạn; Nghị định 30 quy định phông Unicode Times New Roman.",
                    $"Font \"{font}\" ({where}) is a legacy TCVN3/VNI font, in {count} paragraphs; Decree 30 requires the Unicode font Times New Roman.")
                : ($"Phông \"{font}\" (ô {where}) ở {count} đoạn; Nghị định 30 quy định phông Times New Roman.",
                    $"Font \"{font}\" ({where}) in {count} paragraphs; Decree 30 requires Times New Roman.");
            f.Add(rule, first.Position, vi, en);
        }
    }
}
