using HybridCoach.Application.Narration;

namespace HybridCoach.Application.Tests.Fakes;

/// <summary>A narrator that names the subject's reference (source "template"); the subjects it was given are kept.</summary>
internal sealed class EchoNarrator : INarrator
{
    public List<NarrationSubject> Subjects { get; } = [];

    public Task<global::HybridCoach.Application.Narration.Narration> NarrateAsync(NarrationRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new global::HybridCoach.Application.Narration.Narration($"Today: {request.Decision.Recommendation}.", NarrationSources.Template));

    public Task<global::HybridCoach.Application.Narration.Narration> NarrateAsync(NarrationSubject subject, CancellationToken cancellationToken = default)
    {
        Subjects.Add(subject);
        return Task.FromResult(new global::HybridCoach.Application.Narration.Narration($"About {subject.Reference}.", NarrationSources.Template));
    }
}
