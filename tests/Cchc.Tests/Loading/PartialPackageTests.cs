using System.Text.RegularExpressions;
using Cchc.Tests.Validation;
using Cchc.Validation;
using Cchc.Yaml;
using Xunit;

namespace Cchc.Tests.Loading;

/// <summary>
/// Every rule now runs on whatever the loader read, so every rule must hold up on a package with holes: each line
/// of the fixtures deleted, and each value replaced by a value of every other type, loads and validates without an
/// exception, and an error of the loader is still reported.
/// </summary>
public sealed partial class PartialPackageTests
{
    private static readonly string[] Values = ["null", "[]", "{}", "42", "\"\"", "[{}]", "{x: 1}"];

    [GeneratedRegex(@"^(\s*(?:- )?[a-z_]+: )(.+)$")]
    private static partial Regex KeyValue();

    public static TheoryData<string> Fixtures() => ["base.yaml", "spec-example.yaml"];

    private static IEnumerable<string> Mutants(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            yield return string.Join('\n', lines.Where((_, j) => j != i));
            if (KeyValue().Match(lines[i]) is { Success: true } m)
            {
                foreach (var v in Values)
                {
                    var copy = lines.ToArray();
                    copy[i] = m.Groups[1].Value + v;
                    yield return string.Join('\n', copy);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_rule_holds_up_on_what_the_loader_could_read(string fixture)
    {
        var count = 0;
        foreach (var mutant in Mutants(PlanText.Fixture(fixture)))
        {
            var loaded = PlanLoader.Load(mutant, fixture);
            if (loaded.Package is { } package)
            {
                var found = PlanValidator.Validate(package);
                Assert.All(found, d => Assert.True(d.Span.Line >= 0));
            }

            count++;
        }

        Assert.True(count > 300, $"only {count} mutants");
    }
}
