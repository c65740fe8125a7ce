using System.Runtime.CompilerServices;
using Cchc.Import.Output;
using Cchc.Import.Recognition.Ids;
using Cchc.Model;
using Cchc.Word;

namespace Cchc.Import.Recognition.Agencies;

/// <summary>
/// The agencies one import's documents name, with the codes given to them. The body's responsibility
/// headings and the task table's cells add to the same registry (<see cref="For"/>); a table's short form
/// ("Phòng VHXH") and the body's full name ("Phòng Văn hóa – Xã hội") become one agency.
/// </summary>
public sealed class AgencyRegistry
{
    private static readonly ConditionalWeakTable<ImportContext, AgencyRegistry> PerImport = [];

    private readonly List<Entry> _entries = [];
    private readonly List<string> _pendingAbbreviations = [];
    private readonly IdAllocator _codes = new();
    private readonly ImportContext _ctx;

    private AgencyRegistry(ImportContext ctx) => _ctx = ctx;

    /// <summary>The registry of one import: the body and appendix recognisers and the frame share it.</summary>
    public static AgencyRegistry For(ImportContext ctx) => PerImport.GetValue(ctx, c => new AgencyRegistry(c));

    /// <summary>
    /// The code of the agency named <paramref name="written"/>, registered when new. <paramref name="inTable"/>
    /// says the form is a table cell's (the entry's <c>short</c>); otherwise it is the prose name.
    /// </summary>
    public string Resolve(string written, WordPosition? where, bool inTable)
    {
        written = written.Trim().TrimEnd(':').Trim();
        var key = TextFold.Key(written);
        var found = _entries.FirstOrDefault(e => e.Keys.Contains(key))
            ?? _entries.FirstOrDefault(e => e.Forms.Any(f => AgencyNames.Abbreviates(written, f) || AgencyNames.Abbreviates(f, written)));
        if (found is null && _entries.FirstOrDefault(e => e.Forms.Any(f => AgencyNames.AbbreviatesWithTypo(written, f) || AgencyNames.AbbreviatesWithTypo(f, written))) is { } typo)
        {
            found = typo;
            typo.Notes.Add(($"đoán \"{written}\" là cách viết (có thể gõ nhầm) của \"{typo.Name}\"", $"guessed \"{written}\" is a (possibly mistyped) form of \"{typo.Name}\""));
        }

        if (found is null)
        {
            found = new Entry(_codes.Code(AgencyNames.CodeStem(written)), written, where) { Kind = AgencyNames.KindOf(written) };
            _entries.Add(found);
            if (inTable)
            {
                found.TableForm = written;
            }
        }
        else
        {
            Merge(found, written, inTable);
        }

        found.Keys.Add(key);
        if (!found.Forms.Contains(written))
        {
            // Each spelling once: the comparisons above run over every form of every agency for each new name.
            found.Forms.Add(written);
        }
        if (found.Abbr is null && _pendingAbbreviations.FirstOrDefault(a => Stands(a, written)) is { } abbr)
        {
            found.Abbr = abbr;
            _pendingAbbreviations.Remove(abbr);
        }

        return found.Code;
    }

    /// <summary>
    /// An abbreviation the document uses for an agency (the "Lưu: VT, VHXH" line): the code of the agency it
    /// abbreviates, or null when none is registered yet; it is then kept and given to the agency named later.
    /// </summary>
    public string? NoteAbbreviation(string abbr)
    {
        abbr = abbr.Trim();
        var found = _entries.FirstOrDefault(e => e.Forms.Any(f => Stands(abbr, f)));
        if (found is null)
        {
            _pendingAbbreviations.Add(abbr);
            return null;
        }

        found.Abbr ??= abbr;
        return found.Code;
    }

    /// <summary>"VHXH" stands for "Phòng Văn hóa – Xã hội" (the initials after the head word) or for "Phòng VHXH".</summary>
    private static bool Stands(string abbr, string form) =>
        AgencyNames.Abbreviates("Phòng " + abbr, form) || AgencyNames.Abbreviates(abbr, form)
        || TextFold.Words(form).Any(w => w.Length > 1 && TextFold.Key(w) == TextFold.Key(abbr) && w.All(c => !char.IsLetter(c) || char.IsUpper(c)));

    /// <summary>The <c>agencies:</c> map, in the order the agencies were first named; its guesses are warned about once however often it is asked for.</summary>
    public YMap ToYaml()
    {
        var map = new YMap();
        foreach (var e in _entries)
        {
            var entry = new YMap { Flow = true, Origin = e.Origin };
            entry.Add("name", e.Name);
            if (e.TableForm is { } s && s != e.Name)
            {
                entry.Add("short", s);
            }

            if (e.Abbr is { } a)
            {
                entry.Add("abbr", a);
            }

            var guesses = e.Notes.ToList();
            if (e.Kind is { } k)
            {
                entry.Add("kind", k);
                guesses.Add(($"đoán là cơ quan loại \"{k}\" từ tên \"{e.Name}\"", $"guessed agency kind \"{k}\" from the name \"{e.Name}\""));
            }

            foreach (var (vi, en) in guesses)
            {
                // A second call (after more abbreviations were noted) comments the new tree but warns only once.
                if (e.Reported)
                {
                    entry.Comments.Add("cchc: " + vi);
                }
                else
                {
                    _ctx.Guessed(DiagnosticCatalog.W122, entry, e.Origin, vi, en);
                }
            }

            e.Reported = true;

            map.Add(e.Code, entry);
        }

        return map;
    }

    public int Count => _entries.Count;

    private static void Merge(Entry found, string written, bool inTable)
    {
        if (inTable)
        {
            found.TableForm ??= written;
            // The prose name is the longer spelling: a table cell that spells it out replaces a short form.
            if (found.Name == found.TableForm && written.Length > found.Name.Length)
            {
                found.Name = written;
            }
        }
        else if (found.TableForm == found.Name && written != found.Name && written.Length >= found.Name.Length)
        {
            found.Name = written;
        }
    }

    private sealed class Entry(string code, string name, WordPosition? origin)
    {
        public string Code { get; } = code;
        public string Name { get; set; } = name;
        public string? TableForm { get; set; }
        public string? Abbr { get; set; }
        public string? Kind { get; init; }
        public WordPosition? Origin { get; } = origin;
        public HashSet<string> Keys { get; } = [];
        public List<string> Forms { get; } = [];
        public List<(string Vi, string En)> Notes { get; } = [];
        public bool Reported { get; set; }
    }
}
