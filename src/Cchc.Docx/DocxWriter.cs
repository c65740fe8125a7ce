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
            // An explicit id: the SDK would otherwise generate a random one for the package relationship.
            var main = word.AddNewPart<MainDocumentPart>(MainContentType, "rIdMain");
            using (var styles = new MemoryStream(StyleSheet.Default.PartBytes, writable: false))
            {
                main.AddNewPart<StyleDefinitionsPart>("rIdStyles").FeedData(styles);
            }

            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = Settings();
            main.AddNewPart<HeaderPart>(SectionProperties.PageHeaderId).Header = SectionProperties.PageNumberHeader();
            main.AddNewPart<HeaderPart>(SectionProperties.FirstHeaderId).Header = SectionProperties.EmptyHeader();

            var body = new W.Body();
            for (var i = 0; i < document.Sections.Count; i++)
            {
                body.Append(SectionBuilder.Build(document.Sections[i], last: i == document.Sections.Count - 1));
            }

            if (document.Revisions is not null || TrackedChanges.AnyIn(document))
            {
                TrackedChanges.Stamp(body, document.Revisions ?? M.RevisionStamp.Default);
            }

            main.Document = new W.Document(body);
        }

        package.Position = 0;
        output.Write(DeterministicZip.Repack(package));
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
