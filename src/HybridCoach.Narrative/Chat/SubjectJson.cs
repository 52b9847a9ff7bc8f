using System.Text.Json.Nodes;
using HybridCoach.Application.Narration;
using HybridCoach.Narrative.Guard;
using HybridCoach.Narrative.Template;

namespace HybridCoach.Narrative.Chat;

/// <summary>
/// A <see cref="NarrationSubject"/> as the data a narrator is given (built once: the model's prompt shows it and the
/// guard's facts are read from it, so "facts given = data shown"): snake_case keys whose suffix names the unit
/// (<c>_km</c>, <c>_min</c>, <c>_h</c>, <c>_pct</c>, <c>_bpm</c>), dates as yyyy-mm-dd, paces as m:ss/km, and the derived
/// figures a narration states (differences, counts, days to go). Athlete-written text (notes, requests, race and
/// athlete names) is replaced by references to the quoted block, <c>athlete_text[i]</c> (<see cref="QuotedText"/>): it
/// travels only there (<see cref="NarrationPrompt.AthleteText"/>) and gives the guard no figures.
/// </summary>
public static class SubjectJson
{
    public static JsonObject From(NarrationSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var data = Shape(subject);
        QuotedText.RedactAll(data, subject.AthleteText);
        return data;
    }

    private static JsonObject Shape(NarrationSubject subject)
    {
        return subject switch
        {
            WeeklyReview w => WeeklyReviewJson.From(w),
            SessionBrief s => Session(s),
            PlanChangeBrief c => Change(c),
            EscalationBrief e => Escalation(e),
            _ => throw new ArgumentException($"narration subject {subject.GetType().Name}: no data shape", nameof(subject)),
        };
    }

    private static JsonObject Session(SessionBrief s) => new()
    {
        ["session"] = Line(s.Session),
        ["phase"] = s.Phase,
        ["focus"] = s.Focus,
        ["recovery_microcycle"] = s.RecoveryMicrocycle,
        ["goal_race"] = s.GoalRace,
        ["goal_race_distance_km"] = Km(s.GoalRaceDistanceM),
        ["days_to_goal_race"] = s.DaysToGoalRace,
    };

    private static JsonObject Change(PlanChangeBrief c) => new()
    {
        ["change_date"] = Figures.Date(c.ChangeDate),
        ["source"] = c.Source,
        ["route"] = c.Route,
        ["route_reason"] = c.RouteReason,
        ["from_version"] = c.FromVersion,
        ["to_version"] = c.ToVersion,
        ["proposal"] = c.ProposalId is { } p ? $"p{p}" : null,
        ["changed_days"] = c.Changes.Count,
        ["changes_by_kind"] = new JsonObject([.. SubjectFigures.ByKind(c).Select(k => KeyValuePair.Create(k.Kind, (JsonNode?)k.Count))]),
        ["changes"] = new JsonArray([.. c.Changes.Select(ChangeLineJson)]),
        ["distance_before_km"] = Km(c.DistanceBeforeM),
        ["distance_after_km"] = Km(c.DistanceAfterM),
        ["distance_change_km"] = Km(c.DistanceAfterM - c.DistanceBeforeM),
        ["load_change_pct"] = Round(c.LoadChangePct),
    };

    private static JsonNode ChangeLineJson(ChangeLine line) => new JsonObject
    {
        ["date"] = Figures.Date(line.Date), ["weekday"] = Figures.Weekday(line.Date), ["kind"] = line.Kind,
        ["before"] = line.Before is { } b ? Line(b) : null, ["after"] = line.After is { } a ? Line(a) : null, ["reason"] = line.Reason,
    };

    private static JsonObject Escalation(EscalationBrief e) => new()
    {
        ["athlete"] = e.Athlete,
        ["alert"] = e.AlertId,
        ["kind"] = e.Kind,
        ["urgency"] = e.Urgency,
        ["urgency_scale"] = "1 is the most urgent",
        ["alert_date"] = Figures.Date(e.AlertDate),
        ["summary"] = e.Summary,
        ["evidence"] = new JsonArray([.. e.Evidence.Select(x => (JsonNode)x)]),
    };

    /// <summary>A planned session: what the athlete reads, plus the zone's number ("z4" → 4) a narration says as "zone 4".</summary>
    public static JsonNode Line(SessionLine s) => new JsonObject
    {
        ["date"] = Figures.Date(s.Date), ["weekday"] = Figures.Weekday(s.Date), ["type"] = s.Type, ["title"] = s.Title, ["hard"] = s.Hard,
        ["distance_km"] = Km(s.DistanceM), ["duration_min"] = Round(s.DurationS / 60), ["zone"] = s.ZoneId, ["zone_number"] = SubjectFigures.ZoneNumber(s.ZoneId),
        ["purpose"] = s.Purpose, ["steps"] = new JsonArray([.. s.Steps.Select(x => (JsonNode)x)]),
    };

    public static double? Km(double? metres) => metres is { } m ? Math.Round(m / 1000, 2) : null;

    public static double? Round(double? value) => value is { } v ? Math.Round(v, 2) : null;
}
