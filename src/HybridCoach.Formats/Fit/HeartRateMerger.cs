using HybridCoach.Formats.Fit.Messages;
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
    private const byte HeartRateField = 3;
    private const byte FilteredBpmField = 6;
    private const byte EventTimestampField = 9;
    private const byte EventTimestamp12Field = 10;

    public static void Merge(FitMessageStore store)
    {
        var messages = new FitMessageList(store);
        var beats = CollectBeats(messages);
        if (beats.Count == 0) return;
        var cursor = new BeatCursor(beats);
        var replacements = new List<(int Message, FitFieldSlot Slot)>();
        foreach (var record in messages)
        {
            if (record.GlobalNumber != FitMessageNumbers.Record) continue;
            if (!record.TryGetSlot(FitMessageDefinition.TimestampFieldNumber, out var timestamp) || timestamp.Kind != FitSlotKind.Long) continue;
            if (cursor.Next(timestamp.Bits) is not { } bpm) continue;
            replacements.Add((record.Index, FitFieldSlot.Long(HeartRateField, bpm)));
        }
        if (replacements.Count > 0) store.ReplaceField(replacements, HeartRateField);
    }

    public static List<(double TimeS, long Bpm)> CollectBeats(IEnumerable<FitMessage> messages)
    {
        var beats = new List<(double, long)>();
        double? anchorFitS = null, anchorStrapS = null;
        long lastTicks = 0;
        var strapTimes = new List<double>();
        foreach (var message in messages)
        {
            if (message.GlobalNumber != FitMessageNumbers.Hr) continue;
            StrapTimes(message, ref lastTicks, strapTimes);
            if (message.TryGetSlot(FitMessageDefinition.TimestampFieldNumber, out var timestamp) && timestamp.Kind == FitSlotKind.Long
                && strapTimes.Count > 0)
            {
                anchorFitS = timestamp.Bits + (message.GetDouble("fractional_timestamp") ?? 0);
                anchorStrapS = strapTimes[0];
            }
            if (anchorFitS is null || anchorStrapS is null) continue;
            var bpm = Bpms(message);
            for (var i = 0; i < Math.Min(bpm.Length, strapTimes.Count); i++)
            {
                beats.Add((anchorFitS.Value + strapTimes[i] - anchorStrapS.Value, bpm[i]));
            }
        }
        beats.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return beats;
    }

    /// <summary>filtered_bpm: one value or an array of them.</summary>
    private static ReadOnlySpan<long> Bpms(FitMessage message)
    {
        if (!message.TryGetSlot(FilteredBpmField, out var slot)) return [];
        return slot.Kind switch
        {
            FitSlotKind.Long => new[] { slot.Bits },
            FitSlotKind.LongArray => message.Store.Elements(slot.Bits, slot.Length),
            _ => [],
        };
    }

    /// <summary>The strap-clock times (s) of the beats in one hr message, continuing the 12-bit accumulation.</summary>
    private static void StrapTimes(FitMessage message, ref long lastTicks, List<double> times)
    {
        times.Clear();
        if (message.TryGetSlot(EventTimestampField, out var seconds) && seconds.Kind is FitSlotKind.Double or FitSlotKind.DoubleArray)
        {
            ReadOnlySpan<long> values = seconds.Kind == FitSlotKind.Double ? [seconds.Bits] : message.Store.Elements(seconds.Bits, seconds.Length);
            foreach (var bits in values)
            {
                var t = BitConverter.Int64BitsToDouble(bits);
                lastTicks = (long)Math.Round(t * StrapTicksPerSecond);
                times.Add(t);
            }
            return;
        }
        if (!message.TryGetSlot(EventTimestamp12Field, out var packedSlot) || packedSlot.Kind != FitSlotKind.Bytes) return;
        var packed = message.Store.Bytes(packedSlot.Bits, packedSlot.Length);
        for (var bit = 0; bit + 12 <= packed.Length * 8; bit += 12)
        {
            var lo = packed[bit / 8];
            var hi = packed[(bit / 8) + 1];
            var value = bit % 8 == 0 ? lo | ((hi & 0x0F) << 8) : (lo >> 4) | (hi << 4);
            lastTicks += (value - (lastTicks & 0xFFF)) & 0xFFF;
            times.Add(lastTicks / StrapTicksPerSecond);
        }
    }
}
