using HybridCoach.Application.Narration;
using static HybridCoach.Narrative.Template.SubjectTemplate;

namespace HybridCoach.Narrative.Template;

/// <summary>
/// The "why" of the weekly summary: what the check-in and the recovery signals say (high fatigue or effort, niggles,
/// pain, illness, poor sleep, high soreness), the plan changes they led to (made, or proposed and waiting) and the alerts sent to the coach — or,
/// when nothing stands out, that recovery looks on track.
/// </summary>
public static class WeeklyReasons
{
    /// <summary>Fatigue or effort from 7/10 up and soreness from 6/10 up are worth naming (the check-in's upper third).</summary>
    private const int HighScore = 7;
    private const int HighSoreness = 6;
    private const int PoorSleepNightsWorthNaming = 2;

    public static string Why(WeeklyReview week, string key)
    {
        var held = week.InForce.Count > 0 ? $"In force: {List(week.InForce)}; " : "";
        return Figures.Capitalise(held + Main(week, key) + Tail(week));
    }

    private static string Main(WeeklyReview week, string key)
    {
        var reasons = Reasons(week.Wellbeing);
        var changes = week.PlanChanges.Count;
        if (reasons.Count > 0)
        {
            var named = List(reasons);
            var verb = reasons.Count == 1 ? "is" : "are";
            if (changes > 0)
                return string.Format(System.Globalization.CultureInfo.InvariantCulture,
                    VariantPicker.Pick(key + "|why", ["{0} {1} why the plan was adjusted with {2}", "{0} led to {2}", "behind {2}: {0}"]),
                    named, verb, Plural(changes, "plan change", "plan changes"));
            return week.PendingChanges.Count > 0 ? $"{named} {verb} why a plan change was proposed" : $"{named} {verb} worth watching, so keep the easy days truly easy";
        }
        var adjusted = changes > 0 ? $", and the plan was adjusted with {Plural(changes, "change", "changes")}" : "";
        // Recovery is "on track" only when nothing is held open for the coach: an open flag is the opposite of on track.
        var onTrack = week.InForce.Count == 0 ? ", with no pain or illness, say recovery is on track" : "";
        return week.Wellbeing.CheckIn is { } c
            ? $"effort {c.Effort}/10 and fatigue {c.Fatigue}/10 at the check-in{onTrack}{adjusted}"
            : $"no check-in was filed this week, so the coach has only your logs to go on{adjusted}";
    }

    /// <summary>"; 1 proposed plan change waits for a decision; 1 alert and your request went to your coach" — requests are not alerts.</summary>
    private static string Tail(WeeklyReview week)
    {
        var events = new List<string>();
        var pending = week.PendingChanges.Count;
        if (pending > 0) events.Add($"{Plural(pending, "proposed plan change", "proposed plan changes")} {(pending == 1 ? "waits" : "wait")} for a decision");
        var sent = new List<string>();
        if (week.Alerts.Count > 0) sent.Add(Plural(week.Alerts.Count, "alert", "alerts"));
        if (week.Requests.Count > 0) sent.Add(week.Requests.Count == 1 ? "your request" : $"your {week.Requests.Count} requests");
        if (sent.Count > 0) events.Add($"{List(sent)} went to your coach");
        return events.Count == 0 ? "" : "; " + string.Join("; ", events);
    }

    private static List<string> Reasons(WeekWellbeing wellbeing)
    {
        var reasons = new List<string>();
        if (wellbeing.CheckIn is { } c)
        {
            if (c.Fatigue >= HighScore) reasons.Add($"fatigue at {c.Fatigue}/10");
            if (c.Effort >= HighScore) reasons.Add($"effort rated {c.Effort}/10");
            var niggles = c.Niggles.Take(2).Select(SubjectFigures.Clause).ToList();
            if (niggles.Count > 0) reasons.Add($"the {(niggles.Count == 1 ? "niggle" : "niggles")} ({string.Join(", ", niggles)})");
        }
        if (wellbeing.PainFlagDays > 0) reasons.Add($"pain on {Plural(wellbeing.PainFlagDays, "day", "days")}");
        if (wellbeing.IllnessDays > 0) reasons.Add($"illness on {Plural(wellbeing.IllnessDays, "day", "days")}");
        if (wellbeing.PoorSleepNights >= PoorSleepNightsWorthNaming) reasons.Add($"{wellbeing.PoorSleepNights} poor nights of sleep");
        if (wellbeing.MaxSoreness is { } sore && sore >= HighSoreness) reasons.Add($"soreness up to {sore}/10");
        return reasons;
    }
}
