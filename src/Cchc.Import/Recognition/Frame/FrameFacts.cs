using Cchc.Import.Output;
using Cchc.Model;
using Cchc.Word;

namespace Cchc.Import.Recognition.Frame;

/// <summary>A "(Kèm theo Quyết định số … ngày … của …)" line as read.</summary>
internal sealed record AttachedLine(string Kind, string? Number, string Symbol, ReadDate? Date, string AttachedBy, WordPosition Position)
{
    /// <summary>What stands for an unknown number ("số      /QĐ-UBND"), or "".</summary>
    public string Blank { get; init; } = "";
}

/// <summary>What the parts of one package tell about the whole: the style they share and where it was seen.</summary>
internal sealed class FrameFacts
{
    public Letterhead? FirstLetterhead { get; set; }

    public ImportContext? LetterheadContext { get; set; }

    public List<DateStyle> RefDateStyles { get; } = [];

    public DateStyle? AttachedDateStyle { get; set; }

    public string? Blank { get; set; }

    public AttachedLine? Attached { get; set; }

    /// <summary>The issuer's full name ("Ủy ban nhân dân phường Hải Dương") once the letterhead is read.</summary>
    public string? FullName { get; set; }

    /// <summary>The issuing body ("Ủy ban nhân dân").</summary>
    public string? Body { get; set; }

    public void SawBlank(string blank)
    {
        if (blank.Length > 0)
        {
            Blank ??= blank;
        }
    }

    /// <summary>The <c>style</c> mapping: only what differs from the format's defaults.</summary>
    public YMap Style()
    {
        var style = new YMap { Flow = true };
        if (RefDateStyles.Count > 0 && Majority() == DateStyle.Long)
        {
            style.Add("ref_date", "long");
        }

        if (AttachedDateStyle == DateStyle.Short)
        {
            style.Add("attached_date", "short");
        }

        if (FirstLetterhead?.NationalTitle is { } national && national != DocumentStyle.DefaultNationalTitle)
        {
            style.Add("national_title", national);
        }

        if (Blank is { } blank && blank != FrameText.DefaultBlank)
        {
            style.Add("blank", blank);
        }

        return style;
    }

    public DateStyle Majority() => RefDateStyles.Count(s => s == DateStyle.Long) * 2 >= RefDateStyles.Count && RefDateStyles.Count > 0 ? DateStyle.Long : DateStyle.Short;
}
