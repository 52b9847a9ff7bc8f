using HybridCoach.Domain.Athletes;

namespace HybridCoach.Application.Athletes;

/// <summary>
/// Where one athlete's profile, recovery signals and session RPEs live (the same database as their
/// activities). Every write is one transaction: it stores all of it or nothing, and throws on failure.
/// </summary>
public interface IAthleteStore
{
    /// <summary>The profile with its injury history; null until one is saved.</summary>
    Task<AthleteProfile?> GetProfileAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores the profile, replacing the previous one and its injury list.</summary>
    Task SaveProfileAsync(AthleteProfile profile, CancellationToken cancellationToken = default);

    /// <summary>Stores the signals of their date, replacing whatever that date had.</summary>
    Task SaveSignalsAsync(RecoverySignals signals, CancellationToken cancellationToken = default);

    /// <summary>The days with signals from <paramref name="from"/> to <paramref name="to"/>, both inclusive, oldest first.</summary>
    Task<IReadOnlyList<RecoverySignals>> ListSignalsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>Sets (or with null clears) the session RPE of an activity; false when the id is unknown.</summary>
    Task<bool> SetActivityRpeAsync(long activityId, int? rpe, CancellationToken cancellationToken = default);

    /// <summary>Sets (or with null clears) the athlete's notes on an activity; false when the id is unknown.</summary>
    Task<bool> SetActivityNotesAsync(long activityId, string? notes, CancellationToken cancellationToken = default);

    /// <summary>Activity notes of activities whose local date lies from <paramref name="from"/> to <paramref name="to"/> (inclusive), oldest first.</summary>
    Task<IReadOnlyList<HybridCoach.Domain.Oversight.DatedNote>> ListActivityNotesAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}
