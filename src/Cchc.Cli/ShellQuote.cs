namespace Cchc.Cli;

/// <summary>A path as it must be typed in a POSIX shell for a hint to work when pasted: single-quoted when needed.</summary>
internal static class ShellQuote
{
    public static string Path(string path) =>
        path.Length > 0 && path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '_' or '+' or ',' or ':' or '@' or '%')
            ? path
            : "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
