using HybridCoach.Application.Requests;

namespace HybridCoach.Cli.Output;

/// <summary>An athlete's request and its answer as JSON (snake_case).</summary>
public static class RequestJson
{
    public static object From(RequestAnswer request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new
        {
            id = request.AlertId,
            week_start = RecoverySignalsJson.DateText(request.WeekStart),
            request = request.Request,
            answered = request.Answered,
            answer = request.Answer,
            answered_by = request.AnsweredBy,
        };
    }

    public static IReadOnlyList<object> From(IEnumerable<RequestAnswer> requests) => [.. requests.Select(From)];

    /// <summary>One line for the athlete: the request and the answer, or that it waits.</summary>
    public static string Line(RequestAnswer request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Answered
            ? $"Your request \"{request.Request}\" ({request.AlertId}): {request.AnsweredBy} answered \"{request.Answer}\""
            : $"Your request \"{request.Request}\" ({request.AlertId}) is waiting for your coach's answer";
    }
}
