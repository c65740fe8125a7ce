namespace Cchc.Model;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>A message in Vietnamese (the default) and English (<c>--lang en</c>).</summary>
public readonly record struct LocalizedText(string Vi, string En)
{
    public string In(string lang) => lang == "en" ? En : Vi;
}

/// <summary>
/// One finding about an input: a stable code (E001…, W101…, or cchc's own codes for I/O and templates),
/// a severity, a message that says what was found and what to do, and where.
/// </summary>
public sealed record Diagnostic(string Code, Severity Severity, LocalizedText Message, SourceSpan Span)
{
    public bool IsError => Severity == Severity.Error;

    public bool Is(DiagnosticCode code) => Code == code.Code;
}
