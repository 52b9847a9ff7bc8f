using HybridCoach.Application.Athletes;
using HybridCoach.Hosting;
using Microsoft.AspNetCore.Identity;

namespace HybridCoach.Web.Accounts;

/// <summary>The signed-in account's athlete for this request: their services, and nobody else's, and their "today".</summary>
public sealed class CurrentAthlete(IHttpContextAccessor http, UserManager<WebUser> users, AthleteScopes scopes, TimeProvider clock)
{
    private DateOnly? _today;
    private WebUser? _user;

    /// <summary>The athlete's today in the time zone of their profile (UTC without one), read once per request.</summary>
    public async Task<DateOnly> TodayAsync(CancellationToken cancellationToken = default) =>
        _today ??= await AthleteTimeZone.TodayAsync((await ServicesAsync()).GetRequiredService<IAthleteStore>(), clock, cancellationToken);

    public async Task<IServiceProvider> ServicesAsync() => scopes.For((await UserAsync()).Athlete);

    /// <summary>The signed-in account, read from the accounts store once per request.</summary>
    public async Task<WebUser> UserAsync()
    {
        if (_user is not null) return _user;
        var principal = http.HttpContext?.User ?? throw new InvalidOperationException("no request");
        return _user = await users.GetUserAsync(principal) ?? throw new UnauthorizedAccessException("not signed in");
    }
}
