using System.Globalization;
using HybridCoach.Formats.Fit;
using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Formats.Tests.Fit;

/// <summary>The files where fitsdk is not the oracle (<see cref="FitReferenceDifferences"/>), checked against the other expected files.</summary>
public class FitDecoderOtherReferenceTests
{
    private static FitFile Decode(string name) => FitDecoder.Decode(File.ReadAllBytes(Corpus.Path("fit", name)));

    private static List<FitMessage> Records(FitFile file) => file.Messages.Where(m => m.Name == "record").ToList();

    /// <summary>records.csv skips the first record (SOURCES.md); timestamps are raw FIT seconds.</summary>
    [CorpusFact]
    public void Decode_CompressedSpeedDistance_MatchesRecordsCsv()
    {
        var records = Records(Decode("compressed-speed-distance.fit"));
        var rows = File.ReadAllLines(Corpus.Path("expected", "compressed-speed-distance.fit.records.csv")).Skip(1)
            .Select(l => l.Split(',')).ToList();
        Assert.Equal(755, records.Count);
        Assert.Equal(rows.Count + 1, records.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var record = records[i + 1];
            Assert.Equal(long.Parse(rows[i][0], CultureInfo.InvariantCulture), record.GetDouble("timestamp"));
            Assert.Equal(double.Parse(rows[i][1], CultureInfo.InvariantCulture), record.GetDouble("heart_rate"));
            Assert.Equal(double.Parse(rows[i][2], CultureInfo.InvariantCulture), record.GetDouble("speed")!.Value, 6);
            Assert.Equal(double.Parse(rows[i][3], CultureInfo.InvariantCulture), record.GetDouble("distance")!.Value, 6);
        }
    }

    /// <summary>SOURCES.md: all 686 records of antfs-dump.63.fit use compressed-timestamp headers (fitdecode count).</summary>
    [CorpusFact]
    public void Decode_AntfsDump_DecodesAllCompressedTimestampRecords()
    {
        var file = Decode("antfs-dump.63.fit");
        Assert.Empty(file.Errors);
        Assert.Equal(686, Records(file).Count);
        Assert.True(file.Integrity.FileCrcOk);
    }

    /// <summary>GPSBabel's recovery-mode GPX of the lezyne file has 804 track points, as we do before its corrupt message.</summary>
    [CorpusFact]
    public void Decode_LezyneBadEndian_StopsWithOverrunAfterTheSdk()
    {
        var file = Decode("lezyne_super_gps-garmin_fit-sample-bad-endian.fit");
        Assert.Equal("truncated: file ends at byte 48411 inside a data message", Assert.Single(file.Errors));
        var records = Records(file);
        Assert.Equal(804, records.Count);
        Assert.Equal(FitSdkReference.Load("lezyne_super_gps-garmin_fit-sample-bad-endian.fit").RecordCount, records.Count);
    }

    [CorpusTheory]
    [InlineData("triathlon_summary_first.fit")]
    [InlineData("triathlon_summary_last.fit")]
    public void Decode_Triathlon_MessageCountsMatchFitCsv(string name)
    {
        var file = Decode(name);
        Assert.Empty(file.Errors);
        var expected = FitCsv.DataRows(name).Where(r => !r.Message.StartsWith("unknown", StringComparison.Ordinal))
            .GroupBy(r => r.Message).ToDictionary(g => g.Key, g => g.Count());
        var ours = file.Messages.GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (message, count) in expected) Assert.True(ours.GetValueOrDefault(message) == count, $"{message}: expected {count}, got {ours.GetValueOrDefault(message)}");
        Assert.Equal(4043, ours["record"]);
        Assert.Equal(5, ours["session"]);
    }

    [CorpusTheory]
    [InlineData("triathlon_summary_first.fit")]
    [InlineData("triathlon_summary_last.fit")]
    public void Decode_Triathlon_SessionTotalsMatchFitCsv(string name)
    {
        var expected = FitCsv.DataRows(name).Where(r => r.Message == "session").ToList();
        var sessions = Decode(name).Messages.Where(m => m.Name == "session").ToList();
        Assert.Equal(expected.Count, sessions.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            foreach (var field in new[] { "start_time", "total_elapsed_time", "total_timer_time", "total_distance", "avg_heart_rate" })
            {
                if (expected[i].Value(field) is not { } text) continue;
                Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), sessions[i].GetDouble(field)!.Value, 3);
            }
        }
    }
}
