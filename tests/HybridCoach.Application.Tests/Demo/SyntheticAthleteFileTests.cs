using HybridCoach.Application.Demo;
using Xunit;
using static HybridCoach.Application.Tests.Demo.DemoHistoryFixture;

namespace HybridCoach.Application.Tests.Demo;

public class SyntheticAthleteFileTests(DemoHistoryFixture history) : IClassFixture<DemoHistoryFixture>
{
    [Fact]
    public void Generate_EveryFile_WalksWithOneSessionAndCountedLaps()
    {
        // Walking already checked header CRC, data size and file CRC.
        Assert.All(history.Walked, fit =>
        {
            Assert.Equal(1, fit.Count(0));
            Assert.Equal(1, fit.Count(18));
            Assert.Equal(1, fit.Count(34));
            Assert.Equal((ulong)fit.Count(19), fit.Of(18).Single().Unsigned(26));
            Assert.True(fit.Count(20) > 600);
        });
    }

    [Fact]
    public void Generate_FileNames_AreDateAndKind()
    {
        Assert.Contains(history.Files, f => f.FileName == $"{f.Date:yyyy-MM-dd}-easy-run.fit");
        Assert.All(history.Files, f => Assert.Equal($"{f.Date:yyyy-MM-dd}-{f.Kind.Slug()}.fit", f.FileName));
    }

    /// <summary>Central European Time: +01:00 in winter, +02:00 from the last Sunday of March (2026-03-29).</summary>
    [Fact]
    public void Generate_LocalTimestamp_CarriesCentralEuropeanOffset()
    {
        Assert.All(history.Pairs, p =>
        {
            var activity = p.Fit.Of(34).Single();
            var offsetS = (long)activity.Unsigned(5) - (long)activity.Unsigned(253);
            Assert.Equal(p.File.Date >= new DateOnly(2026, 3, 29) ? 7200 : 3600, offsetS);
        });
    }

    [Theory]
    [InlineData(DemoSessionKind.EasyRun, 315, 345)]       // 5:15-5:45 /km
    [InlineData(DemoSessionKind.LongRun, 320, 350)]       // 5:20-5:50 /km
    [InlineData(DemoSessionKind.RecoveryRun, 345, 380)]   // 5:45-6:20 /km
    [InlineData(DemoSessionKind.Race10K, 240, 260)]       // 4:00-4:20 /km
    public void Generate_ContinuousRuns_AveragePaceInRange(DemoSessionKind kind, double minSPerKm, double maxSPerKm)
    {
        var paces = history.Pairs.Where(p => p.File.Kind == kind).Select(p => SessionPaceSPerKm(p.Fit)).ToList();
        Assert.InRange(paces.Average(), minSPerKm, maxSPerKm);
        Assert.All(paces, pace => Assert.InRange(pace, minSPerKm - 15, maxSPerKm + 15));
    }

    [Theory]
    [InlineData(DemoSessionKind.TempoRun, 265, 285)]      // tempo laps 4:25-4:45 /km
    [InlineData(DemoSessionKind.Intervals, 235, 255)]     // reps 3:55-4:15 /km
    public void Generate_WorkoutActiveLaps_AveragePaceInRange(DemoSessionKind kind, double minSPerKm, double maxSPerKm)
    {
        var paces = history.Pairs.Where(p => p.File.Kind == kind).Select(p => LapPaceSPerKm(p.Fit, intensity: 0)).ToList();
        Assert.InRange(paces.Average(), minSPerKm, maxSPerKm);
        Assert.All(paces, pace => Assert.InRange(pace, minSPerKm - 15, maxSPerKm + 15));
    }

    [Fact]
    public void Generate_Intervals_HaveOneLapPerRepWithFasterRepsThanRecoveries()
    {
        var (file, fit) = history.Pairs.First(p => p.File.Kind == DemoSessionKind.Intervals && p.File.Date.DayNumber % 3 == 0
            || p.File.Kind == DemoSessionKind.Intervals);
        var reps = fit.Of(19).Where(l => l.Unsigned(23) == 0).Select(l => l.Unsigned(9) / 100.0).ToList();
        Assert.Contains(reps.Count, new[] { 5, 6, 10 });
        Assert.All(reps, d => Assert.Contains(Math.Round(d / 200) * 200, new[] { 400.0, 800.0, 1000.0 }));
        Assert.True(LapPaceSPerKm(fit, 0) < LapPaceSPerKm(fit, 4) - 60, file.FileName);
    }

    [Fact]
    public void Generate_Rides_AverageRoadSpeedWithPower()
    {
        Assert.All(history.Pairs.Where(p => p.File.Kind == DemoSessionKind.Ride), p =>
        {
            var session = p.Fit.Of(18).Single();
            Assert.Equal(2ul, session.Unsigned(5));                          // sport cycling
            Assert.InRange(session.Unsigned(124) / 1000.0 * 3.6, 25, 33);    // km/h
            Assert.InRange(session.Unsigned(20), 90ul, 220ul);               // avg power W
        });
    }

    [Fact]
    public void Generate_Runs_CadenceAndHeartRateAreRunnerLike()
    {
        Assert.All(history.Pairs.Where(p => p.File.Kind.IsRun()), p =>
        {
            var session = p.Fit.Of(18).Single();
            var stepsPerMin = 2 * (session.Unsigned(18) + session.Unsigned(92) / 128.0);
            Assert.InRange(stepsPerMin, 166, 182);
            Assert.InRange(session.Unsigned(16), 115ul, 178ul);  // avg HR
            Assert.InRange(session.Unsigned(17), 120ul, 188ul);  // max HR, never above the profile's 188
        });
        var easyHr = history.Pairs.Where(p => p.File.Kind == DemoSessionKind.EasyRun).Average(p => (double)p.Fit.Of(18).Single().Unsigned(16));
        var raceHr = history.Pairs.Single(p => p.File.Kind == DemoSessionKind.Race10K).Fit.Of(18).Single().Unsigned(16);
        Assert.True(raceHr > easyHr + 20, $"race {raceHr} bpm vs easy {easyHr:F0} bpm");
    }

    [Fact]
    public void Generate_Records_PositionsAgreeWithEncodedDistance()
    {
        var (_, fit) = history.Pairs.First(p => p.File.Kind == DemoSessionKind.LongRun);
        var records = fit.Of(20).ToList();
        double pathM = 0;
        for (var i = 1; i < records.Count; i++)
        {
            pathM += HaversineM(Deg(records[i - 1].Signed32(0)), Deg(records[i - 1].Signed32(1)), Deg(records[i].Signed32(0)), Deg(records[i].Signed32(1)));
        }
        var encodedM = records[^1].Unsigned(5) / 100.0;
        Assert.InRange(pathM / encodedM, 0.99, 1.01);
    }

    private static double Deg(int semicircles) => semicircles * (180.0 / 2147483648.0);

    /// <summary>Great-circle distance on a 6,371 km sphere (haversine formula, Sinnott 1984).</summary>
    private static double HaversineM(double lat1, double lon1, double lat2, double lon2)
    {
        const double r = 6_371_000, rad = Math.PI / 180;
        var a = Math.Pow(Math.Sin((lat2 - lat1) * rad / 2), 2)
            + Math.Cos(lat1 * rad) * Math.Cos(lat2 * rad) * Math.Pow(Math.Sin((lon2 - lon1) * rad / 2), 2);
        return 2 * r * Math.Asin(Math.Sqrt(a));
    }
}
