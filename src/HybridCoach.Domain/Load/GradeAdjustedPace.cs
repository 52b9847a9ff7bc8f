using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Load;

/// <summary>
/// Normalised graded pace from distance and altitude samples (science.md §7 and §6). Each interval's
/// distance is weighted by Minetti's cost ratio Cr(grade)/Cr(0), so it becomes the flat distance of the same
/// energy (Minetti et al. 2002). The graded speed is then normalised as Coggan's normalised power and Skiba's
/// LNP are: a 30 s rolling mean, raised to the 4th power, averaged, 4th root (GoldenCheetah GOVSS.cpp).
/// TrainingPeaks' NGP is proprietary; this is our documented stand-in for it.
/// </summary>
public static class GradeAdjustedPace
{
    public const string Id = "normalised_graded_pace";

    /// <summary>Null when the samples have no distance or no moving time.</summary>
    public static GradedSpeed? Compute(SampleSeries samples, LoadSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        settings ??= LoadSettings.Default;
        var timeline = SampleTimeline.From(samples);
        if (timeline.DistancesM is not { } distances || timeline.Count < 2) return null;
        var altitudes = samples.Column(SampleChannel.AltitudeM);
        var moving = new double[timeline.Count];
        var graded = new double[timeline.Count];
        var hasGrade = Accumulate(timeline.TimesS, distances, altitudes, moving, graded, settings);
        var movingS = moving[^1];
        if (!(movingS > 0)) return null;
        var average = graded[^1] / movingS;
        var normalised = Normalise(moving, graded, average, settings);
        return new GradedSpeed(new Speed(average), new Speed(normalised), new Duration(movingS), hasGrade);
    }

    // Cumulative moving time and graded distance per sample; pauses add neither.
    private static bool Accumulate(double[] times, double[] distances, ReadOnlySpan<double> altitudes,
        double[] moving, double[] graded, LoadSettings settings)
    {
        var hasGrade = false;
        var back = 0;
        for (var i = 1; i < times.Length; i++)
        {
            while (back + 1 < i && distances[i] - distances[back + 1] >= settings.GradeWindowM) back++;
            var dtS = times[i] - times[i - 1];
            var stepM = distances[i] - distances[i - 1];
            moving[i] = moving[i - 1];
            graded[i] = graded[i - 1];
            if (!(dtS > 0) || dtS > settings.MaxSampleGapS) continue;
            var grade = Grade(distances, altitudes, back, i, settings.GradeWindowM);
            hasGrade |= grade is not null;
            moving[i] += dtS;
            graded[i] += stepM * MinettiCost.RelativeToLevel(grade ?? 0);
        }
        return hasGrade;
    }

    private static double? Grade(double[] distances, ReadOnlySpan<double> altitudes, int from, int to, double windowM)
    {
        if (altitudes.IsEmpty) return null;
        var runM = distances[to] - distances[from];
        var rise = altitudes[to] - altitudes[from];
        return runM >= windowM && !double.IsNaN(rise) ? rise / runM : null;
    }

    // Resamples the graded distance every second of moving time, then takes the power mean of the rolling means.
    private static double Normalise(double[] moving, double[] graded, double average, LoadSettings settings)
    {
        var window = (int)Math.Round(settings.NormalisingWindowS);
        var seconds = (int)Math.Floor(moving[^1]);
        if (window < 1 || seconds <= window) return average;
        var perSecond = new double[seconds + 1];
        var j = 0;
        for (var s = 0; s <= seconds; s++)
        {
            while (j + 1 < moving.Length && moving[j + 1] < s) j++;
            var k = Math.Min(j + 1, moving.Length - 1);
            var span = moving[k] - moving[j];
            perSecond[s] = span > 0 ? graded[j] + (s - moving[j]) / span * (graded[k] - graded[j]) : graded[k];
        }
        double sum = 0;
        for (var s = window; s <= seconds; s++)
        {
            var rolling = Math.Max(0, (perSecond[s] - perSecond[s - window]) / window);
            sum += Math.Pow(rolling, settings.NormalisingExponent);
        }
        return Math.Pow(sum / (seconds - window + 1), 1 / settings.NormalisingExponent);
    }
}
