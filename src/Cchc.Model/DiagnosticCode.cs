namespace Cchc.Model;

/// <summary>One code of <see cref="DiagnosticCatalog"/>: the severity is the code's, not the call site's.</summary>
public sealed class DiagnosticCode
{
    public DiagnosticCode(string code, Severity severity, string vi, string en)
    {
        Code = code;
        Severity = severity;
        Description = new LocalizedText(vi, en);
    }

    public string Code { get; }

    public Severity Severity { get; }

    /// <summary>What the code means in one line (README, SARIF rules), not the message of one finding.</summary>
    public LocalizedText Description { get; }

    /// <summary>A finding of this code at <paramref name="span"/>, with its own message.</summary>
    public Diagnostic At(SourceSpan span, string vi, string en) => new(Code, Severity, new LocalizedText(vi, en), span);

    public override string ToString() => Code;
}
