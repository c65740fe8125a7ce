namespace Cchc.Import.Recognition;

/// <summary>Text read from Word as plan text: a literal asterisk would start bold or italic (plan-format.md §1), so it is escaped.</summary>
internal static class Markup
{
    public static string Escape(string text) => text.Replace("*", "\\*", StringComparison.Ordinal);
}
