using HybridCoach.Formats.Fit;
using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Formats.Tests.Fit;

public class FitDecoderCorpusTests
{
    public static TheoryData<string> AllFitFiles() => new(Corpus.Root is null ? ["none"] : Corpus.Files("fit").Select(p => Path.GetFileName(p)));

    public static TheoryData<string> FilesWhereSdkIsOracle() => new(Corpus.Root is null ? ["none"] :
        FitSdkReference.FitFilesWithReference().Where(n => !FitReferenceDifferences.SdkNotTheOracle.ContainsKey(n)));

    [CorpusTheory]
    [MemberData(nameof(AllFitFiles))]
    public void Decode_EveryCorpusFile_ReturnsMessagesOrError(string name)
    {
        var file = FitDecoder.Decode(File.ReadAllBytes(Corpus.Path("fit", name)));
        Assert.True(file.Messages.Count > 0 || file.Errors.Count > 0);
        Assert.True(file.Integrity.SegmentCount >= 1);
    }

    [CorpusTheory]
    [MemberData(nameof(FilesWhereSdkIsOracle))]
    public void Decode_FileWithSdkReference_MessageCountsMatch(string name)
    {
        var file = FitDecoder.Decode(File.ReadAllBytes(Corpus.Path("fit", name)));
        var reference = FitSdkReference.Load(name);
        var ours = file.Messages.Where(m => !m.Name.StartsWith("unknown_", StringComparison.Ordinal))
            .GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(reference.MessageCounts.OrderBy(p => p.Key), ours.OrderBy(p => p.Key));
    }

    [CorpusTheory]
    [MemberData(nameof(FilesWhereSdkIsOracle))]
    public void Decode_FileWithSdkReference_FailsWhereTheReferenceFails(string name)
    {
        var file = FitDecoder.Decode(File.ReadAllBytes(Corpus.Path("fit", name)));
        var reference = FitSdkReference.Load(name);
        Assert.Equal(reference.Errors.Count > 0, file.Errors.Count > 0);
        if (reference.Errors.Count == 0) return;
        var theirs = reference.Errors[0];
        var expected = theirs.Contains("CRC error") ? "file CRC mismatch"
            : theirs.Contains("not a FIT file") ? "not a FIT file"
            : theirs.Contains("end of stream") ? "truncated"
            : "never defined";
        Assert.Contains(expected, file.Errors[0]);
    }

    [CorpusTheory]
    [MemberData(nameof(FilesWhereSdkIsOracle))]
    public void Decode_FileWithSdkReference_SessionTotalsMatch(string name)
    {
        var file = FitDecoder.Decode(File.ReadAllBytes(Corpus.Path("fit", name)));
        var sessions = file.Messages.Where(m => m.Name == "session").ToList();
        var expected = FitSdkReference.Load(name).Sessions;
        Assert.Equal(expected.Count, sessions.Count);
        for (var i = 0; i < expected.Count; i++) FitReferenceAssert.SessionMatches(expected[i], sessions[i]);
    }

    [CorpusTheory]
    [MemberData(nameof(FilesWhereSdkIsOracle))]
    public void Decode_FileWithSdkReference_FirstAndLastRecordMatch(string name)
    {
        var file = FitDecoder.Decode(File.ReadAllBytes(Corpus.Path("fit", name)));
        var records = file.Messages.Where(m => m.Name == "record").ToList();
        var reference = FitSdkReference.Load(name);
        Assert.Equal(reference.RecordCount, records.Count);
        var mergeDiffers = FitReferenceDifferences.MergedHeartRate.TryGetValue(name, out var hr);
        if (reference.FirstRecord is { } first) FitReferenceAssert.RecordMatches(first, records[0], compareHeartRate: !mergeDiffers);
        if (reference.LastRecord is { } last) FitReferenceAssert.RecordMatches(last, records[^1], compareHeartRate: !mergeDiffers);
        if (!mergeDiffers) return;
        Assert.Equal((hr.FirstSdk, hr.LastSdk), (FitSdkReference.Number(reference.FirstRecord!.Value, "heart_rate"), FitSdkReference.Number(reference.LastRecord!.Value, "heart_rate")));
        Assert.Equal((hr.FirstOurs, hr.LastOurs), (records[0].GetDouble("heart_rate"), records[^1].GetDouble("heart_rate")));
    }
}
