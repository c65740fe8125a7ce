namespace Cchc.Packaging;

public enum PackageFault
{
    /// <summary>Not a zip, or a damaged or truncated one.</summary>
    Corrupt,

    /// <summary>A part that is not well-formed XML (or declares a DTD).</summary>
    Malformed,

    /// <summary>More entries than the limit: not an ordinary document.</summary>
    TooManyEntries,

    /// <summary>One part decompresses past its cap (a zip bomb, or far from an ordinary file).</summary>
    PartTooLarge,

    /// <summary>All parts read together decompress past the total cap.</summary>
    TotalTooLarge,
}

/// <summary>Why a package cannot be read; each reader turns it into its own diagnostic, in its own words.</summary>
public sealed class PackageException(PackageFault fault, string? part, long limit = 0, int line = 0, int column = 0)
    : Exception($"{fault} {part}")
{
    public PackageFault Fault { get; } = fault;
    public string? Part { get; } = part;

    /// <summary>The cap that was passed: bytes, or entries for <see cref="PackageFault.TooManyEntries"/>.</summary>
    public long Limit { get; } = limit;

    public int Line { get; } = line;
    public int Column { get; } = column;
}
