namespace HybridCoach.Web.Accounts;

/// <summary>
/// The address people reach the app at (`HybridCoach:PublicUrl`, e.g. https://coach.example.org), which links sent out
/// of the app (password resets) are built on. Required once mail is configured: a link built from the request's own
/// Host header could point a reset token at another site (host header injection). Without mail the link is built
/// from the request, since it only goes to the server's log.
/// </summary>
public sealed class PublicAddress(Uri? configured)
{
    public const string Key = "HybridCoach:PublicUrl";

    public Uri? Configured { get; } = configured;

    public static PublicAddress Read(IConfiguration configuration, bool required)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration[Key];
        if (string.IsNullOrWhiteSpace(text))
            return required ? throw new InvalidOperationException($"{Key} is not set: with mail configured, links need the address people reach the app at, e.g. https://coach.example.org") : new PublicAddress(null);
        return Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && string.IsNullOrEmpty(uri.Query)
            ? new PublicAddress(new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/"))
            : throw new InvalidOperationException($"{Key} '{text}': expected an absolute http(s) address without a query, e.g. https://coach.example.org");
    }

    /// <summary>An absolute link to <paramref name="pathAndQuery"/> (from the app's root) on the configured address, else on the request's.</summary>
    public Uri Link(string pathAndQuery, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var root = Configured ?? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
        return new Uri(root, pathAndQuery.TrimStart('/'));
    }
}
