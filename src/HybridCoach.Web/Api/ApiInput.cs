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

    /// <summary>
    /// A use case's refusal as problem details: something not in the athlete's store is 404, a request the store's state refuses as it stands — decided already, another one open — a conflict (409); any other
    /// refusal of the input is 400, naming the field when the refusal does (<see cref="Domain.Athletes.InvalidFieldException"/>).
    /// </summary>
    public static ProblemHttpResult Refused(ArgumentException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error switch
        {
            Application.Errors.NotFoundException => TypedResults.Problem(title: "Not found", detail: error.Message, statusCode: StatusCodes.Status404NotFound),
            Application.Errors.ConflictException => TypedResults.Problem(title: "Conflict", detail: error.Message, statusCode: StatusCodes.Status409Conflict),
            Domain.Athletes.InvalidFieldException field => Invalid(field.Field, field.Message),
            Application.Errors.InvalidInputException input => Invalid(input.Input, input.Message),
            _ => TypedResults.Problem(title: "Invalid input", detail: error.Message, statusCode: StatusCodes.Status400BadRequest),
        };
    }

    public static ProblemHttpResult NotFound(string what) => TypedResults.Problem(title: "Not found", detail: $"{what}: not found", statusCode: StatusCodes.Status404NotFound);

    /// <summary>A yyyy-mm-dd date in the range every entry accepts (<see cref="EntryText.ParseDate"/>), or <paramref name="today"/> when absent.</summary>
    public static DateOnly Date(string? text, DateOnly today) => text is null ? today : EntryText.ParseDate(text, "date");
}
