using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace HybridCoach.Web.Tests;

/// <summary>
/// A mail server on 127.0.0.1 that speaks just enough SMTP (RFC 5321: greeting, EHLO, MAIL, RCPT, DATA, QUIT) to take
/// messages, without TLS or authentication, and hands each one over as its raw text with its envelope recipients.
/// </summary>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<(string To, string Data)> _messages = Channel.CreateUnbounded<(string, string)>();
    private readonly Task _serving;

    public FakeSmtpServer()
    {
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The next message received (recipient, raw DATA), or a timeout after <paramref name="wait"/>.</summary>
    public async Task<(string To, string Data)> NextAsync(TimeSpan wait)
    {
        using var timeout = new CancellationTokenSource(wait);
        return await _messages.Reader.ReadAsync(timeout.Token);
    }

    public bool Any => _messages.Reader.Count > 0;

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            using (client) await ConverseAsync(client.GetStream());
        }
    }

    private async Task ConverseAsync(NetworkStream stream)
    {
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 fake.smtp ready");
        var to = "";
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-fake.smtp");
                    await writer.WriteLineAsync("250 8BITMIME");
                    break;
                case "RCPT":
                    to = line[(line.IndexOf('<', StringComparison.Ordinal) + 1)..line.IndexOf('>', StringComparison.Ordinal)];
                    await writer.WriteLineAsync("250 ok");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 go ahead");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(_stop.Token) is { } body && body != ".") data.AppendLine(body.StartsWith("..", StringComparison.Ordinal) ? body[1..] : body);
                    await _messages.Writer.WriteAsync((to, data.ToString()));
                    await writer.WriteLineAsync("250 queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 ok");
                    break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }
}
