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

    private TemplateSet(string origin, Dictionary<string, string> sources, Func<string, string> pathOf, Diagnostic? folderMissing = null)
    {
        Origin = origin;
        _sources = sources;
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

        if (folderMissing is not null)
        {
            _diagnostics.Add(folderMissing);
            return;
        }

        foreach (var name in TemplateNames.Required.Where(n => !sources.ContainsKey(n)))
        {
            _diagnostics.Add(TemplateDiagnostics.Missing(SourceSpan.None(pathOf(name)), name));
        }
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
                TemplateDiagnostics.MissingFolder(directory));
        }

        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.System,
            MatchCasing = MatchCasing.CaseSensitive,
        };
        var root = Path.GetFullPath(directory);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*.sbn", options))
        {
            var name = Path.GetRelativePath(root, file).Replace('\\', '/');
            sources[name] = File.ReadAllText(file);
        }

        return new TemplateSet(directory, sources, n => Path.Combine(directory, n.Replace('/', Path.DirectorySeparatorChar)));
    }

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
            sources[resource[ResourcePrefix.Length..].Replace('\\', '/')] = reader.ReadToEnd();
        }

        return new TemplateSet("cchc:templates", sources, n => "cchc:templates/" + n);
    }
}
