using HybridCoach.Domain.Athletes;

namespace HybridCoach.Domain.Oversight;

/// <summary>The athlete-written texts the escalation rules read, each with its date and where it came from (check-in notes and request, daily notes, activity notes).</summary>
internal static class EscalationText
{
    public static IEnumerable<(DateOnly Date, string Source, string Text)> Recent(EscalationInput input)
    {
        foreach (var checkIn in input.RecentCheckIns)
        {
            if (checkIn.Notes is { } notes) yield return (checkIn.WeekStart, "check-in notes", notes);
            if (checkIn.Request.Text is { } request) yield return (checkIn.WeekStart, "check-in request", request);
        }
        foreach (var day in input.RecentSignals)
        {
            if (day.Note is { } note) yield return (day.Date, "daily note", note);
        }
        foreach (var note in input.Notes.Where(n => input.IsRecentEvent(n.Date))) yield return (note.Date, note.Source, note.Text);
    }

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Niggles(CheckIn checkIn) =>
        string.Join(", ", checkIn.Niggles.Select(n => $"{n.Site} {n.Side.ToString().ToLowerInvariant()} {n.Severity}/10"));
}
