using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HybridCoach.Web.Api;

/// <summary>The API's answers to bad input: RFC 9457 problem details naming the field and the reason (400), or what was not found (404).</summary>
public static class ApiInput
{
    public static ProblemHttpResult Invalid(string field, string reason) => TypedResults.Problem(
        title: "Invalid input", detail: $"{field}: {reason}", statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?> { ["field"] = field });

    public static ProblemHttpResult NotFound(string what) => TypedResults.Problem(title: "Not found", detail: $"{what}: not found", statusCode: StatusCodes.Status404NotFound);

    /// <summary>A yyyy-mm-dd date, or today (UTC) when absent.</summary>
    public static bool TryDate(string? text, TimeProvider clock, out DateOnly day, out ProblemHttpResult? problem)
    {
        problem = null;
        if (text is null)
        {
            day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            return true;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day) && day.Year is >= 1900 and <= 2200) return true;
        problem = Invalid("date", $"'{text}' is not a date yyyy-mm-dd between 1900 and 2200");
        return false;
    }
}
