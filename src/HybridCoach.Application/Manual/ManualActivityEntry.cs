using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Manual;

/// <summary>
/// A run logged by hand. <see cref="StartTime"/> is local; without it the activity starts at noon, so
/// the date never moves across midnight when shown in another time zone. <see cref="UtcOffset"/> is the
/// runner's offset on that date (zero when unknown). A run needs a distance and a speed a human can run
/// (<see cref="Domain.Performance.WorldRecords"/>).
/// </summary>
public sealed record ManualActivityEntry
{
    public static readonly TimeOnly DefaultStartTime = new(12, 0);

    public ManualActivityEntry(DateOnly date, Distance distance, Duration duration, Sport sport = Sport.Running,
        TimeOnly? startTime = null, HeartRate? averageHeartRate = null, int? rpe = null, string? name = null,
        TimeSpan? utcOffset = null)
    {
        if (distance.Meters < 0 || !double.IsFinite(distance.Meters)) throw new ArgumentOutOfRangeException(nameof(distance), distance, "distance must be zero or more");
        if (!(duration.Seconds > 0)) throw new ArgumentOutOfRangeException(nameof(duration), duration, "duration must be more than 0");
        if (rpe is < 1 or > 10) throw new ArgumentOutOfRangeException(nameof(rpe), rpe, "RPE must be from 1 to 10");
        if (sport.IsRun() && distance.Meters <= 0)
            throw new Errors.InvalidInputException("distance", " 0: a run needs a distance above 0 (log a session without one under its own sport, e.g. strength)");
        if (sport.IsRun() && Domain.Performance.WorldRecords.ImplausibleReason(distance.Meters, duration.Seconds) is { } implausible)
            throw new Errors.InvalidInputException("distance and duration", ": " + implausible);
        Date = date;
        Distance = distance;
        Duration = duration;
        Sport = sport;
        StartTime = startTime;
        AverageHeartRate = averageHeartRate;
        Rpe = rpe;
        Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        UtcOffset = utcOffset ?? TimeSpan.Zero;
    }

    public DateOnly Date { get; }
    public Distance Distance { get; }
    public Duration Duration { get; }
    public Sport Sport { get; }
    public TimeOnly? StartTime { get; }
    public HeartRate? AverageHeartRate { get; }
    public int? Rpe { get; }
    public string? Name { get; }
    public TimeSpan UtcOffset { get; }

    public DateTimeOffset Start => new(Date.ToDateTime(StartTime ?? DefaultStartTime), UtcOffset);
}
