using Cchc.Fuzz;
using Cchc.Fuzz.Mutators;
using Cchc.Fuzz.Scenarios;

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
        public static IMutantSource Create(FuzzOptions o) => (o.YamlSuite, o.Source) switch
        {
            ({ } suite, _) => new YamlSuiteSource(suite),
            (_, "status") => new StatusSource(o.Seed, o.Count),
            (_, "workbook") => new WorkbookSource(o.Seed, o.Count),
            (_, "word") => new WordSource(o.Seed, o.Count, Path.Combine(o.OutDir, "seeds")),
            _ => new MutantGenerator(Corpus.FromFolders(o.Corpus.Count > 0 ? o.Corpus : DefaultCorpus()), o.Seed, o.Count),
        };

        public static IEnumerable<string> DefaultCorpus() =>
            [Path.Combine(FuzzPaths.Root, "plans"), Path.Combine(FuzzPaths.Root, "tests", "Cchc.Tests")];
    }
}
