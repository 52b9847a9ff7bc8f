using System.Globalization;
using System.Text.RegularExpressions;
using HybridCoach.Application.Narration;

namespace HybridCoach.Narrative.Template;

/// <summary>
/// Figures derived from a subject that both its data (the model's JSON) and its template state, computed once here
/// so the two can never disagree: the zone's number, the main set of a session, the week's longest run, the changes
/// counted by kind.
/// </summary>
public static partial class SubjectFigures
{
    [GeneratedRegex(@"^z(\d)$")]
    private static partial Regex ZonePattern();

    [GeneratedRegex(@"\d{1,2}:\d{2}[–-]\d{1,2}:\d{2}/(?:km|mi)")]
    private static partial Regex PaceBandPattern();

    /// <summary>"z4" → 4; null for no zone or another form.</summary>
    public static int? ZoneNumber(string? zoneId) =>
        zoneId is not null && ZonePattern().Match(zoneId) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    /// <summary>The main set: the first step that is neither warm-up nor cool-down (a repeat block included); null when there is none.</summary>
    public static string? MainStep(SessionLine session) =>
        session.Steps.FirstOrDefault(s => !s.StartsWith("Warm-up", StringComparison.Ordinal) && !s.StartsWith("Cool-down", StringComparison.Ordinal));

    /// <summary>The first pace band written in a step ("4:50–5:05/km"); null when the step has none.</summary>
    public static string? PaceBand(string? step) => step is not null && PaceBandPattern().Match(step) is { Success: true } m ? m.Value : null;

    /// <summary>The longest running session of the week ahead (null when none has distance).</summary>
    public static SessionLine? LongestRun(WeekAhead week) =>
        week.Sessions.Where(s => s.DistanceM > 0 && s.Type is not ("rest" or "strength" or "cross_training")).MaxBy(s => s.DistanceM);

    /// <summary>The changed days counted by kind id, in order of first appearance.</summary>
    public static IReadOnlyList<(string Kind, int Count)> ByKind(PlanChangeBrief change) =>
        [.. change.Changes.GroupBy(c => c.Kind, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))];

    /// <summary>A title or clause inside a sentence starts in lower case ("the easy run 6 km"), unless its first word is an acronym ("VO2 intervals").</summary>
    public static string Lowered(string clause) =>
        clause.Length > 1 && char.IsUpper(clause[0]) && !char.IsUpper(clause[1]) && !char.IsDigit(clause[1]) ? char.ToLowerInvariant(clause[0]) + clause[1..] : clause;

    /// <summary>An engine or data string made safe (<see cref="Clause"/>) to stand inside a sentence, lower case first (<see cref="Lowered"/>).</summary>
    public static string InSentence(string text) => Lowered(Clause(text));

    /// <summary>An engine or data string made safe inside a template sentence: no inner sentence ends, no markup characters, no final full stop.</summary>
    public static string Clause(string text)
    {
        var cleaned = Regex.Replace(text.Trim(), @"[.!?]+(?=\s)", ";").Replace("<", "under ", StringComparison.Ordinal).Replace(">", "over ", StringComparison.Ordinal);
        cleaned = Regex.Replace(cleaned, @"[{}`#*]", " ");
        return cleaned.TrimEnd('.', '!', '?', ' ', ';');
    }
}
