using HybridCoach.Application.Decisions;
using HybridCoach.Application.Decisions.Records;
using HybridCoach.Application.Tests.Fakes;
using HybridCoach.Domain.Guardrails;
using Xunit;

namespace HybridCoach.Application.Tests.Decisions;

public class ReplayDecisionTests
{
    private static async Task<(InMemoryDecisionStores Stores, long Id)> RecordAsync(DecisionSnapshot snapshot)
    {
        var stores = new InMemoryDecisionStores();
        var settings = GuardrailCatalog.DefaultSettings;
        var decision = GuardrailEngine.Default.Decide(snapshot, settings);
        var id = await stores.AppendAsync(new DecisionAuditRecord(0, snapshot.Date, DateTimeOffset.UnixEpoch, decision.Recommendation.ToId(),
            decision.EngineVersion, decision.SettingsHash, DecisionJson.Settings(settings), DecisionJson.Snapshot(snapshot),
            DecisionJson.Outcomes(decision.Outcomes), $"The call is {decision.Recommendation.ToId()}.", "template"));
        return (stores, id);
    }

    private static ReplayDecision Replay(InMemoryDecisionStores stores) => new(stores, new GuardrailSettingsResolver(stores));

    [Fact]
    public async Task Replay_UnchangedSettings_Identical()
    {
        var (stores, id) = await RecordAsync(DecisionSamples.Snapshot(pain: true));

        var report = await Replay(stores).ReplayAsync(id, useRecordedSettings: false);

        Assert.True(report.Identical);
        Assert.Equal("FULL_REST", report.ReplayedRecommendation);
        Assert.Empty(report.OutcomeDifferences);
        Assert.Empty(report.SettingDifferences);
    }

    // Five activities in the 14 days before (days −1, −3, −5, −7, −9): clear at the default 3; with 10 required, 5 more are missing.
    // The call stays CROSS_TRAIN_OR_REST both times (calf soreness 4 at a calf history decides, and outranks NEEDS_MORE_DATA),
    // so the replay differs in the insufficient_data outcome only.
    [Fact]
    public async Task Replay_AfterMinActivitiesRaisedTo10_ReportsTheExactDifferences()
    {
        var (stores, id) = await RecordAsync(DecisionSamples.Snapshot(runs: 5));
        await new GuardrailOverrides(stores, TimeProvider.System).SetAsync("insufficient_data.min_activities", 10, "test");

        var report = await Replay(stores).ReplayAsync(id, useRecordedSettings: false);

        Assert.False(report.Identical);
        Assert.Equal("CROSS_TRAIN_OR_REST", report.ReplayedRecommendation);
        Assert.Equal(report.RecordedRecommendation, report.ReplayedRecommendation);
        Assert.Equal([new SettingDifference("insufficient_data.min_activities", 3, 10)], report.SettingDifferences);
        Assert.Equal(
        [
            new OutcomeDifference("insufficient_data", "fired", "false", "true"),
            new OutcomeDifference("insufficient_data", "asks_for", "PROCEED", "NEEDS_MORE_DATA"),
            new OutcomeDifference("insufficient_data", "thresholds.min_activities", "3", "10"),
            new OutcomeDifference("insufficient_data", "reason", "5 activities in the last 14 days (≥ 3)",
                "5 activities in the last 14 days; 5 more needed — ready on 2026-05-25 at the earliest (one logged activity a day)"),
        ], report.OutcomeDifferences.Where(d => d.GuardrailId == "insufficient_data"));
    }

    [Fact]
    public async Task Replay_WithRecordedSettingsAfterAnOverride_Identical()
    {
        var (stores, id) = await RecordAsync(DecisionSamples.Snapshot(runs: 5));
        await new GuardrailOverrides(stores, TimeProvider.System).SetAsync("insufficient_data.min_activities", 10, null);

        var report = await Replay(stores).ReplayAsync(id, useRecordedSettings: true);

        Assert.True(report.Identical);
    }

    [Fact]
    public async Task Replay_UnknownId_ThrowsNamingTheId()
    {
        var error = await Assert.ThrowsAsync<Errors.NotFoundException>(() => Replay(new InMemoryDecisionStores()).ReplayAsync(42, false));

        Assert.Equal("audit id 42: no such decision (see `coach audit list`)", error.Message);
    }
}
