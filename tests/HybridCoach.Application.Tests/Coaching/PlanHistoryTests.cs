using HybridCoach.Application.Coaching;
using Xunit;

namespace HybridCoach.Application.Tests.Coaching;

public class PlanHistoryTests
{
    [Fact]
    public async Task Restore_AfterAnAdjustment_VersionThreeEqualsVersionOne()
    {
        var w = await CoachingWorld.CreateAsync();
        var hard = (await w.LatestAsync()).Active.Plan.Sessions.First(s => s.Hard);
        await w.Adjust.AcceptAsync((await w.Adjust.ProposeAsync(hard.Date, "legs heavy", CoachingWorld.AsOf)).Id);

        var restored = await w.Restore.RestoreAsync(1);

        Assert.Equal(3, restored.Version);
        Assert.Empty((await w.History.DiffAsync(1, 3)).Days);
        var diff = await w.History.DiffAsync(2, 3);
        var day = Assert.Single(diff.Days);
        Assert.Equal((hard.Date, "restored", "restored from version 1"), (day.Date, day.Kind, day.Reason));
        Assert.True(PlanRevision.Same(hard, day.After));
    }

    [Fact]
    public async Task List_GeneratedThenAdjusted_SourcesAndWho()
    {
        var w = await CoachingWorld.CreateAsync();
        var hard = (await w.LatestAsync()).Active.Plan.Sessions.First(s => s.Hard);
        await w.Adjust.AcceptAsync((await w.Adjust.ProposeAsync(hard.Date, "legs heavy", CoachingWorld.AsOf)).Id);

        var versions = await w.History.ListAsync();

        Assert.Equal([("generate", null, null), ("adjustment a1", "policy", 1)], versions.Select(v => (v.Source, v.DecidedBy, v.ChangedDays)));
        // Easing the first hard session (microcycle 5) makes microcycle 6's growth over it steeper than the validator allows;
        // the version keeps that verdict for the coach to see.
        Assert.Equal([0, 1], versions.Select(v => v.ViolationCount));
        Assert.Equal(("cycle_growth", 6), (await w.LatestAsync()).Active.Violations.Select(v => (v.InvariantId, v.MicrocycleIndex ?? 0)).Single());
    }

    [Fact]
    public async Task Diff_UnknownVersion_ErrorNamesOption()
    {
        var w = await CoachingWorld.CreateAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => w.History.DiffAsync(1, 7));

        Assert.Equal("--to 7: no such plan version (versions 1 to 1)", error.Message);
    }
}
