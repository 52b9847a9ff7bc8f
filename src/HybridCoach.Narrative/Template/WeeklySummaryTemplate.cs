using HybridCoach.Application.Narration;
using HybridCoach.Narrative.Guard;
using static HybridCoach.Narrative.Template.SubjectTemplate;

namespace HybridCoach.Narrative.Template;

/// <summary>
/// The weekly summary answers the seed's Monday questions — what changed, why, what next: the week's running
/// against the week before, how it went against the plan (or the load trend without a plan), the reasons from the
/// check-in and recovery signals with the plan changes and alerts they led to, and the week ahead.
/// </summary>
public static class WeeklySummaryTemplate
{
    /// <summary>A difference under 50 m shows as "0.0 km": "about the same" reads better.</summary>
    private const double SameDistanceM = 50;

    public static string Compose(WeeklyReview week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var key = $"{Figures.Date(week.WeekStart)}|weekly";
        var text = new SubjectText(SubjectFactsBuilder.Ceiling(week));
        text.Add(Training(week, key));
        if (Plan(week) is { } plan) text.Add(plan, optional: true);
        text.Add(WeeklyReasons.Why(week, key));
        text.Add(Next(week, key));
        return text.Compose();
    }

    private static string Training(WeeklyReview week, string key)
    {
        var (now, before) = (week.Actual, week.Previous);
        if (now.Activities == 0)
            return $"No activities were logged from {Figures.Date(week.WeekStart)} to {Figures.Date(week.WeekEnd)}"
                + (before.Activities > 0 ? $", after {Figures.Km(before.DistanceM)} in {Plural(before.Activities, "activity", "activities")} the week before" : ", and none the week before either");
        if (now.Runs == 0)
            return $"You logged {Plural(now.Activities, "activity", "activities")} over {Figures.Km(now.DistanceM)} and no running"
                + (before.Runs > 0 ? $", after {Figures.Km(before.RunDistanceM)} of running the week before" : "");
        string[] leads = ["You ran {0} in {1}", "This week you ran {0} over {1}", "Your running came to {0} in {1}"];
        var lead = string.Format(System.Globalization.CultureInfo.InvariantCulture, VariantPicker.Pick(key + "|ran", leads), Figures.Km(now.RunDistanceM), Plural(now.Runs, "run", "runs"));
        var others = now.Activities > now.Runs ? $" plus {Plural(now.Activities - now.Runs, "other activity", "other activities")}" : "";
        var diff = now.RunDistanceM - before.RunDistanceM;
        var compare = before.RunDistanceM <= 0 ? ", with no running logged the week before"
            : Math.Abs(diff) < SameDistanceM ? ", about the same as the week before"
            : $", {Figures.Km(Math.Abs(diff))} {(diff > 0 ? "more" : "less")} than the week before";
        var longest = now.LongestRunM > 0 && now.Runs > 1 ? $", and the longest run was {Figures.Km(now.LongestRunM)}" : "";
        return lead + others + compare + longest;
    }

    private static string? Plan(WeeklyReview week)
    {
        if (week.Plan is { Planned: > 0 } plan)
        {
            var parts = new List<string> { $"{plan.Done} of {Plural(plan.Planned, "planned session", "planned sessions")} {(plan.Done == 1 ? "was" : "were")} done" };
            if (plan.Partial > 0) parts.Add($"{plan.Partial} partly");
            if (plan.Replaced > 0) parts.Add($"{plan.Replaced} replaced by something else");
            var missedKey = plan.MissedKeySessions.Take(2).Select(t => "missed the " + SubjectFigures.InSentence(t)).ToList();
            if (missedKey.Count > 0) parts.Add("and you " + string.Join(" and ", missedKey));
            else if (plan.Missed > 0) parts.Add($"and {plan.Missed} missed");
            return string.Join(", ", parts);
        }
        if (week.Load is not { } load) return null;
        var acwr = load.AcwrEnd is { } a ? $", ending the week at an acute:chronic ratio of {Figures.Ratio(a)}" : "";
        return $"There was no plan to follow this week, and your fitness (chronic load) went from {Figures.Number(load.ChronicLoadStart)} to {Figures.Number(load.ChronicLoadEnd)}{acwr}";
    }

    private static string Next(WeeklyReview week, string key)
    {
        if (week.Next is not { } next) return "There is no plan for the coming week yet, so keep your running easy by feel and log every session";
        var opening = VariantPicker.Pick(key + "|next", ["Next week", "The coming week", "The week ahead"]);
        var sentence = next.RecoveryMicrocycle ? $"{opening} is a recovery week of {Figures.Km(next.PlannedDistanceM)}"
            : $"{opening} is a {SubjectFigures.Clause(next.Phase)} week of {Figures.Km(next.PlannedDistanceM)} focused on {SubjectFigures.InSentence(next.Focus)}";
        if (SubjectFigures.LongestRun(next) is { } longest) sentence += $", with the longest run of {Figures.Km(longest.DistanceM)} on {Figures.Weekday(longest.Date)}";
        if (next.Sessions.FirstOrDefault(s => s.Hard) is { } hard) sentence += $" and the {SubjectFigures.InSentence(hard.Title)} on {Figures.Weekday(hard.Date)}";
        if (next.NextRace is { } race && next.NextRaceDate is { } day) sentence += $", on the way to {SubjectFigures.Clause(race)} on {Figures.Date(day)}";
        return sentence;
    }
}
