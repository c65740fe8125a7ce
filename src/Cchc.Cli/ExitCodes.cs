namespace Cchc.Cli;

public static class ExitCodes
{
    /// <summary>Everything is clean.</summary>
    public const int Ok = 0;

    /// <summary>The plans have errors (or warnings under --strict); for diff --exit-code: there are differences.</summary>
    public const int Findings = 1;

    /// <summary>Usage or I/O error: bad arguments, a missing file, a folder without plans.</summary>
    public const int Usage = 2;
}
