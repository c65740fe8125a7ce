using Cchc.Fuzz;
using Cchc.Fuzz.Mutators;

FuzzOptions options;
try
{
    options = FuzzOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

var source = FuzzSources.Create(options);
return options.InProcess ? new Worker(options, source).Run() : new Driver(options, source).Run();

namespace Cchc.Fuzz
{
    public static class FuzzSources
    {
        /// <summary>The yaml-test-suite cases, or the mutants of the given corpus (default: the repository's plans and test plans).</summary>
        public static IMutantSource Create(FuzzOptions o) => o.YamlSuite is { } suite
            ? new YamlSuiteSource(suite)
            : new MutantGenerator(Corpus.FromFolders(o.Corpus.Count > 0 ? o.Corpus : DefaultCorpus()), o.Seed, o.Count);

        public static IEnumerable<string> DefaultCorpus()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CchcDocGen.sln")))
            {
                dir = dir.Parent;
            }

            var root = dir?.FullName ?? Directory.GetCurrentDirectory();
            return [Path.Combine(root, "plans"), Path.Combine(root, "tests", "Cchc.Tests")];
        }
    }
}
