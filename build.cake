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

Task("Pack")
    .Does(() => DotNetPack("./src/Cchc.Cli/Cchc.Cli.csproj", new DotNetPackSettings { Configuration = "Release", OutputDirectory = "./artifacts/packages" }));

RunTarget(target);
