using System.Text.RegularExpressions;
using Cchc.Model;

namespace Cchc.Composition.Text;

public static partial class AgencyText
{
    [GeneratedRegex(@"\{([a-z][a-z0-9_]*)\}")]
    private static partial Regex Placeholder();

    /// <summary>Replaces <c>{code}</c> with the agency's full name (prose, e.g. "Theo đề nghị của …").</summary>
    public static string FillNames(string text, IReadOnlyDictionary<string, Agency> registry) =>
        Placeholder().Replace(text, m => registry.TryGetValue(m.Groups[1].Value, out var a) ? a.Name : m.Value);

    /// <summary>An archive entry: a code renders as the agency's abbr, anything else as written.</summary>
    public static string Archive(ArchiveEntry entry, IReadOnlyDictionary<string, Agency> registry) =>
        entry.IsCode && registry.TryGetValue(entry.Text, out var a) && !string.IsNullOrEmpty(a.Abbr) ? a.Abbr : entry.Text;
}
