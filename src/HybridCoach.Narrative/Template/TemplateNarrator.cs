using HybridCoach.Application.Narration;
using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Narrative.Template;

/// <summary>
/// The default narrator: no network, 2–4 plain sentences made only from the decision and its context — the call,
/// the figures of the guardrails that decided it (or, when none fired, the load figures), and what to do today.
/// Phrasings vary by day through <see cref="VariantPicker"/>, deterministically.
/// </summary>
public sealed class TemplateNarrator : INarrator
{
    public Task<Narration> NarrateAsync(NarrationRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new Narration(Compose(request), NarrationSources.Template));

    public Task<Narration> NarrateAsync(NarrationSubject subject, CancellationToken cancellationToken = default) =>
        Task.FromResult(new Narration(SubjectTemplate.Compose(subject), NarrationSources.Template));

    public static string Compose(NarrationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sentences = request.Purpose == NarrationPurpose.PepTalk ? PepTalkTemplate.Sentences(request) : Daily(request);
        return string.Join(" ", sentences.Select(s => Figures.Capitalise(s.TrimEnd('.')) + "."));
    }

    private static List<string> Daily(NarrationRequest request)
    {
        var decision = request.Decision;
        var call = decision.Recommendation;
        var key = $"{Figures.Date(decision.Date)}|{call.ToId()}|daily";
        var sentences = new List<string> { VariantPicker.Pick(key + "|open", CallPhrases.Openings(call)) };
        if (call == Recommendation.NeedsMoreData && Find(decision, "insufficient_data") is { } data) sentences.AddRange(MissingData(decision, data));
        else sentences.Add(Why(decision, request.Context, key));
        sentences.Add(VariantPicker.Pick(key + "|act", CallPhrases.Actions(call, request.Context.PlannedSession)));
        if (Milder(decision).FirstOrDefault() is { } other && sentences.Count < 4) sentences.Add("Also worth knowing: " + OutcomePhrases.Describe(other));
        return sentences;
    }

    /// <summary>The reason sentence: the deciding guardrails' figures, or the load figures when none fired.</summary>
    public static string Why(Decision decision, NarrationContext context, string key)
    {
        var deciding = decision.Outcomes.Where(o => o.Fired && decision.DecidedBy.Contains(o.Id)).Take(2).Select(OutcomePhrases.Describe).ToList();
        if (deciding.Count > 0)
        {
            string[] leads = ["this is because {0}", "the reason is that {0}", "behind this call: {0}"];
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, VariantPicker.Pick(key + "|why", leads), string.Join(", and ", deciding));
        }
        if (context.Metrics is not { } m) return "no guardrail fired on the data available for today";
        var km = Figures.Km(m.WeeklyDistanceM);
        return m.AcwrCoupled is { } acwr
            ? $"your acute:chronic workload ratio is {Figures.Ratio(acwr)} and you covered {km} in the last 7 days, all inside the guardrails"
            : $"you covered {km} in the last 7 days and no guardrail fired";
    }

    private static IEnumerable<string> MissingData(Decision decision, GuardrailOutcome data)
    {
        var count = data.Observed.GetValueOrDefault("activities_in_window") ?? 0;
        var needed = data.Thresholds.GetValueOrDefault("min_activities");
        var window = data.Thresholds.GetValueOrDefault("window_days");
        var missing = (int)Math.Max(1, needed - count);
        yield return $"you have logged {Figures.Number(count)} {(count == 1 ? "activity" : "activities")} in the last {Figures.Number(window)} days, and the load checks need {Figures.Number(needed)}";
        yield return $"with {missing} more, they can start on {Figures.Date(decision.Date.AddDays(missing))} at the earliest";
    }

    private static GuardrailOutcome? Find(Decision decision, string id) => decision.Outcomes.FirstOrDefault(o => o.Fired && o.Id == id);

    private static IEnumerable<GuardrailOutcome> Milder(Decision decision) => decision.Fired.Where(o => !decision.DecidedBy.Contains(o.Id));
}
