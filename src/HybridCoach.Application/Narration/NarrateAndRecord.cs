using System.Text.Json;
using HybridCoach.Application.Json;

namespace HybridCoach.Application.Narration;

/// <summary>
/// Narrates a <see cref="NarrationSubject"/> through the configured <see cref="INarrator"/> (template by default,
/// a guarded model when configured) and appends the narration audit record — every narration anyone sees is on file
/// with what the narrator was given and, for a model, what it was asked and answered. The time comes from the
/// injected clock.
/// </summary>
public sealed class NarrateAndRecord(INarrator narrator, INarrationAudit audit, TimeProvider clock)
{
    /// <summary>The options <see cref="SubjectJson"/> writes with (source-generated metadata, enums by snake_case name).</summary>
    public static JsonSerializerOptions SubjectJsonOptions { get; } = SnakeCaseEnumConverters.AddTo(new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        TypeInfoResolver = SubjectJsonContext.Default,
    }, allowIntegerValues: true);

    public async Task<RecordedNarration> NarrateAsync(NarrationSubject subject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var narration = await narrator.NarrateAsync(subject, cancellationToken);
        var record = new NarrationAuditRecord(0, subject.Purpose, subject.Reference, subject.Date, clock.GetUtcNow(), SubjectJson(subject),
            narration.Text, narration.Source, narration.Exchange);
        var id = await audit.AppendAsync(record, cancellationToken);
        return new RecordedNarration(narration, id);
    }

    /// <summary>
    /// The newest narration on file for the subject's reference when it was given exactly this subject (same JSON), else
    /// a new one as <see cref="NarrateAsync"/>: a page opened again shows what was said and on file, without asking again.
    /// </summary>
    public async Task<RecordedNarration> NarrateOrReuseAsync(NarrationSubject subject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return await audit.LatestForAsync(subject.Reference, cancellationToken) is { } latest
            && latest.Purpose == subject.Purpose && latest.SubjectJson == SubjectJson(subject)
            ? new RecordedNarration(new Narration(latest.Text, latest.Source, latest.Exchange), latest.Id)
            : await NarrateAsync(subject, cancellationToken);
    }

    /// <summary>The subject as snake_case JSON, its runtime type's properties included (what the narrator was given).</summary>
    public static string SubjectJson(NarrationSubject subject) => JsonSerializer.Serialize(subject, SubjectJsonOptions.GetTypeInfo(subject.GetType()));
}
