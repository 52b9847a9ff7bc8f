using System.Text.RegularExpressions;
using HybridCoach.Application.Narration;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// Builds the <see cref="EscalationBrief"/> a narrator explains to the coach from a stored alert: the athlete's name
/// (<see cref="UnnamedAthlete"/> without a profile), the alert's id, kind, urgency, day, summary and evidence, and the
/// athlete's own words the evidence quotes (the words in double quotes on an evidence line that cites athlete-written
/// text: check-in notes or request, a daily note) — passed as quoted data, never as instructions.
/// </summary>
public static partial class EscalationBriefs
{
    public const string UnnamedAthlete = EscalationBrief.UnnamedAthlete;

    /// <summary>The sources the escalation rules name for athlete-written text (the domain's EscalationText).</summary>
    private static readonly string[] AthleteTextSources = ["check-in notes:", "check-in request:", "daily note:"];

    public static EscalationBrief From(StoredEscalation alert, string? athleteName)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var name = string.IsNullOrWhiteSpace(athleteName) ? UnnamedAthlete : athleteName.Trim();
        return new EscalationBrief(name, CoachingIds.Escalation(alert.Id), alert.Kind, alert.Urgency, alert.Date, alert.Summary, alert.Evidence,
            AthleteQuotes(alert.Evidence));
    }

    public static IReadOnlyList<string> AthleteQuotes(IEnumerable<string> evidence) =>
        [.. evidence.Where(line => AthleteTextSources.Any(s => line.Contains(s, StringComparison.Ordinal)))
            .SelectMany(line => Quoted().Matches(line).Select(m => m.Groups[1].Value))
            .Where(q => q.Length > 0).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex("\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();
}
