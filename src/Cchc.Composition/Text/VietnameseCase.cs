namespace Cchc.Composition.Text;

/// <summary>Case changes that keep Vietnamese diacritics ("Ủy ban" → "ỦY BAN").</summary>
internal static class VietnameseCase
{
    public static string Upper(string text) => text.ToUpperInvariant();

    /// <summary>Upper-cases the first letter and lower-cases the rest ("PHÓ CHỦ TỊCH" → "Phó chủ tịch").</summary>
    public static string Cap(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        return char.ToUpperInvariant(text[0]) + text[1..].ToLowerInvariant();
    }
}
