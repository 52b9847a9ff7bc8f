using System.Net;
using System.Text.RegularExpressions;

namespace HybridCoach.WebLoad;

/// <summary>One signed-in runner: a client with its own cookies that signs in through the page's form (antiforgery token included), as a browser does.</summary>
public sealed partial class VirtualUser(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public static async Task<VirtualUser> SignInAsync(Uri server, string email, string password)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        var user = new VirtualUser(new HttpClient(handler) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(60) });
        var form = new Dictionary<string, string> { ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = await user.TokenAsync("/Account/SignIn") };
        using var response = await user.Client.PostAsync("/Account/SignIn", new FormUrlEncodedContent(form));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"sign-in of {email}: {(int)response.StatusCode}, expected a redirect");
        return user;
    }

    /// <summary>The antiforgery token of <paramref name="page"/>'s form.</summary>
    public async Task<string> TokenAsync(string page)
    {
        var body = await Client.GetStringAsync(page);
        return Token().Match(body) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"{page}: no antiforgery token");
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
