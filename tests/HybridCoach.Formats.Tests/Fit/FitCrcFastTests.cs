using HybridCoach.Formats.Fit;
using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Formats.Tests.Fit;

public class FitCrcFastTests
{
    /// <summary>The sliced CRC must equal the reference nibble CRC on every corpus file (any length, any alignment).</summary>
    [CorpusFact]
    public void Decode_EveryCorpusFile_FileCrcVerdictMatchesReferenceCrc()
    {
        foreach (var path in Corpus.Files("fit"))
        {
            var bytes = File.ReadAllBytes(path);
            var file = FitDecoder.Decode(bytes);
            foreach (var segment in file.Integrity.Segments.Where(s => s.ComputedFileCrc is not null))
            {
                var end = segment.Offset + segment.HeaderSize + (int)segment.DataSize;
                Assert.Equal(FitCrc.Compute(bytes.AsSpan(segment.Offset, end - segment.Offset)), segment.ComputedFileCrc);
            }
        }
    }
}
