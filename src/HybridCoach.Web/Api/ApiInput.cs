using HybridCoach.Application.Manual;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HybridCoach.Web.Api;

/// <summary>The API's answers to bad input: RFC 9457 problem details naming the field and the reason (400), or what was not found (404).</summary>
public static class ApiInput
{
    public static ProblemHttpResult Invalid(string field, string reason) => TypedResults.Problem(
        title: "Invalid input", detail: reason, statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?> { ["field"] = field });

    public static ProblemHttpResult Invalid(EntryFormatException error) => Invalid(error.InputName, error.Message);

    public static ProblemHttpResult NotFound(string what) => TypedResults.Problem(title: "Not found", detail: $"{what}: not found", statusCode: StatusCodes.Status404NotFound);

    /// <summary>A yyyy-mm-dd date in the range every entry accepts (<see cref="EntryText.ParseDate"/>), or <paramref name="today"/> when absent.</summary>
    public static DateOnly Date(string? text, DateOnly today) => text is null ? today : EntryText.ParseDate(text, "date");
}
