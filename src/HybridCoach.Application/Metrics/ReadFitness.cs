using HybridCoach.Application.Activities;
using HybridCoach.Application.Athletes;
using HybridCoach.Application.Decisions;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Load;

namespace HybridCoach.Application.Metrics;

/// <summary>
/// The web app's Fitness page as of any day: `coach metrics` over the range (<see cref="ComputeMetrics"/>: chronic and acute
/// load, form, ACWR, intensity by zone per week, the easy-pace HR trend), the charts' columns with the ACWR bands from the
/// athlete's own guardrail thresholds, and the weekly running volume of the range (<see cref="WeeklyVolumeCalculator"/>).
/// </summary>
public sealed class ReadFitness(IAthleteStore athletes, ComputeMetrics metrics, GuardrailSettingsResolver settingsResolver, IActivityStore activities)
{
    public async Task<FitnessView> ReadAsync(DateOnly asOf, int days, CancellationToken cancellationToken = default)
    {
        var from = asOf.AddDays(1 - days);
        var profile = AthleteLoadProfile.From(await athletes.GetProfileAsync(cancellationToken), LoadProfileOverrides.None);
        var report = await metrics.ComputeAsync(new MetricsRequest(profile, asOf, from, asOf), cancellationToken);
        var settings = await settingsResolver.ResolveAsync(cancellationToken);
        var series = FitnessChartSeries.From(report, settings.Get(AcwrCautionGuardrail.MaxRatio), settings.Get(AcwrHighGuardrail.MinRatio));
        var since = new DateTimeOffset(WeeklyVolumeCalculator.WeekStart(from).AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var inRange = (await activities.ListAsOfAsync(new ActivityQuery(StartFrom: since), asOf, cancellationToken))
            .Where(i => ActivitiesAsOf.LocalDate(i.Summary) >= WeeklyVolumeCalculator.WeekStart(from)).Select(i => i.Summary);
        return new FitnessView(report, series, WeeklyVolumeCalculator.Calculate(inRange));
    }
}
