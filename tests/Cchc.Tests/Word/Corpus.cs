using Cchc.Tests.Support;
using Cchc.Word;
using Xunit;

namespace Cchc.Tests.Word;

/// <summary>The foreign Word files of tests/Cchc.Tests/WordCorpus (made by WordCorpus/make_corpus.py) and reading helpers.</summary>
internal static class Corpus
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "Cchc.Tests", "WordCorpus");

    public static WordDocument Read(string name)
    {
        var result = WordReader.Read(Path.Combine(Folder, name));
        Assert.Empty(result.Diagnostics);
        return result.Document!;
    }

    /// <summary>Text compared as LibreOffice's text export shows it: whitespace runs (tabs, breaks) as one space, trimmed.</summary>
    public static string Normal(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text.Replace('\u2011', '-'), "[ \t\r\n]+", " ").Trim();

    /// <summary>
    /// As <see cref="Normal"/>, with a leading bullet glyph read as "•": LibreOffice's text export draws its own
    /// glyph for deeper bullet levels ("◦" where the file's w:lvlText is "–"), so bullets are compared as bullets.
    /// </summary>
    public static string NormalBullet(string text) =>
        System.Text.RegularExpressions.Regex.Replace(Normal(text), "^[•◦–▪\u25AA\u2022] ", "• ");

    /// <summary>The non-empty lines of LibreOffice's text export of <paramref name="name"/>.</summary>
    public static List<string> LibreOfficeLines(string name) =>
    [
        .. File.ReadAllText(Path.Combine(Folder, Path.GetFileNameWithoutExtension(name) + ".lo.txt"))
            .TrimStart('\uFEFF').Split('\n').Select(NormalBullet).Where(l => l.Length > 0),
    ];

    /// <summary>What the reader shows: each non-empty paragraph's label and text, line breaks split as LibreOffice splits them.</summary>
    public static List<string> ReaderLines(WordDocument document) =>
    [
        .. document.Paragraphs.SelectMany(p => p.DisplayText.Split('\n')).Select(NormalBullet).Where(l => l.Length > 0),
    ];
}
