using HybridCoach.Application.Narration;
using HybridCoach.Narrative.Guard;

namespace HybridCoach.Narrative.Template;

/// <summary>
/// A planned session's coaching note: why it matters (the plan's purpose line), what to focus on (the main set's pace
/// band and zone, or an easy effort), and where it sits in the season (phase, focus, recovery week, goal race and
/// days to go). Rest, strength and cross-training days get their own words.
/// </summary>
public static class SessionNoteTemplate
{
    public static string Compose(SessionBrief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var session = brief.Session;
        var key = $"{Figures.Date(session.Date)}|{session.Type}|note";
        var text = new SubjectText(SubjectFactsBuilder.Ceiling(brief));
        var purpose = SubjectFigures.Clause(session.Purpose);
        if (session.Type == "rest" && purpose.StartsWith("Rest: ", StringComparison.OrdinalIgnoreCase)) purpose = purpose["Rest: ".Length..];
        var day = Figures.Weekday(session.Date);
        switch (session.Type)
        {
            case "rest":
                text.Add(purpose.Length > 0 ? $"{day} is a rest day: {purpose}" : $"{day} is a rest day, with no training planned");
                text.Add(VariantPicker.Pick(key + "|rest", [
                    $"Rest is where the {Phase(brief)} work turns into fitness, so keep the day easy on your legs",
                    "Recovery is part of the training, so enjoy the day off and sleep well",
                    $"A day without training lets the {Phase(brief)} work settle in"]));
                break;
            case "strength" or "cross_training":
                text.Add(purpose.Length > 0 ? $"{SubjectFigures.Clause(session.Title)} on {day}: {purpose}" : $"{SubjectFigures.Clause(session.Title)} on {day} supports your running without the impact");
                if (session.Steps.Count > 0) text.Add($"The plan: {string.Join("; ", session.Steps.Take(3).Select(SubjectFigures.Clause))}", optional: true);
                break;
            default:
                text.Add(VariantPicker.Pick(key + "|why", [
                    $"{SubjectFigures.Clause(session.Title)} on {day}: {purpose}",
                    $"{day}'s {SubjectFigures.Clause(session.Title)} has a clear job: {purpose}"]));
                text.Add(Focus(session));
                break;
        }
        text.Add(Season(brief), optional: session.Type == "rest" ? false : true);
        return text.Compose();
    }

    private static string Focus(SessionLine session)
    {
        var main = SubjectFigures.MainStep(session);
        var pace = SubjectFigures.PaceBand(main) ?? session.Steps.Select(SubjectFigures.PaceBand).FirstOrDefault(p => p is not null);
        var zone = SubjectFigures.ZoneNumber(session.ZoneId) is { } z ? $"zone {z}" : null;
        if (session.Hard && main is not null)
        {
            var hold = pace is null ? "" : $": holding {pace}{(zone is null ? "" : $" keeps you in {zone}")}";
            return $"The main set is {SubjectFigures.Clause(main.Replace("Active ", "", StringComparison.Ordinal))}{hold}, so start controlled and keep it even";
        }
        var at = pace is null ? "" : $" at {pace}{(zone is null ? "" : $" ({zone})")}";
        return session.Type == "long"
            ? $"Keep it steady{at}, relaxed enough to talk, and finish feeling you could go on"
            : $"Keep it easy{at}, relaxed enough to talk in full sentences";
    }

    private static string Season(SessionBrief brief)
    {
        var where = $"It sits in the {Phase(brief)} phase, focused on {SubjectFigures.Clause(brief.Focus)}{(brief.RecoveryMicrocycle ? ", in a recovery week" : "")}";
        if (brief.GoalRace is not { } race) return where;
        var distance = brief.GoalRaceDistanceM is { } m ? $" ({Figures.Km(m)})" : "";
        var days = brief.DaysToGoalRace is { } d ? $" in {SubjectTemplate.Plural(d, "day", "days")}" : "";
        var key = brief.Session.Hard || brief.Session.Type == "long";
        return where + (key ? $", and it is a key session for {SubjectFigures.Clause(race)}{distance}{days}" : $", building toward {SubjectFigures.Clause(race)}{distance}{days}");
    }

    private static string Phase(SessionBrief brief) => SubjectFigures.Clause(brief.Phase);
}
