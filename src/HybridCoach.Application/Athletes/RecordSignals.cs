using HybridCoach.Application.Coaching;
using HybridCoach.Domain.Athletes;

namespace HybridCoach.Application.Athletes;

/// <summary>
/// `coach signals add`: stores one day's signals (replacing what the day had) and, at once, raises what cannot wait
/// for the weekly check-in — a pain flag, pain or a medical red flag in the day's note
/// (<see cref="EscalationRaiser.RaiseImmediateAsync"/>): the coach hears of it now, and the next call holds the athlete back.
/// </summary>
public sealed class RecordSignals(IAthleteStore athletes, EscalationRaiser raiser)
{
    public async Task<IReadOnlyList<RaisedEscalation>> RecordAsync(RecoverySignals signals, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signals);
        await athletes.SaveSignalsAsync(signals, cancellationToken);
        return await raiser.RaiseImmediateAsync(signals.Date, cancellationToken);
    }
}
