using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Cchc.Fuzz;

/// <summary>What Word needs of a written file: a zip whose XML parts are well-formed XML 1.0, valid per the Open XML SDK.</summary>
public static class DocxCheck
{
    private static readonly XmlReaderSettings Strict = new()
    {
        CheckCharacters = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
    };

    /// <summary>The problems of one .docx, empty when none; the SDK validator only when <paramref name="schema"/>.</summary>
    public static List<string> Problems(string path, bool schema)
    {
        var problems = new List<string>();
        try
        {
            using var zip = ZipFile.OpenRead(path);
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
            {
                try
                {
                    using var stream = entry.Open();
                    using var reader = XmlReader.Create(stream, Strict);
                    while (reader.Read())
                    {
                    }
                }
                catch (XmlException ex)
                {
                    problems.Add($"malformed-xml {entry.FullName}: {ex.Message}");
                }
            }
        }
        catch (InvalidDataException ex)
        {
            problems.Add($"not-a-zip: {ex.Message}");
        }

        if (schema && problems.Count == 0)
        {
            try
            {
                using var doc = WordprocessingDocument.Open(path, false);
                problems.AddRange(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(doc).Take(5)
                    .Select(e => $"openxml-invalid {e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
            }
            catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or IOException)
            {
                problems.Add($"openxml-unreadable: {ex.GetType().Name}: {ex.Message}");
            }
        }

        return problems;
    }
}
