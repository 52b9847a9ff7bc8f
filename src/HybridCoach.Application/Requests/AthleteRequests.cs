using HybridCoach.Application.Coaching;

namespace HybridCoach.Application.Requests;

/// <summary>
/// A check-in's request in words ("Can the long run be on Saturday?") is an item in the coach's inbox until the coach
/// answers it (<see cref="AnswerRequest"/>); the answer is the acknowledgement's note. Stored as an alert of kind
/// <see cref="Kind"/> so it sits in the one inbox with the alerts and proposals, ordered by <see cref="Urgency"/>.
/// </summary>
public static class AthleteRequests
{
    public const string Kind = "athlete_request";

    /// <summary>A question waiting for an answer, not a warning: after every alert about health and training
    /// (<see cref="Domain.Oversight.EscalationUrgency"/>, 1–4). Product rule.</summary>
    public const int Urgency = 5;

    /// <summary>Requests longer than this are cut in the inbox line (the whole text is in the evidence).</summary>
    public const int SummaryChars = 120;

    public static StoredEscalation For(long checkInId, DateOnly weekStart, string text, DateTimeOffset nowUtc)
    {
        var trimmed = text.Trim();
        var shown = trimmed.Length <= SummaryChars ? trimmed : trimmed[..SummaryChars] + "…";
        return new StoredEscalation(0, Kind, Urgency, weekStart, $"the athlete asks \"{shown}\": answer it with the coach answer command",
            [$"check-in request: \"{trimmed}\" (check-in {checkInId}, week of {weekStart:yyyy-MM-dd})"],
            $"{Kind}|{weekStart:yyyy-MM-dd}|checkin:{checkInId}", EscalationStatus.Open, nowUtc);
    }

    /// <summary>The athlete's words, as stored in the evidence.</summary>
    public static string Text(StoredEscalation request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var line = request.Evidence.FirstOrDefault() ?? "";
        var start = line.IndexOf('"', StringComparison.Ordinal);
        var end = line.LastIndexOf('"');
        return start >= 0 && end > start ? line[(start + 1)..end] : request.Summary;
    }
}
