using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans;

/// <summary>The session `coach today` shows: the newest plan version's active variant's session on the day; null without a plan or outside it.</summary>
public sealed class PlannedSessionOn(IPlanStore store)
{
    public async Task<PlannedSession?> FindAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        var set = await ReadLatestPlan.FindAsync(store, cancellationToken);
        return set?.Active.Plan.Sessions.FirstOrDefault(s => s.Date == date);
    }
}
