using System.Globalization;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Domain.Adaptation;

/// <summary>
/// Proposes a replacement for one planned day from the athlete's reason, never harder than the original
/// (<see cref="NeverHarder"/>) and fitting the week (product rules; the on-demand adjustment design this project
/// follows). By reason (<see cref="SessionAdjustmentReasons"/>):
/// sick → rest; niggle → cross-training of the same load (80 % at an injury-history site), at most
/// <see cref="CrossTrainingMaxDurationFactor"/> × the original's time; tired → a recovery run of
/// <see cref="TiredFraction"/> of the time, at most <see cref="TiredMaxS"/>; short on time → the same session cut to
/// the minutes given (else <see cref="ShortFraction"/>); other → hard days become an easy run of the same time,
/// easy days <see cref="OtherFraction"/> of it. A hard replacement next to another hard day becomes an easy run.
/// Every candidate is checked; one that fails falls back to a load-fitted recovery run, then cross-training, then
/// rest — which always passes.
/// </summary>
public static class SessionAdjuster
{
    public const double TiredFraction = 2.0 / 3;
    public const double TiredMaxS = 40 * 60;
    public const double ShortFraction = 2.0 / 3;
    public const double OtherFraction = 0.8;
    public const double CrossTrainingMaxDurationFactor = 1.25;
    public const double InjuryHistoryLoadFactor = 0.8;

    public static SessionAdjustment Propose(PlannedSession original, string reason, AdjusterContext context)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(context);
        var reading = SessionAdjustmentReasons.Read(reason, context.InjurySites);
        var kit = new SessionAdjusterCandidates(context);
        var maxLoad = PlannedLoad.Of(original, kit.ThresholdSPerKm);
        var notes = new List<string> { $"reason read as {Id(reading.Kind)}{SiteText(reading)}" };
        var replacement = Primary(original, reading, kit, maxLoad);
        if (replacement.Hard && context.NextToHardDay(original.Date))
        {
            replacement = kit.Easy(original.Date, replacement.DurationS, maxLoad) ?? SessionAdjusterCandidates.Rest(original.Date, "no hard days back to back");
            notes.Add("a neighbouring day is hard: no hard session today");
        }
        replacement = EnsureNeverHarder(original, replacement, kit, maxLoad, context, notes);
        return new SessionAdjustment(original, replacement, reason.Trim(), [.. notes, .. Differences(original, replacement, kit.ThresholdSPerKm)]);
    }

    private static PlannedSession Primary(PlannedSession original, SessionAdjustmentReading reading, SessionAdjusterCandidates kit, double maxLoad)
    {
        var date = original.Date;
        var running = original.Type.IsRunning();
        if (original.Type == SessionType.Rest) return original;
        var available = Math.Min(original.DurationS, reading.AvailableS ?? double.MaxValue);
        switch (reading.Kind)
        {
            case SessionAdjustmentReason.Sick:
                return SessionAdjusterCandidates.Rest(date, "you are ill; train again once the symptoms have gone");
            case SessionAdjustmentReason.Niggle:
                if (original.Type == SessionType.Strength) return SessionAdjusterCandidates.Rest(date, "a niggle: rest it today");
                var load = maxLoad * (reading.InjuryHistorySite ? InjuryHistoryLoadFactor : 1);
                var crossS = Math.Min(load / CrossTrainingLoadPerHour * 3600, original.DurationS * CrossTrainingMaxDurationFactor);
                return kit.CrossTraining(date, Math.Min(crossS, reading.AvailableS ?? double.MaxValue), load)
                    ?? SessionAdjusterCandidates.Rest(date, "a niggle: rest it today");
            case SessionAdjustmentReason.Tired:
                var tiredS = Math.Min(Math.Min(original.DurationS * TiredFraction, TiredMaxS), available);
                var tired = running ? kit.Recovery(date, tiredS, maxLoad)
                    : original.Type == SessionType.CrossTraining ? kit.CrossTraining(date, tiredS, maxLoad) : null;
                return tired ?? SessionAdjusterCandidates.Rest(date, "tired: recover today");
            case SessionAdjustmentReason.ShortOnTime:
                var target = reading.AvailableS is { } given ? Math.Min(given, original.DurationS) : original.DurationS * ShortFraction;
                return kit.Shortened(original, original.DurationS > 0 ? target / original.DurationS : 1);
            default:
                return original.Hard
                    ? kit.Easy(date, original.DurationS, maxLoad) ?? SessionAdjusterCandidates.Rest(date, "an easy day instead")
                    : kit.Shortened(original, OtherFraction);
        }
    }

    /// <summary>Load per hour of cross-training in <see cref="PlannedLoad"/>'s units (IF 0.75 → 56.25 per hour).</summary>
    private static double CrossTrainingLoadPerHour =>
        PlannedLoad.CrossTrainingIntensity * PlannedLoad.CrossTrainingIntensity * Load.RunningStress.PointsPerHourAtThreshold;

    private static PlannedSession EnsureNeverHarder(PlannedSession original, PlannedSession candidate, SessionAdjusterCandidates kit,
        double maxLoad, AdjusterContext context, List<string> notes)
    {
        if (NeverHarder.Check(original, candidate, context.ThresholdPace).Passed) return candidate;
        var date = original.Date;
        PlannedSession?[] fallbacks = original.Type.IsRunning()
            ? [kit.Recovery(date, original.DurationS, maxLoad), kit.CrossTraining(date, original.DurationS, maxLoad)]
            : [kit.CrossTraining(date, original.DurationS, maxLoad)];
        foreach (var fallback in fallbacks)
        {
            if (fallback is not null && NeverHarder.Check(original, fallback, context.ThresholdPace).Passed)
            {
                notes.Add($"the first proposal was not easier than the original: {fallback.Type.Words()} instead");
                return fallback;
            }
        }
        notes.Add("no easier session fits under the original's load and paces: rest instead");
        return SessionAdjusterCandidates.Rest(date, "nothing easier than the planned session fits");
    }

    private static IEnumerable<string> Differences(PlannedSession before, PlannedSession after, double thresholdSPerKm)
    {
        yield return $"type {before.Type.Words()} → {after.Type.Words()}";
        yield return Text($"duration {before.DurationS / 60:0} → {after.DurationS / 60:0} min");
        yield return Text($"distance {before.DistanceM / 1000:0.0} → {after.DistanceM / 1000:0.0} km");
        yield return Text($"load {PlannedLoad.Of(before, thresholdSPerKm):0.0} → {PlannedLoad.Of(after, thresholdSPerKm):0.0}");
    }

    private static string SiteText(SessionAdjustmentReading reading) =>
        reading.Site is { } site ? $" ({site}{(reading.InjuryHistorySite ? ", in the injury history" : "")})" : "";

    private static string Id(SessionAdjustmentReason kind) => kind switch
    {
        SessionAdjustmentReason.ShortOnTime => "short_on_time",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
