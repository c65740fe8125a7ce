using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Cchc.Tests.Golden;

/// <summary>XML parts indented one element per line, so an approved part can be read and diffed by a person.</summary>
internal static class PrettyXml
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        Encoding = new UTF8Encoding(false),
    };

    /// <summary>The part re-indented; text (including xml:space="preserve" text) is kept as it is.</summary>
    public static string Format(Stream part)
    {
        var document = XDocument.Load(part, LoadOptions.None);
        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, Settings))
        {
            document.Save(writer);
        }

        return Encoding.UTF8.GetString(output.ToArray()) + "\n";
    }

    /// <summary>Null when equal; otherwise where the first difference is, with the lines around it.</summary>
    public static string? FirstDifference(string expected, string actual)
    {
        var want = expected.Split('\n');
        var got = actual.Split('\n');
        for (var i = 0; i < Math.Max(want.Length, got.Length); i++)
        {
            var w = i < want.Length ? want[i] : "(end of file)";
            var g = i < got.Length ? got[i] : "(end of file)";
            if (w != g)
            {
                var context = string.Join("\n", got.Skip(Math.Max(0, i - 3)).Take(Math.Min(i, 3)).Select(l => "    " + l));
                return $"first difference at line {i + 1}:\n  approved: {w.Trim()}\n  built:    {g.Trim()}\n  built, the lines before it:\n{context}";
            }
        }

        return null;
    }
}
