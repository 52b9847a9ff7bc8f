using HybridCoach.Formats.Fit;
using HybridCoach.Testing;
using Xunit;
using Xunit.Abstractions;

namespace HybridCoach.Formats.Tests.Fit;

public class FitCorpusDiagnostics(ITestOutputHelper output)
{
    [CorpusFact]
    public void Print_Counts()
    {
        foreach (var name in FitSdkReference.FitFilesWithReference())
        {
            var file = FitDecoder.Decode(File.ReadAllBytes(Corpus.Path("fit", name)));
            var reference = FitSdkReference.Load(name);
            var ours = file.Messages.GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.Count());
            var diffs = new List<string>();
            foreach (var (k, v) in reference.MessageCounts)
                if (ours.GetValueOrDefault(k) != v) diffs.Add($"{k}: ours {ours.GetValueOrDefault(k)} theirs {v}");
            foreach (var (k, v) in ours)
                if (!k.StartsWith("unknown_") && !reference.MessageCounts.ContainsKey(k)) diffs.Add($"{k}: ours {v} theirs 0");
            var unknown = string.Join(",", ours.Where(p => p.Key.StartsWith("unknown_")).Select(p => $"{p.Key}={p.Value}"));
            output.WriteLine($"{name}: errors ours [{string.Join(";", file.Errors)}] theirs [{string.Join(";", reference.Errors)}] {string.Join(" | ", diffs)} UNK {unknown}");
        }
    }
}
