using System.Text;

namespace HybridCoach.Narrative.Providers;

/// <summary>
/// Keeps the raw HTTP response body of the model call in flight, so the audit can hold what the provider really
/// sent when the SDK could not parse it. Scoped per call with <see cref="AsyncLocal{T}"/>: <see cref="Begin"/> opens a
/// scope on the caller's flow, and <see cref="Handler"/> (on the HttpClient the SDK uses) fills it in. Bodies are
/// read up to <see cref="MaxResponseBytes"/> and kept up to <see cref="MaxChars"/> characters.
/// </summary>
public static class RawResponseCapture
{
    /// <summary>64 KB of text: far more than any reply of 4 sentences, small enough for an audit row.</summary>
    public const int MaxChars = 64 * 1024;

    private static readonly AsyncLocal<Scope?> Current = new();

    /// <summary>Opens a capture scope for one model call; dispose it when the call is over.</summary>
    public static Scope Begin() => Current.Value = new Scope();

    /// <summary>The body with a marker when it was cut.</summary>
    public static string Bound(string body) =>
        body.Length <= MaxChars || IsBound(body) ? body : body[..MaxChars] + $"…[cut at {MaxChars} characters of {body.Length}]";

    /// <summary>True when <paramref name="body"/> was cut by <see cref="Bound"/> already (cutting again would misstate the length).</summary>
    private static bool IsBound(string body) =>
        body.Length > MaxChars && string.CompareOrdinal(body, MaxChars, $"…[cut at {MaxChars} characters of ", 0, 20 + MaxChars.ToString(System.Globalization.CultureInfo.InvariantCulture).Length) == 0;

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

    /// <summary>
    /// The most a provider's response body may hold: 256 KiB. A reply of 4 sentences (400 output tokens) is a few KB of
    /// JSON; a body larger than this is refused while it is read, so a hostile or broken server cannot fill memory or
    /// the audit (issue 15 item 3: "cap the reply size while reading it").
    /// </summary>
    public const int MaxResponseBytes = 256 * 1024;

    /// <summary>
    /// Reads each response body into memory, at most <see cref="MaxResponseBytes"/> (a larger one fails the call with
    /// an <see cref="HttpRequestException"/> naming the cap, and the narrator falls back), hands it to the open scope,
    /// if any, and gives the SDK the buffered copy to parse.
    /// </summary>
    public sealed class Handler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            byte[] bytes;
            try
            {
                bytes = await ReadBoundedAsync(response.Content, cancellationToken);
            }
            catch
            {
                response.Dispose();
                throw;
            }
            var buffered = new ByteArrayContent(bytes);
            foreach (var header in response.Content.Headers) buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            response.Content.Dispose();
            response.Content = buffered;
            Current.Value?.Set(Encoding.UTF8.GetString(bytes));
            return response;
        }

        private static async Task<byte[]> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
        {
            if (content.Headers.ContentLength is > MaxResponseBytes)
                throw new HttpRequestException($"response body of {content.Headers.ContentLength} bytes is larger than the {MaxResponseBytes} bytes a reply may hold");
            await using var stream = await content.ReadAsStreamAsync(cancellationToken);
            using var memory = new MemoryStream();
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (memory.Length + read > MaxResponseBytes)
                    throw new HttpRequestException($"response body larger than the {MaxResponseBytes} bytes a reply may hold");
                memory.Write(buffer, 0, read);
            }
            return memory.ToArray();
        }
    }

    /// <summary>An HttpClient for an SDK: capturing, and without its own timeout (the SDK's and the narrator's apply).</summary>
    public static HttpClient HttpClient() => new(new Handler(new SocketsHttpHandler())) { Timeout = Timeout.InfiniteTimeSpan };
}
