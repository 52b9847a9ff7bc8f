using HybridCoach.Application.Plans;
using HybridCoach.Application.Coaching;
using HybridCoach.Storage.Sqlite;
using Xunit;

namespace HybridCoach.Storage.Tests;

public class CoachingStoresTests
{
    private static readonly DateTimeOffset At = new(2026, 5, 20, 19, 45, 30, 125, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2026, 5, 21);

    private static StoredAdjustment Adjustment(DateOnly day) =>
        new(0, 1, day, "{\"type\":\"strides\"}", "{\"type\":\"recovery\"}", "legs heavy", "[\"type strides → recovery\"]", AdjustmentStatus.Requested, At, null);

    [Fact]
    public async Task CheckIn_AddThenList_EveryColumnBackAndOnlyUpToTheDay()
    {
        using var db = new TempDatabase();
        using var store = new SqliteCheckInStore(db.Path);
        var checkIn = new StoredCheckIn(0, new DateOnly(2026, 5, 18), 6, 7, "[{\"site\":\"calf\",\"side\":\"left\",\"severity\":3}]", "chest pain",
            "move Saturday", "{\"travel_week\":true}", At);

        var id = await store.AddAsync(checkIn);
        await store.AddAsync(checkIn with { WeekStart = new DateOnly(2026, 5, 25) });

        Assert.Equal(1, id);
        Assert.Equal([checkIn with { Id = 1 }], await store.ListAsync(new DateOnly(2026, 5, 24)));
        Assert.Equal(2, (await store.ListAsync(new DateOnly(2026, 5, 25))).Count);
    }

    [Fact]
    public async Task Adjustment_SecondOpenForTheSameDay_RejectedByTheIndex()
    {
        using var db = new TempDatabase();
        using var store = new SqliteSessionAdjustmentStore(db.Path);
        await store.AddAsync(Adjustment(Day));

        var error = await Assert.ThrowsAsync<OpenAdjustmentExistsException>(() => store.AddAsync(Adjustment(Day)));

        Assert.Equal("date 2026-05-21: an adjustment is already open for this session; accept or reject it first", error.Message);
        Assert.Equal(2, await store.AddAsync(Adjustment(Day.AddDays(1))));
    }

    [Fact]
    public async Task Adjustment_DecidedThenNewRequest_AllowedAndDecisionKept()
    {
        using var db = new TempDatabase();
        using var store = new SqliteSessionAdjustmentStore(db.Path);
        var first = await store.AddAsync(Adjustment(Day));

        Assert.True(await store.DecideAsync(first, AdjustmentStatus.Rejected, At.AddMinutes(5)));
        Assert.False(await store.DecideAsync(first, AdjustmentStatus.Accepted, At.AddMinutes(6)));
        var second = await store.AddAsync(Adjustment(Day));

        Assert.Equal(Adjustment(Day) with { Id = 1, Status = AdjustmentStatus.Rejected, DecidedAtUtc = At.AddMinutes(5) }, await store.GetAsync(first));
        Assert.Equal(second, (await store.FindOpenAsync(Day))!.Id);
        Assert.Null(await store.GetAsync(9));
    }

    [Fact]
    public async Task Proposal_DecideOnlyOnce_WhoAndWhyKept()
    {
        using var db = new TempDatabase();
        using var store = new SqliteProposalStore(db.Path);
        var proposal = new StoredProposal(0, "adaptation", "lower week 3", "{}", "coach_approval", "adaptation.strictest_part", "cancel_key_workout",
            ProposalStatus.Pending, At);
        var id = await store.AddAsync(proposal);

        Assert.True(await store.DecideAsync(id, ProposalStatus.Rejected, "Maria", "keep the session", At.AddHours(1)));
        Assert.False(await store.DecideAsync(id, ProposalStatus.Applied, "Maria", null, At.AddHours(2)));

        Assert.Equal(proposal with { Id = 1, Status = ProposalStatus.Rejected, DecidedBy = "Maria", DecisionReason = "keep the session", DecidedAtUtc = At.AddHours(1) },
            await store.GetAsync(id));
        Assert.Empty(await store.ListAsync(ProposalStatus.Pending));
        Assert.Single(await store.ListAsync());
    }

    [Fact]
    public async Task Escalation_SameKeyTwice_StoredOnceAndAcknowledgedOnce()
    {
        using var db = new TempDatabase();
        using var store = new SqliteEscalationStore(db.Path);
        var alert = new StoredEscalation(0, "medical_red_flag", 1, new DateOnly(2026, 5, 18), "Possible medical red flag (chest pain)",
            ["2026-05-18 check-in notes: \"chest pain\" (chest_pain)"], "medical_red_flag|2026-05-18|x", EscalationStatus.Open, At);

        Assert.Equal(1L, await store.AddIfNewAsync(alert));
        Assert.Null(await store.AddIfNewAsync(alert with { CreatedAtUtc = At.AddDays(1) }));
        Assert.Equal(2L, await store.AddIfNewAsync(alert with { Kind = "pain_flag", Urgency = 1, DedupKey = "pain_flag|2026-05-19", Date = new DateOnly(2026, 5, 19) }));

        var open = await store.ListAsync(EscalationStatus.Open);
        Assert.Equal([2L, 1L], open.Select(e => e.Id));
        Assert.Equal(alert.Evidence, open[1].Evidence);
        Assert.True(await store.AcknowledgeAsync(1, "coach", "called her", At));
        Assert.False(await store.AcknowledgeAsync(1, "coach", null, At));
        Assert.Equal(("coach", "called her"), ((await store.GetAsync(1))!.DecidedBy, (await store.GetAsync(1))!.DecisionReason));
    }

    private static StoredPlanVersion Plan() => new(0, At, "moderate", "{\"start\":\"2026-05-21\"}", [new StoredPlanVariant("moderate", "{\"microcycles\":[1]}", "[]")]);

    [Fact]
    public async Task PlanChangeLog_VersionWithNoteAndDays_RoundTrip()
    {
        using var db = new TempDatabase();
        using var plans = new SqlitePlanStore(db.Path);
        using var store = new SqlitePlanChangeLog(db.Path);
        await plans.AddAsync(Plan());
        var note = new PlanVersionNote(0, "adjustment a1", "2026-05-21: strides → recovery", "policy", [new PlanChangeNote(Day, "softened", "legs heavy")]);

        var version = await store.AddVersionAsync(Plan(), note);

        var read = await store.GetAsync(2);
        Assert.Equal(2, version);
        Assert.Equal(("moderate", 1), ((await plans.GetLatestAsync())!.ActiveVariant, (await plans.GetLatestAsync())!.Variants.Count));
        Assert.Equal((2L, note.Source, note.Summary, note.DecidedBy), (read!.Version, read.Source, read.Summary, read.DecidedBy));
        Assert.Equal(note.Changes, read.Changes);
        Assert.Null(await store.GetAsync(1));
    }

    [Fact]
    public async Task PlanChangeLog_NoteThatCannotBeStored_LeavesNoVersion()
    {
        using var db = new TempDatabase();
        using var plans = new SqlitePlanStore(db.Path);
        using var store = new SqlitePlanChangeLog(db.Path);
        await plans.AddAsync(Plan());
        // A note without its source breaks the table's NOT NULL: the version written before it in the transaction goes too.
        var broken = new PlanVersionNote(0, null!, "summary", null, []);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => store.AddVersionAsync(Plan(), broken));

        Assert.Contains("NOT NULL constraint failed: plan_version_notes.source", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await plans.GetLatestAsync())!.Version);
        Assert.Null(await plans.GetAsync(2));
        Assert.Equal(2, await store.AddVersionAsync(Plan(), broken with { Source = "restore v1" }));
    }
}
