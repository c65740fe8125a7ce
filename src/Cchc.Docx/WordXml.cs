using System.Globalization;
using System.Text;
using Cchc.Model;
using M = Cchc.Model.Documents;

namespace Cchc.Docx;

/// <summary>
/// Writes WordprocessingML markup as text: every part of a document is written this way, so there is one way
/// to write a run. An element tree (the Open XML SDK's) costs most of a large build to build and save, and
/// linking the SDK alone triples a native binary's start-up time.
/// </summary>
internal static class WordXml
{
    public const string Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Fonts = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\" />";

    /// <summary>
    /// The children of a paragraph: its style, then its runs with their resolved formats. A paragraph inserted or
    /// deleted as a whole (<paramref name="whole"/>) has its mark and every run tracked; otherwise each run may be.
    /// </summary>
    /// <param name="indent">Left and right indents in twips that narrow the paragraph, or none.</param>
    public static void ParagraphContent(StringBuilder xml, string styleId, IEnumerable<M.Run> runs, Indent? indent = null, M.Revision whole = M.Revision.None)
    {
        xml.Append("<w:pPr><w:pStyle w:val=\"").Append(styleId).Append("\" />");
        if (indent is { } ind)
        {
            xml.Append("<w:ind w:left=\"").Append(Twips(ind.Left)).Append("\" w:right=\"").Append(Twips(ind.Right)).Append("\" />");
        }

        if (whole != M.Revision.None)
        {
            xml.Append("<w:rPr>").Append(TrackedChanges.Mark(whole)).Append("</w:rPr>");
        }

        xml.Append("</w:pPr>");
        var format = StyleSheet.Default.RunFormatOf(styleId);
        foreach (var run in runs)
        {
            Run(xml, run.Text, format with { Bold = format.Bold || run.Bold, Italic = format.Italic || run.Italic },
                whole != M.Revision.None ? whole : run.Revision);
        }
    }

    public static void Paragraph(StringBuilder xml, string styleId, IEnumerable<M.Run> runs, Indent? indent = null, M.Revision whole = M.Revision.None)
    {
        xml.Append("<w:p>");
        ParagraphContent(xml, styleId, runs, indent, whole);
        xml.Append("</w:p>");
    }

    /// <summary>A paragraph of one plain run of <paramref name="text"/>.</summary>
    public static void Paragraph(StringBuilder xml, string styleId, string text, M.Revision whole = M.Revision.None) =>
        Paragraph(xml, styleId, [new M.Run(text)], whole: whole);

    /// <summary>A paragraph with no runs: spacing, a rule, or the place a signature goes.</summary>
    public static void Empty(StringBuilder xml, string styleId, Indent? indent = null, M.Revision whole = M.Revision.None) =>
        Paragraph(xml, styleId, [], indent, whole);

    public static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Run properties in schema order: fonts, bold, italic, size.</summary>
    public static void RunProperties(StringBuilder xml, RunFormat format)
    {
        var size = Twips(format.HalfPoints);
        xml.Append("<w:rPr>").Append(Fonts);
        if (format.Bold)
        {
            xml.Append("<w:b />");
        }

        if (format.Italic)
        {
            xml.Append("<w:i />");
        }

        xml.Append("<w:sz w:val=\"").Append(size).Append("\" /><w:szCs w:val=\"").Append(size).Append("\" /></w:rPr>");
    }

    /// <summary>
    /// Text in NFC; "\n" and a vertical tab (Word's line break in pasted text) become a line break and "\t" a
    /// tab inside the same run. A tracked run sits in w:ins or w:del, deleted text as w:delText.
    /// </summary>
    private static void Run(StringBuilder xml, string text, RunFormat format, M.Revision revision)
    {
        xml.Append(TrackedChanges.Open(revision)).Append("<w:r>");
        RunProperties(xml, format);
        var start = -1;
        var composed = Diacritics.Compose(text);
        for (var i = 0; i <= composed.Length; i++)
        {
            var ch = i < composed.Length ? composed[i] : '\n';
            if (ch is '\n' or '\v' or '\t' or '\r')
            {
                if (start >= 0)
                {
                    Text(xml, composed.AsSpan(start, i - start), revision == M.Revision.Deleted ? "w:delText" : "w:t");
                    start = -1;
                }

                if (i < composed.Length && ch != '\r')
                {
                    xml.Append(ch == '\t' ? "<w:tab />" : "<w:br />");
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        xml.Append("</w:r>").Append(TrackedChanges.Close(revision));
    }

    private static void Text(StringBuilder xml, ReadOnlySpan<char> text, string element)
    {
        var preserve = text[0] == ' ' || text[^1] == ' ' || text.Contains("  ", StringComparison.Ordinal);
        xml.Append('<').Append(element).Append(preserve ? " xml:space=\"preserve\">" : ">");
        Escape(xml, text);
        xml.Append("</").Append(element).Append('>');
    }

    /// <summary>
    /// The one way text reaches markup, in element content and attribute values alike: markup characters are
    /// escaped, tab, line feed and carriage return written as character references (so an attribute keeps
    /// them), and what XML 1.0 forbids or Word rejects is left out: the other C0 controls, DEL and the C1
    /// controls, U+FFFE, U+FFFF and unpaired surrogates. Validation reports those characters in the plan.
    /// </summary>
    public static void Escape(StringBuilder xml, ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                xml.Append(ch).Append(text[++i]);
                continue;
            }

            _ = ch switch
            {
                '&' => xml.Append("&amp;"),
                '<' => xml.Append("&lt;"),
                '>' => xml.Append("&gt;"),
                '"' => xml.Append("&quot;"),
                '\t' => xml.Append("&#x9;"),
                '\n' => xml.Append("&#xA;"),
                '\r' => xml.Append("&#xD;"),
                _ when IsLeftOut(ch) => xml,
                _ => xml.Append(ch),
            };
        }
    }

    /// <summary>A character <see cref="Escape"/> never writes (a surrogate here is an unpaired one).</summary>
    private static bool IsLeftOut(char ch) => char.IsControl(ch) || char.IsSurrogate(ch) || ch is '\uFFFE' or '\uFFFF';

    /// <summary><paramref name="text"/> escaped, for parts assembled as strings.</summary>
    public static string Escaped(string text)
    {
        var xml = new StringBuilder(text.Length + 16);
        Escape(xml, text);
        return xml.ToString();
    }
}

/// <summary>Left and right paragraph indents in twips.</summary>
internal readonly record struct Indent(int Left, int Right)
{
    /// <summary>Equal indents on both sides, or none for 0.</summary>
    public static Indent? Both(int twips) => twips > 0 ? new(twips, twips) : null;
}
