using Cchc.Model;

namespace Cchc.Word;

/// <summary>Why a file cannot be read; the reader turns it into one diagnostic and returns no document.</summary>
internal sealed class WordReadException(DiagnosticCode code, string vi, string en, string? part = null, int line = 0, int column = 0)
    : Exception(en)
{
    public DiagnosticCode Code { get; } = code;
    public string Vi { get; } = vi;
    public string En { get; } = en;
    public string? Part { get; } = part;
    public int Line { get; } = line;
    public int Column { get; } = column;
}
