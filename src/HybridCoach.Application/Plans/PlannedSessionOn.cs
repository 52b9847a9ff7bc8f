namespace HybridCoach.Application.Plans;

/// <summary>The session `coach today` shows: the newest plan version's active variant's session on the day; null without a plan or outside it.</summary>
public sealed class PlannedSessionOn(IPlanStore store)
{
    public async Task<PlannedDay?> FindAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        if (await ReadLatestPlan.FindAsync(store, cancellationToken) is not { } set) return null;
        var session = set.Active.Plan.Sessions.FirstOrDefault(s => s.Date == date);
        return session is null ? null : new PlannedDay(session, set.Request.Units, set.Version, set.ActiveVariant);
    }
}
