using Cchc.Model;

namespace Cchc.Composition.Text;

/// <summary><c>cite(ref)</c> of the plan format (§6): how a legal basis is named in "Căn cứ …".</summary>
internal static class Citation
{
    public static string Cite(LegalRef reference, DocumentStyle style)
    {
        if (reference.Text is { } literal)
        {
            return literal;
        }

        var dateStyle = reference.DateStyle ?? style.RefDate;
        var main = IsLaw(reference.Kind) && reference.Number is null
            ? Join(reference.Kind, reference.Title) + DatePart(reference.Date, dateStyle, style.Blank)
            : (reference.Kind ?? string.Empty) + Described(reference, dateStyle, style.Blank);

        // "also" documents continue the same sentence: "…; số 2898/QĐ-UBND ngày 23/7/2025 của UBND tỉnh …".
        var chain = reference.Also.Select(a => a.Text ?? Described(a, a.DateStyle ?? dateStyle, style.Blank).TrimStart());
        return string.Join("; ", new[] { main.Trim() }.Concat(chain));
    }

    /// <summary>The document code: "05-NQ/TU", "118/2025/NĐ-CP", "76/NQ-CP".</summary>
    public static string? Code(string? number, string? year, string? symbol)
    {
        if (symbol is null)
        {
            return number;
        }

        var n = number ?? string.Empty;
        return symbol.Contains('/', StringComparison.Ordinal) ? $"{n}-{symbol}"
            : year is not null ? $"{n}/{year}/{symbol}"
            : $"{n}/{symbol}";
    }

    /// <summary>" ngày 15 tháng 7 năm 2021", " ngày 15/7/2021", " năm 2025", or nothing.</summary>
    public static string DatePart(DateValue? value, DateStyle dateStyle, string blank)
    {
        if (value?.Date is not { } date)
        {
            return string.Empty;
        }

        if (date.Month is null)
        {
            return " năm " + date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        }

        return dateStyle == DateStyle.Long ? " " + DateText.Long(date, blank) : " ngày " + DateText.Short(date, blank);
    }

    // " số {no}{date}[ của {issuer}][ {title}]"; a null number is the blank, as in "số{blank}/QĐ-UBND".
    private static string Described(LegalRef r, DateStyle dateStyle, string blank)
    {
        var code = Code(r.Number, r.Year, r.Symbol);
        var number = code is null ? string.Empty : r.Number is null ? " số" + blank + code : " số " + code;
        var issuer = r.Issuer is null ? string.Empty : " của " + r.Issuer;
        var title = r.Title is null ? string.Empty : " " + r.Title;
        return number + DatePart(r.Date, dateStyle, blank) + issuer + title;
    }

    private static bool IsLaw(string? kind) => kind is "Luật" or "Bộ luật";

    private static string Join(string? kind, string? title) => string.Join(' ', new[] { kind, title }.Where(s => !string.IsNullOrEmpty(s)));
}
