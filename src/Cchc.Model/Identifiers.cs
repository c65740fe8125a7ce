using System.Text.RegularExpressions;

namespace Cchc.Model;

public static partial class Identifiers
{
    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex CodeRx();

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$")]
    private static partial Regex IdRx();

    /// <summary>Agency codes and area keys.</summary>
    public static bool IsCode(string s) => CodeRx().IsMatch(s);

    /// <summary>Task and indicator ids.</summary>
    public static bool IsId(string s) => IdRx().IsMatch(s);
}
