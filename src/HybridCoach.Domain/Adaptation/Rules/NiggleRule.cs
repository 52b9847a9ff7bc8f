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
/// (<see cref="CycleVolume.Rebalance"/>). Back-off (<see cref="NiggleSwapLevel"/>): every impact-heavy session swapped (injury-history
/// site), then hard sessions and the long run, then only the hard sessions, then intensity only — hard sessions and
/// strides become easy runs of the same time, so the running barely changes and the following weeks stay valid —
/// then nothing (the check-in then tells the coach the adaptation was blocked).
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
        foreach (var level in Levels(history))
            yield return Rebalanced(Swap(draft, input, niggle, history, level), input);
    }

    private static IEnumerable<NiggleSwapLevel> Levels(bool history) => history
        ? [NiggleSwapLevel.EveryImpact, NiggleSwapLevel.HardAndLong, NiggleSwapLevel.HardOnly, NiggleSwapLevel.IntensityOnly]
        : [NiggleSwapLevel.HardAndLong, NiggleSwapLevel.HardOnly, NiggleSwapLevel.IntensityOnly];

    private static bool Swaps(PlannedSession day, bool history, NiggleSwapLevel level) => level switch
    {
        NiggleSwapLevel.EveryImpact => day.Hard || day.Type == SessionType.Long || history && day.Type != SessionType.Strides,
        NiggleSwapLevel.HardAndLong => day.Hard || day.Type == SessionType.Long,
        NiggleSwapLevel.HardOnly => day.Hard,
        _ => false,
    };

    private static PlanDraft Swap(PlanDraft draft, AdaptationInput input, Niggle niggle, bool history, NiggleSwapLevel level)
    {
        var site = $"{niggle.Site} niggle ({niggle.Severity}/10{(history ? ", an injury-history site" : "")})";
        var window = draft.Sessions.Where(s => s.Date > input.Today && s.Date <= input.Today.AddDays(WindowDays)).ToList();
        foreach (var day in window)
        {
            if (day.Type == SessionType.Race || !day.Type.IsRunning()) continue;
            if (Swaps(day, history, level))
            {
                var reason = history ? $"{niggle.Site} pain, injury history" : $"{niggle.Site} niggle";
                var replacement = SessionAdjuster.Propose(day, reason, input.AdjusterContext(draft)).Replacement;
                draft = draft.With(replacement, replacement.Type == SessionType.CrossTraining ? ChangeKind.SwappedForCrossTraining : ChangeKind.Softened,
                    $"{site}: no impact or intensity until it clears; {day.Type.Words()} → {replacement.Type.Words()} of similar or lower load");
            }
            else if (day.Hard || day.Type == SessionType.Strides)
            {
                var what = day.Hard ? $"{day.Type.Words()} becomes an easy run of the same time" : "strides removed";
                draft = draft.With(EasyOfSameTime(day, input), ChangeKind.Softened, $"{site}: {what} (no intensity until it clears)");
            }
        }
        return draft;
    }

    /// <summary>An easy run of the day's time: the intensity goes, the time on feet stays (never harder: easy pace, lower load).</summary>
    private static PlannedSession EasyOfSameTime(PlannedSession day, AdaptationInput input) =>
        SessionKit.Make(day.Date, SessionType.Easy, [input.Kit.Steps.ByTime(StepKind.Active, Intensity.Easy, day.DurationS, "Easy run")], "z2",
            $"Aerobic running at a conversational effort, no intensity while the niggle settles. {EasySessions.CrossTrainingOption}");

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
