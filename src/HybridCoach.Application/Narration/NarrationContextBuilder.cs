using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Narration;

/// <summary>Builds the <see cref="NarrationContext"/> from the snapshot the engine decided on (nothing else is read).</summary>
public static class NarrationContextBuilder
{
    /// <summary>Recent sessions are those of the last 14 days before the date: two weeks show the pattern and the last long run.</summary>
    public const int RecentDays = 14;

    public static NarrationContext From(DecisionSnapshot snapshot, string? plannedSession = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var recent = snapshot.ActivitiesBetween(snapshot.Date.AddDays(-RecentDays), snapshot.Date.AddDays(-1))
            .OrderByDescending(a => a.Date).ThenByDescending(a => a.Id)
            .Select(a => new RecentSession(a.Date, a.Sport.ToId(), a.DistanceM, a.DurationS, a.Hard, a.IsRun))
            .ToList();
        var sites = snapshot.Injuries.Select(i => i.Site).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var notes = new List<string>();
        if (snapshot.Today?.Note is { Length: > 0 } note) notes.Add(note);
        notes.AddRange(snapshot.Injuries.Select(i => i.Notes).OfType<string>().Where(n => n.Length > 0));
        var names = snapshot.Races.Select(r => r.Name).Concat(snapshot.State.Holds.Select(h => h.Reason))
            .Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return new NarrationContext(snapshot.Metrics, sites, plannedSession, recent, notes) { WrittenNames = names };
    }
}
