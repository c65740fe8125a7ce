using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using M = Cchc.Model.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cchc.Docx;

/// <summary>Writes a composed <see cref="M.Document"/> as a .docx laid out as Nghị định 30/2020/NĐ-CP prescribes.</summary>
public static class DocxWriter
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>
    /// Writes <paramref name="document"/> to <paramref name="output"/>. The same document always gives the same
    /// bytes: no clock, no random ids, a fixed entry order and fixed zip timestamps.
    /// </summary>
    /// <exception cref="ArgumentException">The document has no section, or a table that does not fit its columns.</exception>
    public static void Write(M.Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        if (document.Sections.Count == 0)
        {
            throw new ArgumentException("A document needs at least one section.", nameof(document));
        }

        using var package = new MemoryStream();
        using (var word = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            // The fastest level: DeterministicZip compresses every entry again anyway.
            word.CompressionOption = System.IO.Packaging.CompressionOption.SuperFast;
            // An explicit id: the SDK would otherwise generate a random one for the package relationship.
            var main = word.AddNewPart<MainDocumentPart>(MainContentType, "rIdMain");
            using (var styles = new MemoryStream(StyleSheet.Default.PartBytes, writable: false))
            {
                main.AddNewPart<StyleDefinitionsPart>("rIdStyles").FeedData(styles);
            }

            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = Settings();
            main.AddNewPart<HeaderPart>(SectionProperties.PageHeaderId).Header = SectionProperties.PageNumberHeader();
            main.AddNewPart<HeaderPart>(SectionProperties.FirstHeaderId).Header = SectionProperties.EmptyHeader();

            var markup = new BodyMarkup();
            var elements = new List<OpenXmlElement>();
            for (var i = 0; i < document.Sections.Count; i++)
            {
                elements.AddRange(SectionBuilder.Build(document.Sections[i], last: i == document.Sections.Count - 1, markup));
            }

            WriteMainPart(main, elements, markup, document.Revisions ?? (TrackedChanges.AnyIn(document) ? M.RevisionStamp.Default : null));
        }

        package.Position = 0;
        output.Write(DeterministicZip.Repack(package));
    }

    /// <summary>
    /// Streams document.xml: the SDK's own save would collect namespace declarations from every descendant,
    /// parsing the markup back into an element tree, which is the cost it exists to avoid. A document with
    /// tracked changes goes through a buffer first, where its marks get their ids, author and date.
    /// </summary>
    private static void WriteMainPart(MainDocumentPart main, List<OpenXmlElement> elements, BodyMarkup markup, M.RevisionStamp? revisions)
    {
        using var stream = main.GetStream(FileMode.Create, FileAccess.Write);
        using var buffer = revisions is null ? null : new MemoryStream();
        WriteBody(buffer ?? stream, elements, markup);
        if (buffer is not null)
        {
            stream.Write(new UTF8Encoding(false).GetBytes(TrackedChanges.Stamp(Encoding.UTF8.GetString(buffer.ToArray()), revisions!)));
        }
    }

    private static void WriteBody(Stream stream, List<OpenXmlElement> elements, BodyMarkup markup)
    {
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("w", "document", WordXml.Namespace);
        xml.WriteAttributeString("xmlns", "r", null, "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        xml.WriteStartElement("w", "body", WordXml.Namespace);
        foreach (var element in elements)
        {
            if (markup.TryGet(element, out var raw))
            {
                xml.WriteRaw(raw);
            }
            else
            {
                element.WriteTo(xml);
            }
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static W.Settings Settings() => new(
        new W.DefaultTabStop { Val = 720 },
        new W.CharacterSpacingControl { Val = W.CharacterSpacingValues.DoNotCompress },
        new W.Compatibility(new W.CompatibilitySetting
        {
            Name = W.CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));
}
