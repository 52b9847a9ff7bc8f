using HybridCoach.Application.Narration;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// Builds the <see cref="PlanChangeBrief"/> a narrator explains (an adaptation diff): every changed day as a
/// <see cref="ChangeLine"/> with the sessions before and after, the planned distance of the changed days before and
/// after, and the net planned load change of the microcycles they touch (the measure <see cref="ChangeSizing"/> gives
/// the oversight policy), in percent to one decimal.
/// </summary>
public static class PlanChangeBriefs
{
    /// <summary>Kind and reason of a diff day no version note explains.</summary>
    public const string UnrecordedKind = "changed";
    public const string UnrecordedReason = "no reason recorded";

    public static PlanChangeBrief From(ChangeOrigin origin, IReadOnlyList<ChangeLine> lines, double? loadChangePct, DateOnly fallbackDate)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(lines);
        var date = lines.Count > 0 ? lines.Min(l => l.Date) : fallbackDate;
        return new PlanChangeBrief(date, origin.Source, origin.Route, origin.RouteReason, origin.FromVersion, origin.ToVersion, origin.ProposalId,
            lines, lines.Sum(l => l.Before?.DistanceM ?? 0), lines.Sum(l => l.After?.DistanceM ?? 0), loadChangePct);
    }

    /// <summary>A change that went through the oversight policy, from the basis plan to the adapted one.</summary>
    public static PlanChangeBrief ForChanges(ChangeOrigin origin, SeasonPlan before, SeasonPlan after, IReadOnlyList<PlanChange> changes,
        PlanRequest request, DateOnly fallbackDate)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lines = changes.OrderBy(c => c.Date).Select(c => Line(c, request.Units)).ToList();
        return From(origin, lines, LoadChangePct(before, after, changes.Select(c => c.Date), request.Fitness.ThresholdPace.SecondsPerKilometer), fallbackDate);
    }

    public static ChangeLine Line(PlanChange change, DistanceUnit units)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new ChangeLine(change.Date, CoachingIds.ToId(change.Kind), Session(change.Before, units), Session(change.After, units), change.Reason);
    }

    public static ChangeLine Line(PlanDiffDay day, DistanceUnit units)
    {
        ArgumentNullException.ThrowIfNull(day);
        return new ChangeLine(day.Date, day.Kind ?? UnrecordedKind, Session(day.Before, units), Session(day.After, units), day.Reason ?? UnrecordedReason);
    }

    /// <summary>The policy's net load change (<see cref="ChangeSizing.NetLoadFraction(SeasonPlan, SeasonPlan, IEnumerable{DateOnly}, double)"/>) in percent, rounded to 0.1 %.</summary>
    public static double? LoadChangePct(SeasonPlan before, SeasonPlan after, IEnumerable<DateOnly> dates, double thresholdSPerKm) =>
        ChangeSizing.NetLoadFraction(before, after, dates, thresholdSPerKm) is { } fraction ? Math.Round(fraction * 100, 1) : null;

    private static SessionLine? Session(PlannedSession? session, DistanceUnit units) => session is null ? null : SessionLines.From(session, units);
}
