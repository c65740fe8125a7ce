// Build targets for developers. CI runs the same dotnet commands (see .ci/run).
//   dotnet tool restore && dotnet cake --target=Test
var target = Argument("target", "Test");
var configuration = Argument("configuration", "Release");
var solution = "./CchcDocGen.sln";

Task("Build")
    .Does(() => DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration }));

Task("Test")
    .IsDependentOn("Build")
    .Does(() => DotNetTest(solution, new DotNetTestSettings { Configuration = configuration, NoBuild = true }));

// The quick loop: every test but those marked [Trait("Category", "Slow")].
Task("TestFast")
    .Does(() => DotNetTest("./tests/Cchc.Tests/Cchc.Tests.csproj", new DotNetTestSettings { Filter = "Category!=Slow" }));

Task("ValidatePlans")
    .IsDependentOn("Build")
    .Does(() => DotNetRun("./src/Cchc.Cli/Cchc.Cli.csproj", new ProcessArgumentBuilder().Append("validate").Append("plans"),
        new DotNetRunSettings { Configuration = configuration, NoBuild = true }));

Task("BuildPlans")
    .IsDependentOn("Build")
    .Does(() => DotNetRun("./src/Cchc.Cli/Cchc.Cli.csproj", new ProcessArgumentBuilder().Append("build").Append("plans").Append("-o").Append("out"),
        new DotNetRunSettings { Configuration = configuration, NoBuild = true }));

Task("PublishAot")
    .Does(() => DotNetPublish("./src/Cchc.Cli/Cchc.Cli.csproj", new DotNetPublishSettings { Configuration = "Release", OutputDirectory = "./artifacts/aot" }));

// The .NET tool: a pointer package, the native linux-x64 package (needs clang and zlib1g-dev), and the portable
// package every other platform installs.
Task("Pack")
    .Does(() =>
    {
        // The native compile is incremental and ignores the symbol settings: an earlier publish's symbols
        // (a 20 MB cchc.dbg) would be packed along.
        CleanDirectory("./src/Cchc.Cli/bin/Release");
        CleanDirectory("./src/Cchc.Cli/obj/Release");
        DotNetPack("./src/Cchc.Cli/Cchc.Cli.csproj", PackSettings(null));
        DotNetPack("./src/Cchc.Cli/Cchc.Cli.csproj", PackSettings("linux-x64"));
        var portable = PackSettings("any");
        portable.MSBuildSettings.WithProperty("PublishAot", "false");
        DotNetPack("./src/Cchc.Cli/Cchc.Cli.csproj", portable);
    });

// No debug symbols in the packages: they tripled the native package.
DotNetPackSettings PackSettings(string rid) => new DotNetPackSettings
{
    Configuration = "Release",
    OutputDirectory = "./artifacts/packages",
    Runtime = rid,
    MSBuildSettings = new DotNetMSBuildSettings().WithProperty("DebugType", "none").WithProperty("NativeDebugSymbols", "false"),
};

RunTarget(target);
