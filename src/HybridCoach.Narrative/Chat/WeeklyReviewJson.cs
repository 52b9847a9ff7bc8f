using System.Text.Json.Nodes;
using HybridCoach.Application.Narration;
using HybridCoach.Narrative.Template;
using static HybridCoach.Narrative.Chat.SubjectJson;

namespace HybridCoach.Narrative.Chat;

/// <summary>
/// A <see cref="WeeklyReview"/> as data: the week against the week before (with the differences), against the plan,
/// the recovery picture (check-in figures; its notes and request go as quoted athlete text), the load trend, the plan
/// changes and alerts, and the week ahead with its longest run and the days to the next race.
/// </summary>
public static class WeeklyReviewJson
{
    public static JsonObject From(WeeklyReview w) => new()
    {
        ["week_start"] = Figures.Date(w.WeekStart),
        ["week_end"] = Figures.Date(w.WeekEnd),
        ["days"] = WeeklyReview.Days,
        ["this_week"] = Training(w.Actual),
        ["previous_week"] = Training(w.Previous),
        ["change_vs_previous_week"] = new JsonObject
        {
            ["run_distance_km"] = Km(w.Actual.RunDistanceM - w.Previous.RunDistanceM),
            ["distance_km"] = Km(w.Actual.DistanceM - w.Previous.DistanceM),
            ["runs"] = w.Actual.Runs - w.Previous.Runs,
            ["activities"] = w.Actual.Activities - w.Previous.Activities,
        },
        ["plan"] = w.Plan is { } p ? Plan(p) : null,
        ["wellbeing"] = Wellbeing(w.Wellbeing),
        ["load"] = w.Load is { } l ? new JsonObject
        {
            ["chronic_load_start"] = Round(l.ChronicLoadStart), ["chronic_load_end"] = Round(l.ChronicLoadEnd),
            ["chronic_load_change"] = Round(l.ChronicLoadEnd - l.ChronicLoadStart), ["acwr_end"] = Round(l.AcwrEnd), ["form_end"] = Round(l.FormEnd),
        } : null,
        ["plan_changes_count"] = w.PlanChanges.Count,
        ["plan_changes"] = new JsonArray([.. w.PlanChanges.Select(x => (JsonNode)x)]),
        ["pending_changes_count"] = w.PendingChanges.Count,
        ["pending_changes"] = new JsonArray([.. w.PendingChanges.Select(x => (JsonNode)x)]),
        ["alerts_count"] = w.Alerts.Count,
        ["alerts"] = new JsonArray([.. w.Alerts.Select(x => (JsonNode)x)]),
        ["requests_count"] = w.Requests.Count,
        ["requests"] = new JsonArray([.. w.Requests.Select(x => (JsonNode)x)]),
        ["in_force_until_the_coach_clears_it"] = new JsonArray([.. w.InForce.Select(x => (JsonNode)x)]),
        ["week_ahead"] = w.Next is { } n ? Ahead(n) : null,
    };

    private static JsonObject Training(WeekTraining t) => new()
    {
        ["activities"] = t.Activities, ["runs"] = t.Runs, ["other_activities"] = t.Activities - t.Runs, ["distance_km"] = Km(t.DistanceM), ["run_distance_km"] = Km(t.RunDistanceM),
        ["moving_time_h"] = Round(t.DurationS / 3600), ["hard_sessions"] = t.HardSessions, ["longest_run_km"] = Km(t.LongestRunM),
        ["easy_time_share_pct"] = Round(t.EasyTimeSharePct),
    };

    private static JsonObject Plan(WeekPlanCompliance p) => new()
    {
        ["planned_sessions"] = p.Planned, ["done"] = p.Done, ["partial"] = p.Partial, ["missed"] = p.Missed, ["replaced"] = p.Replaced,
        ["planned_distance_km"] = Km(p.PlannedDistanceM), ["missed_key_sessions_count"] = p.MissedKeySessions.Count,
        ["missed_key_sessions"] = new JsonArray([.. p.MissedKeySessions.Select(x => (JsonNode)x)]),
    };

    private static JsonObject Wellbeing(WeekWellbeing b) => new()
    {
        ["check_in"] = b.CheckIn is { } c ? new JsonObject
        {
            ["effort_1_10"] = c.Effort, ["fatigue_1_10"] = c.Fatigue, ["niggles"] = new JsonArray([.. c.Niggles.Select(x => (JsonNode)x)]),
            ["notes_and_request"] = "quoted below as athlete_text",
        } : null,
        ["signal_days"] = b.SignalDays, ["poor_sleep_nights"] = b.PoorSleepNights, ["average_sleep_h"] = Round(b.AverageSleepH),
        ["max_soreness_0_10"] = b.MaxSoreness, ["pain_flag_days"] = b.PainFlagDays, ["illness_days"] = b.IllnessDays,
    };

    private static JsonObject Ahead(WeekAhead n)
    {
        var longest = SubjectFigures.LongestRun(n);
        return new JsonObject
        {
            ["start"] = Figures.Date(n.Start), ["phase"] = n.Phase, ["focus"] = n.Focus, ["recovery_microcycle"] = n.RecoveryMicrocycle,
            ["planned_distance_km"] = Km(n.PlannedDistanceM), ["sessions_count"] = n.Sessions.Count(s => s.Type != "rest"),
            ["hard_sessions_count"] = n.Sessions.Count(s => s.Hard),
            ["longest_run"] = longest is null ? null : new JsonObject { ["title"] = longest.Title, ["distance_km"] = Km(longest.DistanceM), ["weekday"] = Figures.Weekday(longest.Date) },
            ["sessions"] = new JsonArray([.. n.Sessions.Select(Line)]),
            ["next_race"] = n.NextRace, ["next_race_date"] = n.NextRaceDate is { } d ? Figures.Date(d) : null,
            ["next_race_distance_km"] = Km(n.NextRaceDistanceM), ["days_to_next_race"] = n.NextRaceDate is { } r ? r.DayNumber - n.Start.DayNumber : null,
        };
    }
}
