using Cchc.Composition.Kinds;
using Cchc.Model;

namespace Cchc.Pipeline;

/// <summary>One .docx ready to be written: where, of which kind (null for the whole package in one file), its bytes.</summary>
public sealed record BuiltDocument(string Path, DocumentKind? Kind, byte[] Bytes);

/// <summary>One source's findings and, when it has no error, its documents.</summary>
public sealed record SourceBuild(string File, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<BuiltDocument> Documents)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>What a build produced, per source in the order given. Nothing is on disk until <see cref="Write"/>.</summary>
public sealed record BuildResult(IReadOnlyList<SourceBuild> Sources)
{
    public bool HasErrors => Sources.Any(s => s.HasErrors);

    public IReadOnlyList<BuiltDocument> Documents => [.. Sources.SelectMany(s => s.Documents)];

    /// <summary>
    /// Writes every document atomically (all or none, stale temporaries of killed builds removed); refuses when
    /// any source has errors, so one bad plan leaves every output untouched. Returns the first failure, or null.
    /// </summary>
    public WriteFailure? Write() => HasErrors
        ? throw new InvalidOperationException("A build with errors is not written.")
        : AtomicFile.WriteAll([.. Documents.Select(d => (d.Path, d.Bytes))]);
}
