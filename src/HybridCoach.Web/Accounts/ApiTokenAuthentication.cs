using System.Security.Claims;
using System.Text.Encodings.Web;
using HybridCoach.Application.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace HybridCoach.Web.Accounts;

/// <summary>
/// Signs an `/api` request in from `Authorization: Bearer hc_…` (<see cref="ApiTokens"/>): the account the token
/// belongs to, as its sign-in cookie would. No header: not this scheme's business (the cookie may still sign the
/// request in). An unknown, revoked or malformed token fails, answered 401 with `WWW-Authenticate: Bearer`.
/// </summary>
public sealed class ApiTokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    private const string Bearer = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var account = await tokens.FindAccountAsync(header[Bearer.Length..].Trim(), Context.RequestAborted);
        if (account is null) return AuthenticateResult.Fail("unknown or revoked API token");
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, account)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
