using HybridCoach.Formats.Fit.Profile;

namespace HybridCoach.Formats.Fit;

/// <summary>
/// Gives records without heart_rate the heart rate an HRM strap stored in separate hr messages (FIT
/// Profile, hr: filtered_bpm per beat event; event_timestamp in 1/1024 s of the strap's clock, or packed as
/// 12-bit event_timestamp_12 values that wrap every 4 s). The hr message carrying timestamp +
/// fractional_timestamp anchors the strap's clock to FIT time. Each record takes the latest beat at or
/// before its own timestamp, as reference decoders do when merging heart rates (see SOURCES.md,
/// GarminHRMswim.FIT).
/// </summary>
internal static class HeartRateMerger
{
    private const double StrapTicksPerSecond = 1024;

    public static void Merge(List<FitMessage> messages)
    {
        var beats = CollectBeats(messages);
        if (beats.Count == 0) return;
        var cursor = new BeatCursor(beats);
        for (var i = 0; i < messages.Count; i++)
        {
            var record = messages[i];
            if (record.GlobalNumber != FitMessageNumbers.Record) continue;
            if (record.Field(FitMessageDefinition.TimestampFieldNumber)?.Value is not long timestamp) continue;
            if (cursor.Next(timestamp) is not { } bpm) continue;
            var fields = new List<FitField>(record.Fields.Count + 1);
            foreach (var field in record.Fields)
            {
                if (field.Number != 3) fields.Add(field);
            }
            fields.Add(new FitField(3, "heart_rate", bpm, "bpm"));
            messages[i] = new FitMessage(record.GlobalNumber, record.Name, fields, record.DeveloperFields);
        }
    }

    public static List<(double TimeS, long Bpm)> CollectBeats(IEnumerable<FitMessage> messages)
    {
        var beats = new List<(double, long)>();
        double? anchorFitS = null, anchorStrapS = null;
        long lastTicks = 0;
        foreach (var message in messages)
        {
            if (message.GlobalNumber != FitMessageNumbers.Hr) continue;
            var strapTimes = StrapTimes(message, ref lastTicks);
            if (message.Field(FitMessageDefinition.TimestampFieldNumber)?.Value is long timestamp && strapTimes.Count > 0)
            {
                anchorFitS = timestamp + (message.GetDouble("fractional_timestamp") ?? 0);
                anchorStrapS = strapTimes[0];
            }
            if (anchorFitS is null || anchorStrapS is null) continue;
            var bpm = message.Field(6)?.Value switch { long one => [one], long[] many => many, _ => Array.Empty<long>() };
            for (var i = 0; i < Math.Min(bpm.Length, strapTimes.Count); i++)
            {
                beats.Add((anchorFitS.Value + strapTimes[i] - anchorStrapS.Value, bpm[i]));
            }
        }
        beats.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return beats;
    }

    /// <summary>The strap-clock times (s) of the beats in one hr message, continuing the 12-bit accumulation.</summary>
    private static List<double> StrapTimes(FitMessage message, ref long lastTicks)
    {
        var times = new List<double>();
        switch (message.Field(9)?.Value)
        {
            case double one:
                lastTicks = (long)Math.Round(one * StrapTicksPerSecond);
                times.Add(one);
                return times;
            case double[] many:
                foreach (var t in many)
                {
                    lastTicks = (long)Math.Round(t * StrapTicksPerSecond);
                    times.Add(t);
                }
                return times;
        }
        if (message.Field(10)?.Value is not byte[] packed) return times;
        for (var bit = 0; bit + 12 <= packed.Length * 8; bit += 12)
        {
            var lo = packed[bit / 8];
            var hi = packed[(bit / 8) + 1];
            var value = bit % 8 == 0 ? lo | ((hi & 0x0F) << 8) : (lo >> 4) | (hi << 4);
            lastTicks += (value - (lastTicks & 0xFFF)) & 0xFFF;
            times.Add(lastTicks / StrapTicksPerSecond);
        }
        return times;
    }
}
