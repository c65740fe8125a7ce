using Cchc.Tests.BadInput;
using Cchc.Tests.Support;

namespace Cchc.Tests.Cli;

/// <summary>Plans the CLI tests run on, all committed test data.</summary>
internal static class Inputs
{
    private static string Fixtures => Path.Combine(RepoPaths.Root, "tests", "Cchc.Tests", "Validation", "fixtures");

    /// <summary>No error, no warning.</summary>
    public static string Clean => Path.Combine(Fixtures, "base.yaml");

    /// <summary>Warnings only (W105 ×4, W107): the spec's §12 example.</summary>
    public static string WarningsOnly => Path.Combine(Fixtures, "spec-example.yaml");

    /// <summary>One error: E004 for "vpp" at line 30, columns 77–79.</summary>
    public static string UnknownAgency => Path.Combine(BadInputManifest.Folder, "unknown-agency.yaml");
}
