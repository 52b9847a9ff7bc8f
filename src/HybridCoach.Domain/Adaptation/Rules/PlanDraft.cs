using HybridCoach.Domain.Planning;

namespace HybridCoach.Domain.Adaptation.Rules;

/// <summary>Why a day changed in a draft: the kind of the latest change and every rule's reason, in order.</summary>
public sealed record DraftNote(ChangeKind Kind, string Reason);

/// <summary>
/// A plan being adapted: its microcycles and a note per changed day. Immutable: every change returns a new draft,
/// so a rule's attempt can be thrown away when it would break an invariant.
/// </summary>
public sealed record PlanDraft(IReadOnlyList<Microcycle> Cycles, IReadOnlyDictionary<DateOnly, DraftNote> Notes)
{
    public static PlanDraft From(SeasonPlan plan) => new(plan.Microcycles, new Dictionary<DateOnly, DraftNote>());

    public IEnumerable<PlannedSession> Sessions => Cycles.SelectMany(c => c.Days);

    public PlannedSession? On(DateOnly date) => CycleOn(date)?.Days.FirstOrDefault(d => d.Date == date);

    public Microcycle? CycleOn(DateOnly date) => Cycles.FirstOrDefault(c => date >= c.Start && date <= c.End);

    /// <summary>The first microcycle that starts after <paramref name="today"/>: the one an adaptation plans afresh.</summary>
    public Microcycle? NextCycle(DateOnly today) => Cycles.FirstOrDefault(c => c.Start > today);

    public Microcycle Cycle(int index) => Cycles.First(c => c.Index == index);

    /// <summary>Puts <paramref name="session"/> on its date; the note keeps the first reason and adds later ones.</summary>
    public PlanDraft With(PlannedSession session, ChangeKind kind, string reason)
    {
        var cycle = CycleOn(session.Date) ?? throw new ArgumentException($"date {session.Date:yyyy-MM-dd}: outside the plan");
        var days = cycle.Days.Select(d => d.Date == session.Date ? session : d).ToList();
        var cycles = Cycles.Select(c => c.Index == cycle.Index ? c with { Days = days } : c).ToList();
        var notes = new Dictionary<DateOnly, DraftNote>(Notes);
        notes[session.Date] = Notes.TryGetValue(session.Date, out var earlier) && earlier.Reason != reason
            ? new DraftNote(kind, $"{earlier.Reason}; {reason}") : new DraftNote(kind, reason);
        return new PlanDraft(cycles, notes);
    }

    /// <summary>Marks microcycle <paramref name="index"/> as deliberately lowered (<see cref="Microcycle.Reduced"/>).</summary>
    public PlanDraft MarkedReduced(int index) =>
        this with { Cycles = [.. Cycles.Select(c => c.Index == index && !c.Reduced ? c with { Reduced = true } : c)] };

    public SeasonPlan ToPlan(SeasonPlan original, PlanRequest request) =>
        original with { Microcycles = Cycles, Projection = PlanProjector.Project(request, Cycles) };
}
