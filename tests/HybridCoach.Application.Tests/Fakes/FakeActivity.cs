using System.Globalization;
using System.Text;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Tests.Fakes;

/// <summary>
/// Stand-in activity files for the import tests: a real 14-byte FIT file header (so detection by content
/// works) followed by "key=value;..." text, or a gpx/TrainingCenterDatabase root element with the same
/// values as attributes. The fake readers turn them into a one-session recording.
/// </summary>
internal static class FakeActivity
{
    public static readonly DateTimeOffset Start = new(2024, 5, 1, 6, 30, 0, TimeSpan.Zero);

    public static byte[] Fit(DateTimeOffset start, double distanceM, double durationS = 3000, string sport = "run", string extra = "")
    {
        byte[] header = [14, 0x20, 0x52, 0x08, 0, 0, 0, 0, (byte)'.', (byte)'F', (byte)'I', (byte)'T', 0, 0];
        return [.. header, .. Encoding.UTF8.GetBytes(Payload(start, distanceM, durationS, sport) + extra)];
    }

    public static byte[] Gpx(DateTimeOffset start, double distanceM, double durationS = 3000, string sport = "run") =>
        Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" data=\"{Payload(start, distanceM, durationS, sport)}\"/>");

    public static byte[] Tcx(DateTimeOffset start, double distanceM, double durationS = 3000, string sport = "run") =>
        Encoding.UTF8.GetBytes($"<TrainingCenterDatabase data=\"{Payload(start, distanceM, durationS, sport)}\"/>");

    public static string Payload(DateTimeOffset start, double distanceM, double durationS, string sport) =>
        string.Create(CultureInfo.InvariantCulture, $"start={start:O};distance_m={distanceM};duration_s={durationS};sport={sport}");

    public static ActivityRecording Parse(string payload)
    {
        var values = payload.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1]);
        var start = DateTimeOffset.Parse(values["start"], CultureInfo.InvariantCulture);
        var session = new RecordedSession(SportExtensions.ParseSport(values["sport"]) ?? Sport.Other, null, start,
            new Duration(double.Parse(values["duration_s"], CultureInfo.InvariantCulture)), null,
            new Distance(double.Parse(values["distance_m"], CultureInfo.InvariantCulture)), null, null, null, null, null, null, null);
        return new ActivityRecording([session], [], SampleSeries.Empty);
    }
}
