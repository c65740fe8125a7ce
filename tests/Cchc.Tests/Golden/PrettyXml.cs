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
}
