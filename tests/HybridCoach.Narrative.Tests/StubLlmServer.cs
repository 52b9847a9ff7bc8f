using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace HybridCoach.Narrative.Tests;

/// <summary>
/// A stub language-model server on 127.0.0.1 (no internet) speaking the two wire formats the real client packages
/// use: the Anthropic Messages API (POST /v1/messages) and the OpenAI chat-completions API (POST /v1/chat/completions).
/// It answers every request with <see cref="Reply"/> and keeps the request bodies it received.
/// </summary>
public sealed class StubLlmServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<string> _requests = [];

    public StubLlmServer()
    {
        // A free port can be taken by a parallel test between the probe and the listen: try another then.
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            try
            {
                _listener.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                _listener.Prefixes.Clear();
            }
        }
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; private set; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>The variables that point `coach` at this stub as an OpenAI-compatible server (model "stub-local", 20 s timeout).</summary>
    public Dictionary<string, string> OpenAIEnvironment() => new()
    {
        ["HYBRIDCOACH_LLM_PROVIDER"] = "openai",
        ["HYBRIDCOACH_LLM_ENDPOINT"] = BaseUrl + "/v1",
        ["HYBRIDCOACH_LLM_MODEL"] = "stub-local",
        ["HYBRIDCOACH_LLM_TIMEOUT_S"] = "20",
    };
    public StubReply Reply { get; set; } = StubReply.Text("Keep it easy today. Your calf is talking.");

    public IReadOnlyList<string> Requests { get { lock (_requests) return [.. _requests]; } }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening) { return; }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            lock (_requests) _requests.Add(body);
            var reply = Reply;
            if (reply.DelayMs > 0) await Task.Delay(reply.DelayMs, _stop.Token);
            if (reply.HugeBytes > 0)
            {
                await StreamHugeAsync(context, reply.HugeBytes);
                return;
            }
            var path = context.Request.Url!.AbsolutePath;
            var (status, json) = reply.Malformed is { } raw ? (200, raw)
                : path.EndsWith("/messages", StringComparison.Ordinal) ? (200, AnthropicBody(reply.Content!))
                : path.EndsWith("/chat/completions", StringComparison.Ordinal) ? (200, OpenAIBody(reply.Content!))
                : (404, "{\"error\":{\"message\":\"no such path\"}}");
            var bytes = Encoding.UTF8.GetBytes(json);
            context.Response.StatusCode = reply.Status ?? status;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes, _stop.Token);
            context.Response.Close();
        }
        catch (Exception)
        {
            // The client gave up (timeout) or the server is stopping: nothing to answer.
        }
    }

    /// <summary>A chat-completions body whose text is <paramref name="bytes"/> of 'a', sent in chunks without a length (nothing held in memory).</summary>
    private async Task StreamHugeAsync(HttpListenerContext context, long bytes)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        context.Response.SendChunked = true;
        var output = context.Response.OutputStream;
        await output.WriteAsync(Encoding.UTF8.GetBytes("{\"id\":\"x\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"finish_reason\":\"stop\",\"message\":{\"role\":\"assistant\",\"content\":\""), _stop.Token);
        var chunk = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
        for (long sent = 0; sent < bytes; sent += chunk.Length) await output.WriteAsync(chunk, _stop.Token);
        await output.WriteAsync(Encoding.UTF8.GetBytes("\"}}]}"), _stop.Token);
        context.Response.Close();
    }

    // The Anthropic Messages API response (docs.anthropic.com/en/api/messages).
    private static string AnthropicBody(string text) => JsonSerializer.Serialize(new
    {
        id = "msg_stub", type = "message", role = "assistant", model = "stub-claude",
        content = new[] { new { type = "text", text } },
        stop_reason = "end_turn", stop_sequence = (string?)null,
        usage = new { input_tokens = 100, output_tokens = 40 },
    });

    // The OpenAI chat-completions response (platform.openai.com/docs/api-reference/chat/object).
    private static string OpenAIBody(string text) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-stub", @object = "chat.completion", created = 1_779_000_000, model = "stub-gpt",
        choices = new[] { new { index = 0, message = new { role = "assistant", content = text }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 100, completion_tokens = 40, total_tokens = 140 },
    });

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        if (_stop.IsCancellationRequested) return;
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }
}

/// <summary>What the stub answers: a text reply, after a delay, raw (malformed) JSON, an HTTP status, or a huge streamed reply.</summary>
public sealed record StubReply(string? Content, int DelayMs = 0, string? Malformed = null, int? Status = null, long HugeBytes = 0)
{
    public static StubReply Text(string content) => new(content);

    /// <summary>A reply of <paramref name="bytes"/> bytes of text, streamed.</summary>
    public static StubReply Huge(long bytes) => new(null, HugeBytes: bytes);
}
