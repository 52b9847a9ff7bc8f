namespace HybridCoach.Application.Requests;

/// <summary>One request of the athlete's and where it stands: its alert id (e4), the week it was asked, the athlete's
/// words, and the coach's answer with who gave it (both null while it waits).</summary>
public sealed record RequestAnswer(string AlertId, DateOnly WeekStart, string Request, string? Answer, string? AnsweredBy, DateTimeOffset? AnsweredAtUtc)
{
    public bool Answered => Answer is not null;
}
