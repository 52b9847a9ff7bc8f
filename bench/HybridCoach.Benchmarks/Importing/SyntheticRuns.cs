using HybridCoach.Domain.Activities;
using HybridCoach.Formats.Fit.Writing;

namespace HybridCoach.Benchmarks.Importing;

/// <summary>
/// Typical runs to import: 45–60 min at 1 s sampling with position, altitude, heart rate and cadence, a lap
/// per km, one run a day (so the duplicate rule, same start within 60 s, never merges two). Deterministic:
/// run i is the same on every machine. Pace 4:30–6:00 min/km with a slow wave, heart rate 130–170 bpm and
/// 160–180 steps/min are ordinary recreational-runner values.
/// </summary>
public static class SyntheticRuns
{
    private const double MetresPerDegreeLatitude = 111_195;
    private static readonly DateTimeOffset FirstStart = new(2023, 1, 2, 6, 30, 0, TimeSpan.FromHours(1));

    public static FitActivityToEncode Run(int index)
    {
        var random = new Random(index);
        var sampleCount = 45 * 60 + random.Next(15 * 60 + 1);
        var basePaceSPerKm = 270 + random.Next(91);
        var elapsed = new int[sampleCount];
        var distance = new double[sampleCount];
        var speed = new double[sampleCount];
        for (var t = 0; t < sampleCount; t++)
        {
            elapsed[t] = t;
            speed[t] = 1000.0 / (basePaceSPerKm + 10 * Math.Sin(t / 300.0)) + (random.NextDouble() - 0.5) * 0.1;
            distance[t] = t == 0 ? 0 : distance[t - 1] + speed[t];
        }
        return new FitActivityToEncode
        {
            StartTime = FirstStart.AddDays(index).AddMinutes(random.Next(120)),
            Sport = Sport.Running,
            ElapsedS = elapsed,
            DistancesM = distance,
            SpeedsMps = speed,
            LatitudesDeg = distance.Select(d => 48.1 + Math.Sin(d / 2000) * 0.01).ToArray(),
            LongitudesDeg = distance.Select(d => 11.5 + Math.Cos(d / 2000) * 0.015).ToArray(),
            AltitudesM = distance.Select(d => 520 + 15 * Math.Sin(d / 700)).ToArray(),
            HeartRatesBpm = elapsed.Select(t => (byte)Math.Min(170, 130 + t / 60 + random.Next(3))).ToArray(),
            CadencesRpm = elapsed.Select(_ => (160 + random.Next(21)) / 2.0).ToArray(),
            Laps = KilometreLaps(distance),
        };
    }

    /// <summary>A lap ending at the first sample past each whole kilometre, the last at the final sample.</summary>
    private static List<FitLapToEncode> KilometreLaps(double[] distanceM)
    {
        var laps = new List<FitLapToEncode>();
        var nextKm = 1000.0;
        for (var i = 0; i < distanceM.Length - 1; i++)
        {
            if (distanceM[i] < nextKm) continue;
            laps.Add(new FitLapToEncode(i));
            nextKm += 1000;
        }
        laps.Add(new FitLapToEncode(distanceM.Length - 1, Trigger: FitLapTrigger.SessionEnd));
        return laps;
    }

    /// <summary>Writes runs 0..count-1 as FIT files into <paramref name="folder"/>; returns their total bytes.</summary>
    public static long WriteFiles(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var content = FitActivityEncoder.Encode(Run(i));
            File.WriteAllBytes(Path.Combine(folder, $"run-{i:D4}.fit"), content);
            bytes += content.Length;
        }
        return bytes;
    }
}
