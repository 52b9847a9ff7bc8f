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
        // The eased session and the long run kept within its share of that lighter week both come back.
        var day = diff.Days.Single(d => d.Date == hard.Date);
        Assert.Equal((hard.Date, "restored", "restored from version 1"), (day.Date, day.Kind, day.Reason));
        Assert.True(PlanRevision.Same(hard, day.After));
        Assert.All(diff.Days.Where(d => d.Date != hard.Date), d => Assert.Equal(Domain.Planning.SessionType.Long, d.After!.Type));
    }

    [Fact]
    public async Task List_GeneratedThenAdjusted_SourcesAndWho()
    {
        var w = await CoachingWorld.CreateAsync();
        var hard = (await w.LatestAsync()).Active.Plan.Sessions.First(s => s.Hard);
        await w.Adjust.AcceptAsync((await w.Adjust.ProposeAsync(hard.Date, "legs heavy", CoachingWorld.AsOf)).Id);

        var versions = await w.History.ListAsync();

        // The eased session alone: the lighter week's long run stays within the long-run rule.
        Assert.Equal([("generate", null, null), ("adjustment a1", "policy", 1)], versions.Select(v => (v.Source, v.DecidedBy, v.ChangedDays)));
        // The eased microcycle is a deliberate dip (reduced), so microcycle 6's growth is measured from the one before it:
        // every stored version validates.
        Assert.Equal([0, 0], versions.Select(v => v.ViolationCount));
        Assert.True((await w.LatestAsync()).Active.Plan.Microcycles.Single(m => m.Days.Any(d => d.Date == hard.Date)).Reduced);
    }

    [Fact]
    public async Task Diff_UnknownVersion_NotFoundNamingIt()
    {
        var w = await CoachingWorld.CreateAsync();

        var error = await Assert.ThrowsAsync<Errors.NotFoundException>(() => w.History.DiffAsync(1, 7));

        Assert.Equal("plan version 7: no such version (versions 1 to 1)", error.Message);
    }
}
