using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Planning;
using static HybridCoach.Domain.Adaptation.Rules.CycleVolume;

namespace HybridCoach.Domain.Adaptation.Rules;

/// <summary>
/// <c>niggle</c>: a niggle (severity ≥ 1) reported at the check-in changes the next <see cref="WindowDays"/> days —
/// until the next weekly check-in, which decides whether it has cleared. Hard sessions and long runs (the
/// impact-heavy ones) become cross-training of similar load via <see cref="SessionAdjuster"/> (80 % of the load at
/// an injury-history site); strides lose their strides (an easy run of the same time). At an injury-history site
/// easy and recovery runs become cross-training too (more caution where tissue has failed before: previous injury
/// is the most consistent risk factor for running injury, van der Worp et al. 2015, PLoS One 10:e0114937).
/// Races stay (the athlete's calendar). Less running then rebalances the following microcycles
/// (<see cref="CycleVolume.Rebalance"/>). Back-off: full swap, then only the hard sessions, then nothing.
/// </summary>
public sealed class NiggleRule : IAdaptationRule
{
    public const int WindowDays = 7;

    public string Id => "niggle";

    public IEnumerable<PlanDraft> Attempts(AdaptationInput input, PlanDraft draft)
    {
        var niggles = input.CheckIn.Niggles.Where(n => n.Severity >= 1).OrderByDescending(n => n.Severity).ToList();
        if (niggles.Count == 0) yield break;
        var niggle = niggles.FirstOrDefault(n => input.InjurySites.Contains(n.Site.Trim().ToLowerInvariant())) ?? niggles[0];
        var history = input.InjurySites.Contains(niggle.Site.Trim().ToLowerInvariant());
        yield return Rebalanced(Swap(draft, input, niggle, history, everyImpact: true), input);
        yield return Rebalanced(Swap(draft, input, niggle, history, everyImpact: false), input);
    }

    private static PlanDraft Swap(PlanDraft draft, AdaptationInput input, Niggle niggle, bool history, bool everyImpact)
    {
        var site = $"{niggle.Site} niggle ({niggle.Severity}/10{(history ? ", an injury-history site" : "")})";
        var window = draft.Sessions.Where(s => s.Date > input.Today && s.Date <= input.Today.AddDays(WindowDays)).ToList();
        foreach (var day in window)
        {
            if (day.Type == SessionType.Race || !day.Type.IsRunning()) continue;
            var swap = day.Hard || (everyImpact && (day.Type == SessionType.Long || history && day.Type != SessionType.Strides));
            if (swap)
            {
                var reason = history ? $"{niggle.Site} pain, injury history" : $"{niggle.Site} niggle";
                var replacement = SessionAdjuster.Propose(day, reason, input.AdjusterContext(draft)).Replacement;
                draft = draft.With(replacement, replacement.Type == SessionType.CrossTraining ? ChangeKind.SwappedForCrossTraining : ChangeKind.Softened,
                    $"{site}: no impact or intensity until it clears; {day.Type.ToId()} → {replacement.Type.ToId()} of similar or lower load");
            }
            else if (everyImpact && day.Type == SessionType.Strides)
            {
                var easy = SessionKit.Make(day.Date, SessionType.Easy,
                    [input.Kit.Steps.ByTime(StepKind.Active, Intensity.Easy, day.DurationS, "Easy run")], "z2",
                    $"Aerobic running at a conversational effort, no strides while the niggle settles. {EasySessions.CrossTrainingOption}");
                draft = draft.With(easy, ChangeKind.Softened, $"{site}: strides removed (no intensity until it clears)");
            }
        }
        return draft;
    }

    private static PlanDraft Rebalanced(PlanDraft draft, AdaptationInput input)
    {
        var changed = draft.Notes.Keys.Where(d => d > input.Today).Select(d => draft.CycleOn(d)!.Index).Distinct().Order().ToList();
        foreach (var index in changed)
        {
            draft = CapLongRun(draft, input, index, "niggle");
            draft = Rebalance(draft, input, index);
        }
        return draft;
    }
}
