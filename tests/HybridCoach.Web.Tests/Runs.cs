using HybridCoach.Domain.Activities;
using HybridCoach.Formats.Fit.Writing;

namespace HybridCoach.Web.Tests;

/// <summary>FIT files of steady runs, written by our encoder: one sample a second at a constant pace and heart rate.</summary>
public static class Runs
{
    public static byte[] Fit(DateTimeOffset start, double km, double paceSPerKm, byte heartRateBpm = 145)
    {
        var seconds = (int)(km * paceSPerKm);
        var speed = 1000 / paceSPerKm;
        return FitActivityEncoder.Encode(new FitActivityToEncode
        {
            StartTime = start,
            Sport = Sport.Running,
            ElapsedS = [.. Enumerable.Range(0, seconds + 1)],
            DistancesM = [.. Enumerable.Range(0, seconds + 1).Select(s => s * speed)],
            SpeedsMps = [.. Enumerable.Repeat(speed, seconds + 1)],
            HeartRatesBpm = [.. Enumerable.Repeat(heartRateBpm, seconds + 1)],
        });
    }
}
