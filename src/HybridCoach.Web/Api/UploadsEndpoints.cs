using HybridCoach.Application.Contracts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using HybridCoach.Web.Accounts;
using HybridCoach.Web.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace HybridCoach.Web.Api;

/// <summary>
/// `/api/uploads`: files posted as multipart form data ("files"; with the sign-in cookie, the antiforgery token as every
/// form carries; with an API token, nothing more) are imported in the background. The answer (202, Location of the
/// upload) already has the report when the import took under <see cref="UploadQueue.InlineWait"/> (3 s unless
/// configured), else its progress, which GET follows. The report is `coach import --json`'s.
/// </summary>
public static class UploadsEndpoints
{
    public static IEndpointRouteBuilder MapUploadsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/uploads");
        // Antiforgery is checked here, for requests the sign-in cookie signed in: a request with an API token carries no
        // ambient credential another site could ride on, and has no antiforgery token to send.
        group.MapPost("/", SubmitAsync).WithName("Upload").WithSummary("Import activity files or exports (in the background)")
            .WithMetadata(new RequestSizeLimitAttribute(UploadLimits.MaxUploadBytes)).DisableAntiforgery()
            .Accepts<IFormFileCollection>("multipart/form-data");
        group.MapGet("/{upload}", Get).WithName("GetUpload").WithSummary("An upload's progress, and its report once imported");
        return routes;
    }

    private static async Task<Results<Accepted<ImportJobJson>, ProblemHttpResult>> SubmitAsync(HttpContext context, CurrentAthlete athlete,
        UploadQueue queue, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        if (context.User.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == IdentityConstants.ApplicationScheme))
        {
            try
            {
                await antiforgery.ValidateRequestAsync(context);
            }
            catch (AntiforgeryValidationException)
            {
                return TypedResults.Problem(title: "Invalid input", detail: "the form's antiforgery token is missing or wrong", statusCode: StatusCodes.Status400BadRequest);
            }
        }
        var files = context.Request.HasFormContentType ? (await context.Request.ReadFormAsync(cancellationToken)).Files : null;
        if (files is null || files.Count == 0) return ApiInput.Invalid("files", "no file in the form's \"files\" field");
        try
        {
            var job = await queue.SubmitAsync((await athlete.UserAsync()).Athlete, [.. files], cancellationToken);
            await job.WaitAsync(queue.InlineWait, cancellationToken);
            return TypedResults.Accepted($"/api/uploads/{job.Id}", ImportJobJson.From(job.Status()));
        }
        catch (UploadRefusedException refused)
        {
            return TypedResults.Problem(title: "Too many uploads", detail: refused.Message, statusCode: StatusCodes.Status429TooManyRequests);
        }
    }

    private static async Task<Results<Ok<ImportJobJson>, ProblemHttpResult>> Get(string upload, CurrentAthlete athlete, UploadQueue queue,
        CancellationToken cancellationToken) =>
        await queue.FindAsync(upload, (await athlete.UserAsync()).Athlete, cancellationToken) is { } status
            ? TypedResults.Ok(ImportJobJson.From(status)) : ApiInput.NotFound($"upload {upload}");
}
