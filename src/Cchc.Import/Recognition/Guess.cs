using Cchc.Import.Output;
using Cchc.Model;
using Cchc.Word;

namespace Cchc.Import.Recognition;

/// <summary>
/// Something the importer inferred rather than read: printed as a "# cchc: …" comment above <see cref="Node"/>
/// and reported as a warning positioned in the written YAML and in the Word file.
/// </summary>
public sealed record Guess(DiagnosticCode Code, YNode Node, WordPosition? Where, LocalizedText Text);
