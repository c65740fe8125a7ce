using Cchc.Composition;
using Cchc.Composition.Templates;
using Cchc.Tests.Support;
using Cchc.Yaml;
using Xunit;

namespace Cchc.Tests.Composition;

/// <summary>A plan of plans/ read by the real loader and composed with the built-in templates.</summary>
internal static class RealPlans
{
    public static ComposeResult Compose(string file)
    {
        var path = Path.Combine(RepoPaths.Plans, file);
        var loaded = PlanLoader.Load(File.ReadAllText(path), path);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics.Where(d => d.IsError)));
        var result = Composer.Compose(loaded.Package!, TemplateSet.Builtin);
        Assert.Empty(result.Diagnostics);
        return result;
    }
}
