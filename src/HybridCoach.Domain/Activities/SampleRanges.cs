using System.Globalization;

namespace HybridCoach.Domain.Activities;

/// <summary>
/// Per-sample limits (issue 15 item 1: "out-of-range samples are dropped"). A value outside its channel's range
/// becomes missing and the recording gets a warning naming the channel and the count. One bad reading, such as a
/// heart rate of 600 or an altitude of 800 km (a FIT enhanced_altitude field holds up to ~850 km), costs one value,
/// not the file. Distance and speed are not here: wrong values there change every total, so
/// <see cref="RecordingPlausibility"/> refuses the file instead.
/// </summary>
public static class SampleRanges
{
    /// <summary>
    /// Limits with room on both sides of anything recorded by a person:
    /// <list type="bullet">
    /// <item>heart rate 25–250 bpm: the lowest resting rates reported in athletes are about 26–28 bpm, and maximal rates
    /// stay under 230 bpm (Tanaka, Monahan &amp; Seals 2001, the age-predicted maximum, with its SD of about 10 bpm);</item>
    /// <item>cadence 0–300 steps/min or rpm: elite sprinters reach about 280 steps/min;</item>
    /// <item>altitude −500 to 9,000 m: the Dead Sea shore at −430 m (FIT's own altitude offset is −500 m) to Everest's 8,849 m;</item>
    /// <item>power 0–3,000 W: track sprinters' peaks are about 2,500 W;</item>
    /// <item>temperature −60 to 70 °C; latitude ±90°; longitude ±180°; vertical oscillation 0–500 mm; ground contact 0–2,000 ms.</item>
    /// </list>
    /// </summary>
    public static IReadOnlyList<SampleRange> All { get; } =
    [
        new(SampleChannel.HeartRateBpm, "heart rate", 25, 250, "bpm"),
        new(SampleChannel.CadenceSpm, "cadence", 0, 300, "/min"),
        new(SampleChannel.AltitudeM, "altitude", -500, 9_000, "m"),
        new(SampleChannel.PowerW, "power", 0, 3_000, "W"),
        new(SampleChannel.TemperatureC, "temperature", -60, 70, "°C"),
        new(SampleChannel.LatitudeDeg, "latitude", -90, 90, "°"),
        new(SampleChannel.LongitudeDeg, "longitude", -180, 180, "°"),
        new(SampleChannel.VerticalOscillationMm, "vertical oscillation", 0, 500, "mm"),
        new(SampleChannel.GroundContactTimeMs, "ground contact time", 0, 2_000, "ms"),
    ];

    /// <summary>The recording with every out-of-range sample value missing, and a warning per channel that lost values; the same recording when none did.</summary>
    public static ActivityRecording Clean(ActivityRecording recording)
    {
        ArgumentNullException.ThrowIfNull(recording);
        var samples = recording.Samples;
        var warnings = new List<string>();
        double[]?[]? columns = null;
        foreach (var range in All)
        {
            var values = samples.Column(range.Channel);
            var dropped = 0;
            for (var i = 0; i < values.Length; i++)
            {
                if (double.IsNaN(values[i]) || range.Holds(values[i])) continue;
                columns ??= Columns(samples);
                columns[(int)range.Channel]![i] = double.NaN;
                dropped++;
            }
            if (dropped > 0)
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"dropped {dropped} {range.Name} sample value(s) outside {range.Min:0.##}–{range.Max:0.##} {range.Unit}"));
        }
        if (columns is null) return recording;
        return recording with
        {
            Samples = new SampleSeries(samples.TimestampsMs.ToArray(), columns),
            Warnings = [.. recording.WarningsOrEmpty, .. warnings],
        };
    }

    private static double[]?[] Columns(SampleSeries samples) =>
        [.. Enum.GetValues<SampleChannel>().Select(c => samples.Has(c) ? samples.Column(c).ToArray() : null)];
}
