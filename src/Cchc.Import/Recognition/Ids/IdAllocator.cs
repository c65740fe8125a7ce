using Cchc.Model;

namespace Cchc.Import.Recognition.Ids;

/// <summary>
/// Ids derived from the text ("ban-hanh-ke-hoach-cai-cach"): the first significant words folded to ASCII, so
/// the same document gives the same ids every time; a repeat gets "-2", "-3"… Codes (agency keys) are made
/// the same way with "_" and the Code pattern.
/// </summary>
internal sealed class IdAllocator
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ImportContext, IdAllocator> PerImport = [];

    private static readonly HashSet<string> Filler =
        ["cac", "cua", "va", "ve", "trong", "cho", "voi", "nam", "theo", "tai", "de", "duoc", "mot", "nhung", "la", "co", "tren"];

    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <summary>The ids of one import: task and indicator ids are unique across the whole file.</summary>
    public static IdAllocator For(ImportContext ctx) => PerImport.GetValue(ctx, _ => new IdAllocator());

    public string Id(string text, string? prefix = null, int words = 4)
    {
        var slug = string.Join('-', Significant(text).Take(words));
        var stem = prefix is null ? slug : slug.Length == 0 ? prefix : prefix + "-" + slug;
        return Unique(stem.Length == 0 ? "x" : Trim(stem, 48), "-", Identifiers.IsId);
    }

    /// <summary>A registry code: <paramref name="stem"/> made to match the Code pattern and unique.</summary>
    public string Code(string stem)
    {
        var s = new string([.. TextFold.Fold(stem).ToLowerInvariant().Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '_')]);
        s = string.Join('_', s.Split('_', StringSplitOptions.RemoveEmptyEntries));
        if (s.Length == 0 || s[0] is < 'a' or > 'z')
        {
            s = "cq_" + s;
        }

        return Unique(Trim(s, 32).TrimEnd('_'), "_", Identifiers.IsCode);
    }

    public void Reserve(string id) => _taken.Add(id);

    private static List<string> Significant(string text)
    {
        var words = TextFold.Words(TextFold.Fold(text).ToLowerInvariant()).ToList();
        var kept = words.Where(w => !Filler.Contains(w)).ToList();
        return kept.Count > 0 ? kept : words;
    }

    private string Unique(string stem, string sep, Func<string, bool> valid)
    {
        var id = stem;
        for (var n = 2; !_taken.Add(id) || !valid(id); n++)
        {
            _taken.Add(id);
            id = stem + sep + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return id;
    }

    private static string Trim(string s, int max) => s.Length <= max ? s : s[..max].TrimEnd('-', '_');
}
