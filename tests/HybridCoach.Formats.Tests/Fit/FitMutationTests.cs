using HybridCoach.Formats.Fit;
using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Formats.Tests.Fit;

/// <summary>
/// Deterministic robustness: fixed-seed bit flips, truncations and corrupted definition bytes (field count,
/// field size, architecture) over every corpus FIT file (files over 128 KiB are cut to their first 128 KiB,
/// which is one more truncation). Only ActivityFileException may escape the reader; FitDecoder never throws;
/// the reader's allocations stay proportional to the file, whatever a corrupt length field says.
/// </summary>
public class FitMutationTests
{
    private const int Seed = 20_240_611;
    private const int PrefixBytes = 128 * 1024;
    private const int MutationsPerKind = 4;

    [CorpusFact]
    public void DecodeAndRead_MutatedCorpusFiles_NeverCrashOrAllocateUnbounded()
    {
        var random = new Random(Seed);
        var reader = new FitActivityReader();
        var decoded = 0;
        foreach (var path in Corpus.Files("fit"))
        {
            var original = File.ReadAllBytes(path);
            if (original.Length > PrefixBytes) original = original[..PrefixBytes];
            var definitions = FitStructure.DefinitionOffsets(original);
            foreach (var mutated in Mutations(original, definitions, random))
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                try
                {
                    reader.Read(mutated, "mutant.fit", new ActivityReadOptions(Salvage: random.Next(2) == 0));
                }
                catch (ActivityFileException)
                {
                }
                var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                Assert.True(allocated < (64L * mutated.Length) + (4 << 20), $"{Path.GetFileName(path)}: reader allocated {allocated} bytes for {mutated.Length}");
                var file = FitDecoder.Decode(mutated);
                Assert.True(file.Messages.Count <= mutated.Length);
                decoded++;
            }
        }
        Assert.True(decoded >= 81 * 3 * MutationsPerKind);
    }

    private static IEnumerable<byte[]> Mutations(byte[] original, IReadOnlyList<int> definitions, Random random)
    {
        for (var i = 0; i < MutationsPerKind; i++)
        {
            var flipped = (byte[])original.Clone();
            for (var k = random.Next(1, 9); k > 0; k--) flipped[random.Next(flipped.Length)] ^= (byte)(1 << random.Next(8));
            yield return flipped;
            yield return original[..random.Next(original.Length)];
            var corrupted = (byte[])original.Clone();
            if (definitions.Count > 0)
            {
                var at = definitions[random.Next(definitions.Count)];
                var target = at + random.Next(2, Math.Min(12, corrupted.Length - at));
                if (target < corrupted.Length) corrupted[target] = (byte)random.Next(256);
                if (at + 5 < corrupted.Length && random.Next(2) == 0) corrupted[at + 5] = 0xFF;
            }
            yield return corrupted;
        }
    }
}
