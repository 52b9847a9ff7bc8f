using System.Globalization;
using System.Text;
using HybridCoach.Domain.Activities;
using HybridCoach.Formats;

namespace HybridCoach.Storage.Tests;

/// <summary>
/// A stand-in FIT reader for store-level import tests: content is a real 14-byte FIT header followed by
/// a day number; the reader returns a 30-minute run on that day sampled every second at 3.5 m/s, so the
/// factory derives laps, splits and best efforts and the store writes every part of an activity.
/// </summary>
internal sealed class SyntheticFitReader : IActivityFileReader
{
    private static readonly DateTimeOffset Day0 = new(2024, 1, 1, 7, 0, 0, TimeSpan.Zero);

    public ActivityFileFormat Format => ActivityFileFormat.Fit;

    public static byte[] File(int day)
    {
        byte[] header = [14, 0x20, 0x52, 0x08, 0, 0, 0, 0, (byte)'.', (byte)'F', (byte)'I', (byte)'T', 0, 0];
        return [.. header, .. Encoding.ASCII.GetBytes(day.ToString(CultureInfo.InvariantCulture))];
    }

    public ActivityRecording Read(ReadOnlySpan<byte> content, string fileName, ActivityReadOptions options)
    {
        var day = int.Parse(Encoding.ASCII.GetString(content[14..]), CultureInfo.InvariantCulture);
        var start = Day0.AddDays(day);
        var builder = new SampleSeriesBuilder(1800);
        for (var s = 0; s <= 1800; s++)
        {
            builder.Append(start.AddSeconds(s).ToUnixTimeMilliseconds());
            builder.Set(SampleChannel.DistanceM, 3.5 * s);
            builder.Set(SampleChannel.SpeedMps, 3.5);
            builder.Set(SampleChannel.HeartRateBpm, 140 + s % 20);
        }
        var session = new RecordedSession(Sport.Running, null, start, null, null, null, null, null, null, null, null, null, null);
        return new ActivityRecording([session], [], builder.Build());
    }
}
