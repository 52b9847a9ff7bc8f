namespace HybridCoach.Domain.Adaptation;

/// <summary>What the athlete's reason for an adjustment is about, strongest first (ids snake_case of the names).</summary>
public enum SessionAdjustmentReason
{
    /// <summary>Ill: the day becomes rest.</summary>
    Sick,

    /// <summary>A niggle, pain or a named body site: impact is swapped for cross-training of similar or lower load.</summary>
    Niggle,

    /// <summary>Tired, heavy legs, slept badly: a shorter recovery run.</summary>
    Tired,

    /// <summary>Short on time: the same session, shortened.</summary>
    ShortOnTime,

    /// <summary>Anything else: a softer version (hard → easy of the same time, otherwise 80 % of it).</summary>
    Other,
}
