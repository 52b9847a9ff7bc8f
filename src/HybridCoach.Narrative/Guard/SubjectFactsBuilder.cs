using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HybridCoach.Application.Narration;
using HybridCoach.Narrative.Chat;

namespace HybridCoach.Narrative.Guard;

/// <summary>
/// The facts of a <see cref="NarrationSubject"/>, read from exactly the data the model is given
/// (<see cref="SubjectJson"/>): every number with the unit its key names, every date, and the figures inside every
/// string (titles, steps, reasons) — never the athlete's quoted text (<see cref="QuotedText"/>). A subject explains no daily call, so the effort
/// ceiling comes from what the subject itself plans (<see cref="Ceiling"/>).
/// </summary>
public static class SubjectFactsBuilder
{
    public static NarrativeFacts From(NarrationSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return From(SubjectJson.From(subject), subject.AthleteText, Ceiling(subject));
    }

    public static NarrativeFacts From(JsonObject data, IReadOnlyList<string> athleteText, EffortCeiling ceiling)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(athleteText);
        var figures = new List<NarrativeFact>();
        var dates = new List<DateOnly>();
        // The data's athlete-written strings are references already (SubjectJson); the quoted text gives no figures.
        Walk(data, "", figures, dates);
        return new NarrativeFacts(null, figures, dates, ceiling);
    }

    /// <summary>
    /// What a subject may suggest: the week ahead's sessions, the planned session, the sessions after a change (with
    /// their phase and focus) — PROCEED's rule over that text; an escalation plans nothing, so nothing hard at all.
    /// </summary>
    public static EffortCeiling Ceiling(NarrationSubject subject) => subject switch
    {
        WeeklyReview w => EffortCeiling.Plan(w.Next is { } n ? $"{n.Phase} {n.Focus} {Planned(n.Sessions)}" : "", "the week ahead"),
        SessionBrief s => EffortCeiling.Plan($"{s.Phase} {s.Focus} {Planned([s.Session])}", "the planned session"),
        PlanChangeBrief c => EffortCeiling.Plan(Planned([.. c.Changes.Select(x => x.After).OfType<SessionLine>()]), "the changed plan"),
        EscalationBrief => EffortCeiling.NothingHard("an escalation alert"),
        _ => throw new ArgumentException($"narration subject {subject.GetType().Name}: no effort ceiling", nameof(subject)),
    };

    private static string Planned(IEnumerable<SessionLine> sessions) =>
        string.Join(" | ", sessions.Select(s => $"{s.Type.Replace('_', ' ')} {s.Title} {s.Purpose} {string.Join(" ", s.Steps)}"));

    private static void Walk(JsonNode? node, string key, List<NarrativeFact> figures, List<DateOnly> dates)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (k, v) in obj) Walk(v, k, figures, dates);
                break;
            case JsonArray array:
                foreach (var item in array) Walk(item, key, figures, dates);
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                figures.Add(NarrativeFactsBuilder.Keyed(key, double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture)));
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                AddText(value.GetValue<string>(), figures, dates);
                break;
        }
    }

    /// <summary>A string's figures and dates; a clock figure ("5:40" of "5:40–6:10/km") also counts as a pace, as a band's fast end is one.</summary>
    private static void AddText(string text, List<NarrativeFact> figures, List<DateOnly> dates)
    {
        dates.AddRange(NumberMentions.Dates(text));
        foreach (var mention in NumberMentions.Figures(text))
        {
            figures.Add(new NarrativeFact(mention.Value, mention.Unit));
            if (mention.Unit == FactUnit.Seconds && mention.Text.Contains(':', StringComparison.Ordinal))
                figures.Add(new NarrativeFact(mention.Value, FactUnit.SecondsPerKm));
        }
    }
}
