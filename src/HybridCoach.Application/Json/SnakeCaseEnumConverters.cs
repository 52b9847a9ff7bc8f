using System.Text.Json;
using System.Text.Json.Serialization;
using HybridCoach.Application.Coaching;
using HybridCoach.Application.Import;
using HybridCoach.Application.Journal;
using HybridCoach.Application.Metrics;
using HybridCoach.Application.Narration;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Adaptation.Rules;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Oversight;
using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Envelope;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Restrictions;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Json;

/// <summary>
/// Every enum our JSON carries, written by its snake_case name (<c>long_run</c>, <c>above_neck</c>). One typed
/// converter per enum: the non-generic JsonStringEnumConverter builds its converter by reflection, which a natively
/// compiled coach cannot do. A test walks every serialised type and fails on an enum missing here.
/// </summary>
public static class SnakeCaseEnumConverters
{
    public static IReadOnlyList<JsonConverter> All(bool allowIntegerValues) =>
    [
        For<RacePriority>(allowIntegerValues), For<ThresholdMethod>(allowIntegerValues), For<PredictionMethod>(allowIntegerValues),
        For<HoldKind>(allowIntegerValues), For<OpenFlagKind>(allowIntegerValues), For<BodySide>(allowIntegerValues),
        For<Sex>(allowIntegerValues), For<Illness>(allowIntegerValues), For<OversightRoute>(allowIntegerValues),
        For<ChangeCategory>(allowIntegerValues), For<EscalationKind>(allowIntegerValues), For<NiggleSwapLevel>(allowIntegerValues),
        For<ChangeKind>(allowIntegerValues), For<SessionAdjustmentReason>(allowIntegerValues), For<SessionStatus>(allowIntegerValues),
        For<Equipment>(allowIntegerValues), For<Intensity>(allowIntegerValues), For<RunnerExperience>(allowIntegerValues),
        For<DayRole>(allowIntegerValues), For<SessionType>(allowIntegerValues), For<PlanVariant>(allowIntegerValues),
        For<RunnerType>(allowIntegerValues), For<StepKind>(allowIntegerValues), For<Phase>(allowIntegerValues),
        For<VolumeLevel>(allowIntegerValues), For<RaceDistanceClass>(allowIntegerValues), For<IntensityBand>(allowIntegerValues),
        For<EwmaForm>(allowIntegerValues), For<LoadMeasure>(allowIntegerValues), For<StandardDeviationConvention>(allowIntegerValues),
        For<Recommendation>(allowIntegerValues), For<SampleChannel>(allowIntegerValues), For<Sport>(allowIntegerValues),
        For<DistanceUnit>(allowIntegerValues), For<JournalAuthor>(allowIntegerValues), For<ThresholdPaceSource>(allowIntegerValues),
        For<DayOfWeek>(allowIntegerValues), For<FileKind>(allowIntegerValues), For<ImportStatus>(allowIntegerValues), For<NarrationPurpose>(allowIntegerValues),
        For<EscalationStatus>(allowIntegerValues), For<ProposalStatus>(allowIntegerValues), For<AdjustmentStatus>(allowIntegerValues),
    ];

    /// <summary>Adds <see cref="All"/> to <paramref name="options"/> (before they are first used).</summary>
    public static JsonSerializerOptions AddTo(JsonSerializerOptions options, bool allowIntegerValues)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var converter in All(allowIntegerValues)) options.Converters.Add(converter);
        return options;
    }

    private static JsonStringEnumConverter<T> For<T>(bool allowIntegerValues) where T : struct, Enum =>
        new(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues);
}
