namespace Cchc.Word;

/// <summary>
/// Caps that keep a hostile or broken file from taking the machine: checked while reading, never trusted from the
/// zip's own size fields alone. A 40-page plan's document.xml is about 1 MB.
/// </summary>
public sealed record WordReaderLimits
{
    /// <summary>The .docx file itself.</summary>
    public long MaxFileBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>One XML part, decompressed.</summary>
    public long MaxPartBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>All parts the reader opens, decompressed, together.</summary>
    public long MaxTotalBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Entries in the zip's central directory.</summary>
    public int MaxEntries { get; init; } = 10_000;

    /// <summary>Nesting of tables, content controls and fields inside each other.</summary>
    public int MaxDepth { get; init; } = 32;

    public static WordReaderLimits Default { get; } = new();
}
