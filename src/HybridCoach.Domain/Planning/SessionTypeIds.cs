namespace HybridCoach.Domain.Planning;

/// <summary>Stable ids of <see cref="SessionType"/> and which types count as hard (quality) sessions.</summary>
public static class SessionTypeIds
{
    private static readonly (SessionType Type, string Id, bool Hard, bool Running)[] Map =
    [
        (SessionType.Rest, "rest", false, false),
        (SessionType.Easy, "easy", false, true),
        (SessionType.Recovery, "recovery", false, true),
        (SessionType.Long, "long", false, true),
        (SessionType.Tempo, "tempo", true, true),
        (SessionType.CruiseIntervals, "cruise_intervals", true, true),
        (SessionType.Vo2Intervals, "vo2_intervals", true, true),
        (SessionType.RacePace, "race_pace", true, true),
        (SessionType.Hills, "hills", true, true),
        (SessionType.Strides, "strides", false, true),
        (SessionType.Fartlek, "fartlek", true, true),
        (SessionType.RunWalk, "run_walk", false, true),
        (SessionType.Strength, "strength", false, false),
        (SessionType.CrossTraining, "cross_training", false, false),
        (SessionType.Race, "race", true, true),
    ];

    public static string ToId(this SessionType type) => Entry(type).Id;

    /// <summary>The type in words for sentences: "easy run", "long run", "VO2 intervals", "cross-training" — never the id.</summary>
    public static string Words(this SessionType type) => type switch
    {
        SessionType.Easy => "easy run",
        SessionType.Recovery => "recovery run",
        SessionType.Long => "long run",
        SessionType.Vo2Intervals => "VO2 intervals",
        SessionType.RacePace => "race-pace run",
        SessionType.RunWalk => "run-walk",
        SessionType.Strength => "strength & conditioning",
        SessionType.CrossTraining => "cross-training",
        _ => type.ToId().Replace('_', ' '),
    };

    /// <summary>Quality sessions: work at or above threshold, hills, fartlek, race pace, races (Seiler's "hard" sessions).</summary>
    public static bool IsHard(this SessionType type) => Entry(type).Hard;

    public static bool IsRunning(this SessionType type) => Entry(type).Running;

    public static SessionType Parse(string text, string inputName = "session type")
    {
        var key = (text ?? "").Trim().ToLowerInvariant().Replace('-', '_');
        foreach (var entry in Map) if (entry.Id == key) return entry.Type;
        throw new ArgumentException($"{inputName} '{text}': expected one of {string.Join(", ", Map.Select(m => m.Id))}");
    }

    private static (SessionType Type, string Id, bool Hard, bool Running) Entry(SessionType type)
    {
        foreach (var entry in Map) if (entry.Type == type) return entry;
        throw new ArgumentOutOfRangeException(nameof(type), type, "unknown session type");
    }
}
