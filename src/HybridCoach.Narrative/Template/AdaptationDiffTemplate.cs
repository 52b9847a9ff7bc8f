using HybridCoach.Application.Narration;
using HybridCoach.Narrative.Guard;
using static HybridCoach.Narrative.Template.SubjectTemplate;

namespace HybridCoach.Narrative.Template;

/// <summary>
/// An adaptation diff in plain words: what changed (each day for one or two changes, else the counts by kind and
/// the span), the planned running distance and load before and after, why (the engine's reasons, shortened to their
/// cause when the whole reason names harder work than the new plan holds), and where it stands — applied as plan
/// version N, a suggestion for the athlete, or waiting for the coach.
/// </summary>
public static class AdaptationDiffTemplate
{
    private const int DetailedChanges = 2;
    private const int ReasonsShown = 2;

    public static string Compose(PlanChangeBrief change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var text = new SubjectText(SubjectFactsBuilder.Ceiling(change));
        text.Add(What(change));
        text.Add(Distance(change));
        if (Why(change, text) is { } why) text.Add(why, optional: true);
        text.Add(Status(change, text));
        return text.Compose();
    }

    private static string What(PlanChangeBrief change)
    {
        var lines = change.Changes.OrderBy(c => c.Date).ToList();
        if (lines.Count == 0) return $"The plan change of {Figures.Date(change.ChangeDate)} leaves every session as it was";
        if (lines.Count <= DetailedChanges) return $"The plan changes {Plural(lines.Count, "day", "days")}: {string.Join("; ", lines.Select(Detail))}";
        var kinds = List([.. SubjectFigures.ByKind(change).Select(k => $"{k.Count} {k.Kind.Replace('_', ' ')}")]);
        return $"The plan changes {lines.Count} days from {Figures.Weekday(lines[0].Date)} {Figures.Date(lines[0].Date)} to {Figures.Date(lines[^1].Date)}: {kinds}";
    }

    private static string Detail(ChangeLine line)
    {
        var day = Figures.Weekday(line.Date);
        static string Title(SessionLine session) => SubjectFigures.InSentence(session.Title);
        return (line.Before, line.After) switch
        {
            (null, { } after) => $"{Title(after)} added on {day}",
            ({ } before, null) => $"no {Title(before)} on {day} any more",
            ({ } before, { } after) when before.Title == after.Title => $"{Title(after)} now on {day}",
            ({ } before, { } after) => $"{Title(after)} instead of the {Title(before)} on {day}",
            _ => $"{line.Kind.Replace('_', ' ')} on {day}",
        };
    }

    private static string Distance(PlanChangeBrief change)
    {
        var (before, after) = (Figures.Km(change.DistanceBeforeM), Figures.Km(change.DistanceAfterM));
        var days = change.Changes.Select(c => c.Date).Distinct().Count() == 1 ? "that day" : "those days";
        var distance = before == after ? $"Planned running on {days} stays at {after}" : $"Planned running on {days} goes from {before} to {after}";
        if (change.LoadChangePct is not { } pct || Math.Round(pct) == 0) return distance;
        return distance + $", and the planned load {(pct < 0 ? "falls" : "rises")} by {Math.Abs(Math.Round(pct)):0} %";
    }

    private static string? Why(PlanChangeBrief change, SubjectText text)
    {
        // One reason per cause ("calf: …", "travel week: …"): the first whole reason the ceiling allows, else the cause alone.
        // A day changed by several rules has their reasons joined by "; ": each counts on its own.
        var reasons = change.Changes.SelectMany(c => c.Reason.Split("; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .GroupBy(r => Cause(SubjectFigures.Clause(r)), StringComparer.Ordinal)
            .Select(g => g.Select(r => Reason(r, text)).OfType<string>().OrderByDescending(r => r.Length).FirstOrDefault())
            .OfType<string>().Take(ReasonsShown).ToList();
        return reasons.Count == 0 ? null : $"{(reasons.Count == 1 ? "The reason" : "The reasons")}: {string.Join("; ", reasons)}";
    }

    private static string Cause(string reason) => reason.IndexOf(": ", StringComparison.Ordinal) is var cut and > 0 ? reason[..cut] : reason;

    /// <summary>The whole reason when it names nothing harder than the new plan holds, else its cause (the part before the first ": ").</summary>
    private static string? Reason(string reason, SubjectText text)
    {
        var whole = SubjectFigures.Clause(reason);
        if (whole.Length > 0 && text.Allows(whole)) return whole;
        var cut = whole.IndexOf(": ", StringComparison.Ordinal);
        return cut > 0 && text.Allows(whole[..cut]) ? whole[..cut] : null;
    }

    private static string Status(PlanChangeBrief change, SubjectText text)
    {
        var because = change.RouteReason.Length > 0 && text.Allows(change.RouteReason) ? $" because {SubjectFigures.Clause(change.RouteReason)}" : "";
        var proposal = change.ProposalId is { } p ? $" (proposal p{p})" : "";
        // A held change that was then approved or accepted is in force: said in the present, never "waits".
        if (change.ToVersion is { } applied && change.ProposalId is null && change.Route is "coach_approval" or "suggest_to_athlete")
            return $"It is applied as plan version {applied}{(because.Length > 0 ? ":" + because[" because".Length..] : "")}";
        return change.Route switch
        {
            "auto_apply" => change.ToVersion is { } v ? $"It is applied as plan version {v}{because}" : $"It is applied to the plan{because}",
            "suggest_to_athlete" => $"It is a suggestion for you to accept or decline{proposal}{because}",
            "coach_approval" => $"It waits for your coach's approval{proposal}{because}",
            // A diff between versions already in force (`plan diff`, `plan restore`): the newer version is the plan.
            "applied" when change.ToVersion is { } v => $"Plan version {v} is the one in force",
            _ => $"Its status is {change.Route.Replace('_', ' ')}{proposal}",
        };
    }
}
