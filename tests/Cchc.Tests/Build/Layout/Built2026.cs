using System.Xml.Linq;
using Xunit;

namespace Cchc.Tests.Build.Layout;

/// <summary>The 2026 plan of phường Hải Dương as built by cchc: the Quyết định and the Kế hoạch with its Phụ lục.</summary>
public sealed class Built2026 : IDisposable
{
    public const string Stem = "phuong-hai-duong-2026";

    private readonly BuiltPlans _built = new();

    public Built2026()
    {
        Assert.True(_built.Split.Exit == 0, _built.Split.All);
        Decision = new LayoutDocx(_built.DocumentPath(Stem, "quyet-dinh"));
        Plan = new LayoutDocx(_built.DocumentPath(Stem, "ke-hoach"));
    }

    internal LayoutDocx Decision { get; }

    /// <summary>The Kế hoạch (section 1) and its Phụ lục (section 2).</summary>
    internal LayoutDocx Plan { get; }

    internal IEnumerable<LayoutDocx> Both => [Decision, Plan];

    internal List<XElement> PlanSection => Plan.Sections()[0].Elements;

    internal List<XElement> AppendixSection => Assert.Single(Plan.Sections().Skip(1)).Elements;

    public void Dispose() => _built.Dispose();
}
