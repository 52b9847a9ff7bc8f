using System.Text.Json.Serialization;

namespace HybridCoach.Application.Narration;

/// <summary>
/// The source-generated metadata of every <see cref="NarrationSubject"/> as the narration audit stores it (its
/// runtime type's properties, snake_case). A new subject type must be listed here; a test fails on one that is not.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(WeeklyReview))]
[JsonSerializable(typeof(SessionBrief))]
[JsonSerializable(typeof(PlanChangeBrief))]
[JsonSerializable(typeof(EscalationBrief))]
internal sealed partial class SubjectJsonContext : JsonSerializerContext;
