using System.Globalization;
using HybridCoach.Fuzz;

// The fuzz harness by hand: `dotnet run -c Release --project fuzz/HybridCoach.Fuzz -- [--mutants N] [--seed S] [--minutes M] [--corpus DIR]`.
// Findings are written to fuzz-findings/ (one file per input, named by seed and mutant) and the exit code is 1.
var mutants = Option("--mutants", 5_000);
var seed = Option("--seed", 1);
var minutes = Option("--minutes", 30);
var corpus = args.SkipWhile(a => a != "--corpus").Skip(1).FirstOrDefault();
var seeds = FuzzSeeds.BuiltIn().Concat(corpus is null ? [] : FuzzSeeds.FromFolder(corpus, perFormat: 5)).ToList();
var run = new FuzzRun(FuzzBudget.Default, seed);
run.Run(seeds, mutants, DateTime.UtcNow.AddMinutes(minutes));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{run.Inputs} inputs from {seeds.Count} seeds (random seed {seed}): {run.Findings.Count} findings; slowest {run.Slowest.TotalMilliseconds:0} ms, most allocated {run.MostAllocated / 1048576.0:0.0} MB"));
if (run.Findings.Count == 0) return 0;
Directory.CreateDirectory("fuzz-findings");
foreach (var finding in run.Findings)
{
    Console.WriteLine(finding);
    File.WriteAllBytes(Path.Combine("fuzz-findings", $"{finding.Seed}.{finding.Mutant}.{finding.Kind}"), finding.Input);
}
return 1;

int Option(string name, int fallback) =>
    args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
