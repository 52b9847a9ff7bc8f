using HybridCoach.Domain.Planning;

namespace HybridCoach.Domain.Adaptation;

/// <summary>
/// The session a coach writes by hand for one day: rest, an easy run, a recovery run, the long run, easy running with
/// strides or cross-training, of a given distance or time (the planned amount when none is given), built with the
/// athlete's paces (<see cref="EasySessions"/>). Quality sessions are not written by hand: the planner builds them
/// (the coach moves, swaps or cancels them). A running session needs a distance, cross-training and recovery a time;
/// either is converted at the athlete's easy pace. Amounts are bounded: up to <see cref="MaxDistanceM"/> and
/// <see cref="MaxSeconds"/> (a longer day is not a training session this tool writes).
/// </summary>
public static class CoachSessionEdit
{
    public const double MaxDistanceM = 50_000;
    public const double MaxSeconds = 5 * 3600;

    public static IReadOnlyList<SessionType> Types { get; } =
        [SessionType.Rest, SessionType.Easy, SessionType.Recovery, SessionType.Long, SessionType.Strides, SessionType.CrossTraining];

    public static PlannedSession Make(SessionKit kit, PlannedSession planned, SessionType type, double? distanceM, double? seconds)
    {
        ArgumentNullException.ThrowIfNull(kit);
        ArgumentNullException.ThrowIfNull(planned);
        if (!Types.Contains(type))
            throw new ArgumentException($"--type {type.ToId()}: a coach writes {string.Join(", ", Types.Select(t => t.ToId()))}; move, swap or cancel a quality session instead");
        if (distanceM is { } d && d is <= 0 or > MaxDistanceM) throw new ArgumentException($"--km {d / 1000:0.##}: expected more than 0 and at most {MaxDistanceM / 1000:0} km");
        if (seconds is { } s && s is <= 0 or > MaxSeconds) throw new ArgumentException($"--minutes {s / 60:0.#}: expected more than 0 and at most {MaxSeconds / 60:0} minutes");
        var easyPace = kit.Steps.Paces.Range(Intensity.Easy).Mid.SecondsPerKilometer;
        double Distance() => distanceM ?? (seconds is { } t ? t / easyPace * 1000 : planned.DistanceM > 0 ? planned.DistanceM : planned.DurationS / easyPace * 1000);
        double Time() => seconds ?? (distanceM is { } m ? m / 1000 * easyPace : planned.DurationS);
        var date = planned.Date;
        return type switch
        {
            SessionType.Rest => EasySessions.Rest(date, "Rest: the coach's call."),
            SessionType.Easy => EasySessions.Easy(kit, date, Positive(Distance())),
            SessionType.Long => EasySessions.Long(kit, date, Positive(Distance())),
            SessionType.Strides => EasySessions.WithStrides(kit, date, Positive(Distance())),
            SessionType.Recovery => EasySessions.Recovery(kit, date, Positive(Time())),
            _ => EasySessions.CrossTraining(date, Positive(Time())),
        };
    }

    private static double Positive(double amount) =>
        amount > 0 ? amount : throw new ArgumentException("--km or --minutes: the planned day has no amount to keep; give one");
}
