using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Cchc.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Cchc.Benchmarks.StageBenchmarks).Assembly).Run(args);
