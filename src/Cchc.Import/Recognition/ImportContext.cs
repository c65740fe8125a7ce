using Cchc.Import.Output;
using Cchc.Model;
using Cchc.Word;

namespace Cchc.Import.Recognition;

/// <summary>What the recognisers of one import share: the Word file's name, findings and guesses.</summary>
public sealed class ImportContext(string sourceName)
{
    /// <summary>The Word file's name as diagnostics print it ("ke-hoach.docx").</summary>
    public string SourceName { get; } = sourceName;

    /// <summary>Findings that are not guesses (unreadable parts, missing pieces), positioned in the Word file.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    public List<Guess> Guesses { get; } = [];

    /// <summary>Records a guess: the comment goes on the node, the warning is made once the YAML is printed.</summary>
    public void Guessed(DiagnosticCode code, YNode node, WordPosition? where, string vi, string en)
    {
        node.Comments.Add("cchc: " + vi);
        Guesses.Add(new Guess(code, node, where, new LocalizedText(vi, en)));
    }
}
