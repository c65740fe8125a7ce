namespace Cchc.Import.Recognition.Body;

/// <summary>Text read from Word as the format's inline markup: a literal asterisk is "\*".</summary>
internal static class BodyMarkup
{
    public static string Escape(string text) => text.Replace("*", "\\*", StringComparison.Ordinal);
}
