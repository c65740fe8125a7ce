namespace Cchc.Sheets;

internal enum RawKind
{
    Empty,
    Text,
    Number,

    /// <summary>A number whose cell format shows it as a date: a date serial.</summary>
    Date,
    Boolean,
    Error,
    IsoDate,
}

/// <summary>One cell as stored: its kind, its text (the shared or inline string, the number as written) and whether a formula made it.</summary>
internal sealed record RawCell(string Reference, RawKind Kind, string Text, bool Formula)
{
    public bool IsBlank => Kind == RawKind.Empty || (Kind == RawKind.Text && Text.Trim().Length == 0);
}
