using HybridCoach.Application.Requests;

namespace HybridCoach.Application.Contracts;

/// <summary>An athlete's request and its answer as JSON (snake_case).</summary>
public sealed record RequestJson(string Id, string WeekStart, string Request, bool Answered, string? Answer, string? AnsweredBy)
{
    public static RequestJson From(RequestAnswer request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(request.AlertId, RecoverySignalsJson.DateText(request.WeekStart), request.Request, request.Answered, request.Answer, request.AnsweredBy);
    }

    public static IReadOnlyList<RequestJson> From(IEnumerable<RequestAnswer> requests) => [.. requests.Select(From)];

    /// <summary>One line for the athlete: the request and the answer, or that it waits.</summary>
    public static string Line(RequestAnswer request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Answered
            ? $"Your request \"{request.Request}\" ({request.AlertId}): {request.AnsweredBy} answered \"{request.Answer}\""
            : $"Your request \"{request.Request}\" ({request.AlertId}) is waiting for your coach's answer";
    }
}
