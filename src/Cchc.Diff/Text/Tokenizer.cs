using System.Globalization;
using Cchc.Model;

namespace Cchc.Diff.Text;

internal enum TokenKind : byte
{
    Word,
    Punct,
    Space,
}

/// <summary>A piece of text: <see cref="Key"/> is its composed (NFC) form, what a diff compares.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, string Key)
{
    public int? Year => Kind == TokenKind.Word && YearTokens.IsYear(Key) ? int.Parse(Key, CultureInfo.InvariantCulture) : null;
}

/// <summary>Splits text into words (letters, digits and their marks), single punctuation marks and whitespace runs.</summary>
internal static class Tokenizer
{
    public static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            TokenKind kind;
            if (char.IsWhiteSpace(text[i]))
            {
                kind = TokenKind.Space;
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
            }
            else if (IsWordChar(text[i]))
            {
                kind = TokenKind.Word;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }
            }
            else
            {
                kind = TokenKind.Punct;
                i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
                while (i < text.Length && Diacritics.IsMark(text[i]))
                {
                    i++;
                }
            }

            var piece = text[start..i];
            tokens.Add(new Token(kind, piece, kind == TokenKind.Word ? Diacritics.Compose(piece) : piece));
        }

        return [.. tokens];
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || Diacritics.IsMark(c);
}
