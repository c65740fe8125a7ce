using Cchc.Model;
using Scriban;
using ParserMessageType = Scriban.Parsing.ParserMessageType;

namespace Cchc.Composition.Templates;

/// <summary>
/// The wording templates of one run, each parsed once. Load a user's folder with <see cref="Load"/> or
/// use the defaults built into cchc (<see cref="Builtin"/>). Problems are in <see cref="Diagnostics"/>:
/// T001 for a syntax error, T003 for a missing template or folder.
/// </summary>
public sealed class TemplateSet
{
    private const string ResourcePrefix = "cchc.templates/";
    private static readonly Lazy<TemplateSet> BuiltinSet = new(LoadBuiltin);

    private readonly Dictionary<string, string> _sources;
    private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Template> _parsed = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Func<string, string> _pathOf;
    private readonly bool _folderMissing;

    private TemplateSet(string origin, Dictionary<string, string> sources, Func<string, string> pathOf, IReadOnlyList<Diagnostic> readProblems)
    {
        Origin = origin;
        _sources = sources;
        _pathOf = pathOf;

        // A missing folder is one problem, not one per template.
        _folderMissing = sources.Count == 0 && readProblems.Count > 0;
        _diagnostics.AddRange(readProblems);
        foreach (var (name, text) in sources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var path = pathOf(name);
            _paths[name] = path;
            var template = Template.Parse(text, path);
            if (template.HasErrors)
            {
                _diagnostics.AddRange(template.Messages
                    .Where(m => m.Type == ParserMessageType.Error)
                    .Select(m => TemplateDiagnostics.Syntax(TemplateDiagnostics.Span(m.Span, path), m.Message)));
            }
            else
            {
                _parsed[name] = template;
            }
        }

        _diagnostics.AddRange(MissingOf(TemplateNames.Required));
    }

    /// <summary>The folder the templates came from, or "cchc:templates" for the built-in ones.</summary>
    public string Origin { get; }

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public bool HasErrors => _diagnostics.Any(d => d.IsError);

    /// <summary>The default templates built into cchc (the repository's templates/ folder).</summary>
    public static TemplateSet Builtin => BuiltinSet.Value;

    /// <summary>Reads every <c>*.sbn</c> under <paramref name="directory"/>; links are not followed.</summary>
    public static TemplateSet Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return new TemplateSet(directory, new Dictionary<string, string>(StringComparer.Ordinal), n => Path.Combine(directory, n),
                [TemplateDiagnostics.MissingFolder(directory)]);
        }

        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.System,
            MatchCasing = MatchCasing.CaseSensitive,
        };
        var root = Path.GetFullPath(directory);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<Diagnostic>();
        string PathOf(string name) => Path.Combine(directory, name.Replace('/', Path.DirectorySeparatorChar));
        foreach (var file in Directory.EnumerateFiles(root, "*.sbn", options))
        {
            var name = Path.GetRelativePath(root, file).Replace('\\', '/');
            try
            {
                sources[name] = Nfc(File.ReadAllText(file));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(TemplateDiagnostics.Unreadable(PathOf(name), e.Message));
            }
        }

        return new TemplateSet(directory, sources, PathOf, problems);
    }

    /// <summary>
    /// T003 for each of <paramref name="names"/> the set lacks (none when the whole folder is missing: that is reported
    /// once). A kind of document whose templates are not all <see cref="TemplateNames.Required"/> checks its own.
    /// </summary>
    internal IEnumerable<Diagnostic> MissingOf(IEnumerable<string> names) => _folderMissing ? []
        : names.Where(n => !_sources.ContainsKey(n)).Select(n => TemplateDiagnostics.Missing(SourceSpan.None(_pathOf(n)), n));

    internal bool Contains(string name) => _sources.ContainsKey(name);

    internal string? Source(string name) => _sources.GetValueOrDefault(name);

    internal string PathOf(string name) => _paths.GetValueOrDefault(name) ?? name;

    internal bool TryGet(string name, out Template template) => _parsed.TryGetValue(name, out template!);

    internal IEnumerable<KeyValuePair<string, Template>> Parsed => _parsed;

    private static TemplateSet LoadBuiltin()
    {
        var assembly = typeof(TemplateSet).Assembly;
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            sources[resource[ResourcePrefix.Length..].Replace('\\', '/')] = Nfc(reader.ReadToEnd());
        }

        return new TemplateSet("cchc:templates", sources, n => "cchc:templates/" + n, []);
    }

    // Wording typed on some systems arrives decomposed; documents must be NFC like the plan text
    // (string.Normalize does nothing under invariant globalization, hence Diacritics).
    private static string Nfc(string text) => Diacritics.Compose(text);
}
