using System.Text;

namespace HybridCoach.Narrative.Providers;

/// <summary>
/// Keeps the raw HTTP response body of the model call in flight, so the audit can hold what the provider really
/// sent when the SDK could not parse it. Scoped per call with <see cref="AsyncLocal{T}"/>: <see cref="Begin"/> opens a
/// scope on the caller's flow, and <see cref="Handler"/> (on the HttpClient the SDK uses) fills it in. Bodies are
/// kept up to <see cref="MaxChars"/> characters.
/// </summary>
public static class RawResponseCapture
{
    /// <summary>64 KB of text: far more than any reply of 4 sentences, small enough for an audit row.</summary>
    public const int MaxChars = 64 * 1024;

    private static readonly AsyncLocal<Scope?> Current = new();

    /// <summary>Opens a capture scope for one model call; dispose it when the call is over.</summary>
    public static Scope Begin() => Current.Value = new Scope();

    /// <summary>The body with a marker when it was cut.</summary>
    public static string Bound(string body) => body.Length <= MaxChars ? body : body[..MaxChars] + $"…[cut at {MaxChars} characters of {body.Length}]";

    public sealed class Scope : IDisposable
    {
        private string? _body;

        public string? Body => Volatile.Read(ref _body);

        internal void Set(string body) => Volatile.Write(ref _body, Bound(body));

        public void Dispose()
        {
            if (Current.Value == this) Current.Value = null;
        }
    }

    /// <summary>Buffers each response body (the SDK then reads the buffer) and hands it to the open scope, if any.</summary>
    public sealed class Handler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (Current.Value is { } scope)
            {
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                scope.Set(Encoding.UTF8.GetString(bytes));
            }
            return response;
        }
    }

    /// <summary>An HttpClient for an SDK: capturing, and without its own timeout (the SDK's and the narrator's apply).</summary>
    public static HttpClient HttpClient() => new(new Handler(new SocketsHttpHandler())) { Timeout = Timeout.InfiniteTimeSpan };
}
