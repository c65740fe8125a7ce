#:project ../src/Cchc.Word/Cchc.Word.csproj
// Times the Word reader on .docx files: `dotnet run bench/word-read.cs -- FILE.docx… [-n RUNS]`.
// Prints, per file, the first (cold) read, the median wall-clock and the mean CPU time of the following runs.
using System.Diagnostics;
using Cchc.Word;

var runs = 50;
var files = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "-n" && i + 1 < args.Length)
    {
        runs = Math.Max(1, int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture));
    }
    else
    {
        files.Add(args[i]);
    }
}

foreach (var file in files)
{
    var clock = Stopwatch.StartNew();
    var first = WordReader.Read(file);
    var cold = clock.Elapsed.TotalMilliseconds;
    var times = new List<double>();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    for (var i = 0; i < runs; i++)
    {
        clock.Restart();
        WordReader.Read(file);
        times.Add(clock.Elapsed.TotalMilliseconds);
    }

    // CPU time per read: what the machine's load does not inflate as it inflates wall-clock time.
    var cpuPerRead = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs;

    times.Sort();
    var doc = first.Document;
    var paragraphs = doc?.Paragraphs.Count() ?? 0;
    var rows = doc?.Tables.Sum(t => t.Rows.Count) ?? 0;
    Console.WriteLine($"{Path.GetFileName(file)}: {new FileInfo(file).Length / 1024} KB, {paragraphs} paragraphs, {rows} table rows, "
        + $"{first.Diagnostics.Count} diagnostics; cold {cold:F1} ms, median {times[times.Count / 2]:F2} ms, {cpuPerRead:F2} ms CPU per read over {runs} runs");
}
