using System.Globalization;
using HybridCoach.Application.Activities;
using HybridCoach.Domain.Activities;

namespace HybridCoach.Application.Manual;

/// <summary>
/// Turns a manual entry into an <see cref="Activity"/> through the same <see cref="ActivityFactory"/> as
/// files (one stated session, no samples), with source format "manual" and a content hash over the
/// entry's canonical text — so adding the same entry again is reported as a duplicate.
/// </summary>
public static class ManualActivityFactory
{
    public const string Format = "manual";

    public static Activity Build(ManualActivityEntry entry, string sourceName = Format)
    {
        var session = new RecordedSession(entry.Sport, null, entry.Start.ToUniversalTime(), entry.Duration, entry.Duration,
            entry.Distance, entry.AverageHeartRate, null, null, null, null, null, null);
        var recording = new ActivityRecording([session], [], SampleSeries.Empty, entry.UtcOffset, entry.Name);
        var activity = ActivityFactory.Build(recording, new ActivitySource(sourceName, Format, ContentHash.Sha256(Canonical(entry))));
        return activity with { Summary = activity.Summary with { Rpe = entry.Rpe } };
    }

    /// <summary>Every field in a fixed order and format; versioned so a future change cannot collide.</summary>
    public static string Canonical(ManualActivityEntry entry) => string.Join('|',
        "manual-v1",
        entry.Start.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        entry.Sport.ToId(),
        entry.Distance.Meters.ToString("0.00", CultureInfo.InvariantCulture),
        entry.Duration.Seconds.ToString("0.000", CultureInfo.InvariantCulture),
        entry.AverageHeartRate?.BeatsPerMinute.ToString("0.0", CultureInfo.InvariantCulture) ?? "",
        entry.Rpe?.ToString(CultureInfo.InvariantCulture) ?? "",
        entry.Name ?? "");
}
