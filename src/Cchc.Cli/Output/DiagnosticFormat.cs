namespace Cchc.Cli.Output;

public enum DiagnosticFormat
{
    Human,
    Json,
    Github,
    Sarif,
}
