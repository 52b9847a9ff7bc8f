using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using HybridCoach.Application.Decisions.Records;
using HybridCoach.Application.Narration;
using HybridCoach.Application.Plans;
using HybridCoach.Application.Plans.Records;
using HybridCoach.Application.Tests.Decisions;
using HybridCoach.Application.Tests.Plans;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;
using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Application.Tests.Json;

/// <summary>
/// The stored JSON is written from source-generated metadata (a natively compiled coach has no reflection). The bytes
/// must be the ones the reflection-based serialiser wrote before — the audit chain hashes them and old rows are read
/// back — and every enum must keep its snake_case name.
/// </summary>
public class SourceGeneratedJsonTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 20, 19, 45, 0, TimeSpan.Zero);

    private static Type Context(string name) => typeof(PlanJson).Assembly.GetType(name, throwOnError: true)!;

    [Fact]
    public void PlanAndCoachingColumns_WriteEveryEnumByName()
    {
        var context = Context("HybridCoach.Application.Plans.Records.PlanJsonContext");
        var reachable = JsonGraph.Reachable(PlanJson.Options, JsonGraph.Roots(context));

        Assert.Contains(typeof(DayOfWeek), reachable);
        Assert.Contains(typeof(SessionType), reachable);
        Assert.Empty(JsonGraph.EnumsWrittenAsNumbers(PlanJson.Options, reachable));
    }

    [Fact]
    public void NarrationSubjects_AreAllListed_AndWriteEveryEnumByName()
    {
        var context = Context("HybridCoach.Application.Narration.SubjectJsonContext");
        var subjects = typeof(NarrationSubject).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(NarrationSubject)) && !t.IsAbstract);

        Assert.Equal(subjects.OrderBy(t => t.Name), JsonGraph.Roots(context).OrderBy(t => t.Name));
        var reachable = JsonGraph.Reachable(NarrateAndRecord.SubjectJsonOptions, JsonGraph.Roots(context));
        Assert.Contains(typeof(NarrationPurpose), reachable);
        Assert.Empty(JsonGraph.EnumsWrittenAsNumbers(NarrateAndRecord.SubjectJsonOptions, reachable));
    }

    [Fact]
    public void DecisionColumns_CarryNoEnum_TheirCodesAreText()
    {
        var context = Context("HybridCoach.Application.Decisions.Records.DecisionJsonContext");
        var reachable = JsonGraph.Reachable(DecisionJson.Options, JsonGraph.Roots(context));

        Assert.Contains(typeof(SignalsRecord), reachable);
        Assert.DoesNotContain(reachable, t => (Nullable.GetUnderlyingType(t) ?? t).IsEnum);
    }

    [Fact]
    public async Task PlanColumns_AreByteForByteWhatTheReflectionSerialiserWrote()
    {
        var set = await GeneratedPlanAsync();
        var reflection = Reflection(PlanJson.Options, allowIntegerValues: false);

        Assert.Equal(JsonSerializer.Serialize(PlanRequestRecord.From(set.Request), reflection), PlanJson.Request(set.Request));
        foreach (var variant in set.Variants)
        {
            Assert.Equal(JsonSerializer.Serialize(SeasonPlanRecord.From(variant.Plan), reflection), PlanJson.Plan(variant.Plan));
            Assert.Equal(JsonSerializer.Serialize(variant.Violations.Select(PlanViolationRecord.From).ToArray(), reflection), PlanJson.Violations(variant.Violations));
        }
        Assert.Contains("\"available_days\":[\"tuesday\",", PlanJson.Request(set.Request), StringComparison.Ordinal);
    }

    [Fact]
    public void DecisionColumns_AreByteForByteWhatTheReflectionSerialiserWrote()
    {
        var snapshot = DecisionSamples.Snapshot(pain: true);
        var reflection = new JsonSerializerOptions(DecisionJson.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        var outcomes = Domain.Guardrails.GuardrailEngine.Default.Decide(snapshot, Domain.Guardrails.GuardrailCatalog.DefaultSettings).Outcomes;

        Assert.Equal(JsonSerializer.Serialize(SnapshotRecord.From(snapshot), reflection), DecisionJson.Snapshot(snapshot));
        Assert.Equal(JsonSerializer.Serialize(outcomes.Select(OutcomeRecord.From).ToArray(), reflection), DecisionJson.Outcomes(outcomes));
        Assert.Equal(JsonSerializer.Serialize(SettingsRecord.From(Domain.Guardrails.GuardrailCatalog.DefaultSettings), reflection),
            DecisionJson.Settings(Domain.Guardrails.GuardrailCatalog.DefaultSettings));
    }

    private static JsonSerializerOptions Reflection(JsonSerializerOptions generated, bool allowIntegerValues)
    {
        var options = new JsonSerializerOptions(generated) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        options.Converters.Clear();
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues));
        return options;
    }

    private static async Task<PlanSet> GeneratedPlanAsync()
    {
        var f = new PlanFixture { World = { Profile = PlanFixture.Profile() } };
        for (var week = 0; week < 6; week++)
        {
            await f.RunAsync(PlanFixture.AsOf.AddDays(-7 * week - 1), 8, 40);
            await f.RunAsync(PlanFixture.AsOf.AddDays(-7 * week - 4), 16, 90,
                week == 1 ? new BestEffort("5k", Distance.FromKilometers(5), new Duration(1197), new Duration(600)) : null);
        }
        await f.RaceAsync(PlanFixture.HalfMarathonDay, "Goal half", 21.0975, RacePriority.A);
        return await f.Generator(Now).GenerateAsync(new PlanOptions(PlanFixture.AsOf, Strength: true, Equipment: [Equipment.Dumbbells]));
    }
}
