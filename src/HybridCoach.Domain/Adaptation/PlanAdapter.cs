using HybridCoach.Domain.Adaptation.Rules;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Domain.Adaptation;

/// <summary>
/// Adapts the rest of a plan (days after today) from the weekly check-in and the actual training. The rules run in
/// this order (<see cref="Rules"/>): the calendar first (an added race, unavailable days, a travel week), then the
/// body (a niggle, high fatigue), then the level (two weeks under plan), and last "feeling strong" (only when nothing
/// else changed). Each rule offers attempts, strongest first; the first attempt that (1) changes nothing on or before
/// today, (2) keeps recovery microcycles no longer and no harder (<see cref="RecoveryProtection"/>) and (3) adds no
/// validator violation the plan did not already have is kept — otherwise the rule backs off and the plan stays as
/// it was and the rule is reported as blocked (<see cref="BlockedRule"/>, for the coach). The result is a new plan (projection recomputed), one <see cref="PlanChange"/> per changed day with every
/// rule's reason, and the validator's verdict against <see cref="EffectiveRequest"/>.
/// </summary>
public static class PlanAdapter
{
    public static IReadOnlyList<IAdaptationRule> Rules { get; } =
    [
        new AddedRaceRule(), new UnavailableDaysRule(), new TravelWeekRule(),
        new NiggleRule(), new FatigueRule(), new UnderPlanRule(), new FeelingStrongRule(),
    ];

    /// <summary>The athlete's calendar alone: the days they cannot train (applied at once, before the rest of a check-in is routed).</summary>
    public static IReadOnlyList<IAdaptationRule> UnavailableOnly { get; } = [new UnavailableDaysRule()];

    /// <summary>The request the adapted plan is held to: the original with an added race among the other races.</summary>
    public static PlanRequest EffectiveRequest(PlanRequest request, CheckIn checkIn) =>
        checkIn.Request.AddRace is { } race && race.Date != request.GoalRace.Date && !request.OtherRaces.Any(r => r.Date == race.Date)
            ? request with { OtherRaces = [.. request.OtherRaces, race] }
            : request;

    /// <summary>For diagnosis: every attempt of every rule and the violations it would add (empty: it would be kept).</summary>
    public static IEnumerable<(string Rule, IReadOnlyList<PlanViolation> Violations)> Attempts(SeasonPlan plan, PlanRequest request, CheckIn checkIn,
        PlanActuals actuals, IReadOnlyList<Injury> injuries, DateOnly today)
    {
        var effective = EffectiveRequest(request, checkIn);
        var input = new AdaptationInput(plan, effective, checkIn, actuals, injuries, today, SeasonPlanner.Context(effective, plan.Variant).Kit);
        var draft = PlanDraft.From(plan);
        foreach (var rule in Rules)
            foreach (var attempt in rule.Attempts(input, draft))
                yield return (rule.Id + (RecoveryProtection.Holds(plan, attempt) ? "" : " (recovery protection)"),
                    PlanValidator.Validate(attempt.ToPlan(plan, effective), effective));
    }

    /// <summary>Adapts with <paramref name="rules"/> (default: all of <see cref="Rules"/>, in their order).</summary>
    public static AdaptationResult Adapt(SeasonPlan plan, PlanRequest request, CheckIn checkIn, PlanActuals actuals,
        IReadOnlyList<Injury> injuries, DateOnly today, IReadOnlyList<IAdaptationRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(checkIn);
        ArgumentNullException.ThrowIfNull(actuals);
        ArgumentNullException.ThrowIfNull(injuries);
        var effective = EffectiveRequest(request, checkIn);
        var input = new AdaptationInput(plan, effective, checkIn, actuals, injuries, today, SeasonPlanner.Context(effective, plan.Variant).Kit);
        var draft = PlanDraft.From(plan);
        var standing = Keys(PlanValidator.Validate(plan, effective));
        var blocked = new List<BlockedRule>();
        string? feelingStrong = null;
        foreach (var rule in rules ?? Rules)
        {
            if (rule is FeelingStrongRule && checkIn.Request.FeelingStrong) feelingStrong = FeelingStrongRule.WhyNot(input, draft);
            IReadOnlyList<PlanViolation>? refused = null;
            foreach (var attempt in rule.Attempts(input, draft))
            {
                if (Unchanged(attempt, draft)) break; // nothing left to try: blocked if a stronger attempt was refused
                var verdict = Verdict(attempt, input);
                if (verdict is { } added && Keys(added).IsSubsetOf(standing))
                {
                    (draft, standing, refused) = (attempt, Keys(added), null);
                    break;
                }
                refused = verdict?.Where(v => !standing.Contains(Key(v))).ToList() ?? [RecoveryViolation];
            }
            if (refused is not null) blocked.Add(new BlockedRule(rule.Id, refused));
        }
        var adapted = draft.ToPlan(plan, effective);
        var changes = PlanAdapterDiff.Changes(plan, draft);
        return new AdaptationResult(adapted, changes, PlanValidator.Validate(adapted, effective), blocked, FeelingStrongAnswer(checkIn, feelingStrong, changes, blocked));
    }

    /// <summary>What "feeling strong" did: the lengthened microcycle, the invariant that refused it, or why it did nothing.</summary>
    private static string? FeelingStrongAnswer(CheckIn checkIn, string? whyNot, IReadOnlyList<PlanChange> changes, IReadOnlyList<BlockedRule> blocked)
    {
        if (!checkIn.Request.FeelingStrong) return null;
        if (whyNot is not null) return whyNot;
        if (changes.FirstOrDefault(c => c.Kind == ChangeKind.Lengthened && c.Reason.StartsWith("feeling strong", StringComparison.Ordinal)) is { } step)
            return step.Reason[(step.Reason.IndexOf(':', StringComparison.Ordinal) + 2)..];
        return blocked.FirstOrDefault(b => b.RuleId == "feeling_strong") is { } refused
            ? $"not this week: a longer microcycle would break {refused.Invariants}"
            : "not this week: no longer microcycle fits the plan";
    }

    private static readonly PlanViolation RecoveryViolation =
        new("recovery_protection", null, null, "a recovery microcycle would run more, longer or harder");

    private static bool Unchanged(PlanDraft attempt, PlanDraft draft) =>
        attempt.Notes.Count == draft.Notes.Count && attempt.Notes.All(n => draft.Notes.TryGetValue(n.Key, out var o) && o == n.Value);

    /// <summary>The validator's violations of an attempt, or null when it touches today or earlier (never allowed)
    /// or breaks <see cref="RecoveryProtection"/>.</summary>
    private static IReadOnlyList<PlanViolation>? Verdict(PlanDraft attempt, AdaptationInput input)
    {
        if (attempt.Notes.Keys.Any(d => d <= input.Today) || !RecoveryProtection.Holds(input.Plan, attempt)) return null;
        return PlanValidator.Validate(attempt.ToPlan(input.Plan, input.Request), input.Request);
    }

    private static HashSet<string> Keys(IEnumerable<PlanViolation> violations) => [.. violations.Select(Key)];

    private static string Key(PlanViolation v) => $"{v.InvariantId}|{v.MicrocycleIndex}|{v.Date:yyyy-MM-dd}";
}
