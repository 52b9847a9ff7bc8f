using HybridCoach.Hosting;
using Microsoft.AspNetCore.Identity;

namespace HybridCoach.Web.Accounts;

/// <summary>The signed-in account's athlete for this request: their services, and nobody else's, and their "today".</summary>
public sealed class CurrentAthlete(IHttpContextAccessor http, UserManager<WebUser> users, AthleteScopes scopes, TimeProvider clock)
{
    /// <summary>The athlete's today: the UTC date until the profile holds a time zone (issue 16 item 1).</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IServiceProvider> ServicesAsync() => scopes.For((await UserAsync()).Athlete);

    /// <summary>The signed-in account.</summary>
    public async Task<WebUser> UserAsync()
    {
        var principal = http.HttpContext?.User ?? throw new InvalidOperationException("no request");
        return await users.GetUserAsync(principal) ?? throw new UnauthorizedAccessException("not signed in");
    }
}
