using HybridCoach.Application.Athletes;
using HybridCoach.Hosting;
using Microsoft.AspNetCore.Identity;

namespace HybridCoach.Web.Accounts;

/// <summary>
/// The signed-in account's athlete for this request: their services, and nobody else's, and their "today". The
/// athlete's scope is leased for the request and released with it (a scoped service, disposed at the request's end).
/// </summary>
public sealed class CurrentAthlete(IHttpContextAccessor http, UserManager<WebUser> users, AthleteScopes scopes, TimeProvider clock) : IDisposable
{
    private DateOnly? _today;
    private WebUser? _user;
    private AthleteLease? _lease;

    /// <summary>The athlete's today in the time zone of their profile (UTC without one), read once per request.</summary>
    public async Task<DateOnly> TodayAsync(CancellationToken cancellationToken = default) =>
        _today ??= await AthleteTimeZone.TodayAsync((await ServicesAsync()).GetRequiredService<IAthleteStore>(), clock, cancellationToken);

    public async Task<IServiceProvider> ServicesAsync() => (_lease ??= scopes.Lease((await UserAsync()).Athlete)).Services;

    public void Dispose() => _lease?.Dispose();

    /// <summary>The signed-in account, read from the accounts store once per request.</summary>
    public async Task<WebUser> UserAsync()
    {
        if (_user is not null) return _user;
        var principal = http.HttpContext?.User ?? throw new InvalidOperationException("no request");
        return _user = await users.GetUserAsync(principal) ?? throw new UnauthorizedAccessException("not signed in");
    }
}
