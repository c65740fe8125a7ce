using System.Xml;

namespace Cchc.Packaging;

/// <summary>How every part of a package is parsed: no DTD, no entity expansion, no resolver.</summary>
public static class SafeXml
{
    public static XmlReaderSettings ReaderSettings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };
}
