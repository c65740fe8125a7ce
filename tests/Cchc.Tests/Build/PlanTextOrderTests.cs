using Xunit;

namespace Cchc.Tests.Build;

/// <summary>
/// Nothing the author wrote is lost or moved: every title, paragraph, list item, indicator, task and product
/// of each real plan is found in the built document, each after the one before it.
/// </summary>
public sealed class PlanTextOrderTests(BuiltPlans built) : IClassFixture<BuiltPlans>
{
    [Theory]
    [MemberData(nameof(BuiltPlans.Documents), MemberType = typeof(BuiltPlans))]
    public void Every_text_of_the_plan_appears_in_order(string stem, string doc)
    {
        var package = BuiltPlans.Load(stem);
        var expected = doc switch
        {
            "quyet-dinh" => PlanTextWalk.Decision(package),
            "ke-hoach" => PlanTextWalk.Plan(package),
            _ => PlanTextWalk.Decision(package).Concat(PlanTextWalk.Plan(package)),
        };
        var text = DocxText.Of(built.DocumentPath(stem, doc));

        var position = 0;
        var found = 0;
        foreach (var (where, raw) in expected)
        {
            var wanted = DocxText.Normalize(raw);
            var at = text.IndexOf(wanted, position, StringComparison.Ordinal);
            if (at < 0)
            {
                Assert.Fail(text.Contains(wanted, StringComparison.Ordinal)
                    ? $"{where} is in the document, but before the text that precedes it in the plan: \"{wanted}\""
                    : $"{where} is missing: \"{wanted}\"\nThe document after the previous match reads: \"{Excerpt(text, position)}\"");
            }

            position = at + wanted.Length;
            found++;
        }

        Assert.True(found > (doc == "quyet-dinh" ? 0 : 20), $"Only {found} texts were compared.");
    }

    private static string Excerpt(string text, int from) => text.Substring(from, Math.Min(300, text.Length - from));
}
