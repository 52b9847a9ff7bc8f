using Microsoft.Extensions.AI;

namespace HybridCoach.Narrative.Providers;

/// <summary>
/// A provider this build cannot call: every request fails with <see cref="Reason"/>, so the narrator falls back to the
/// template and the audit records why. The decision itself never depends on a narrator.
/// </summary>
public sealed class UnavailableChatClient(string reason) : IChatClient
{
    public string Reason { get; } = reason;

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException(Reason);

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default) => throw new NotSupportedException(Reason);

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
