using HybridCoach.Application.Coaching;
using HybridCoach.Domain.Athletes;

namespace HybridCoach.Application.Athletes;

/// <summary>
/// `coach signals add`: stores one day's signals (replacing what the day had) and, at once, raises what cannot wait
/// for the weekly check-in — a pain flag, pain or a medical red flag in the day's note
/// (<see cref="EscalationRaiser.StoreImmediateAsync"/>): the coach hears of it now, and the next call holds the athlete back.
/// The signals and the alerts they raise commit together (one unit of work): a pain report is never on file without its
/// alert in the coach's inbox, nor an alert without its evidence. The alerts are narrated after the commit.
/// </summary>
public sealed class RecordSignals(IAthleteStore athletes, EscalationRaiser raiser, Stores.IUnitOfWork unitOfWork)
{
    public async Task<IReadOnlyList<RaisedEscalation>> RecordAsync(RecoverySignals signals, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signals);
        var raised = await unitOfWork.RunAsync(async c =>
        {
            await athletes.SaveSignalsAsync(signals, c);
            return await raiser.StoreImmediateAsync(signals.Date, c);
        }, cancellationToken);
        return await raiser.NarrateAsync(raised, cancellationToken);
    }
}
