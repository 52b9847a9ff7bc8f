using HybridCoach.Application.Coaching;
using HybridCoach.Application.Narration;
using HybridCoach.Application.Plans;
using HybridCoach.Application.Tests.Fakes;
using HybridCoach.Application.Tests.Plans;
using HybridCoach.Domain.Oversight;

namespace HybridCoach.Application.Tests.Coaching;

/// <summary>
/// The plan fixture's athlete (threshold 4:22/km, six weeks of 34 km) with a generated plan (version 1, from
/// 2026-05-21) and the coaching use cases over in-memory stores, the clock fixed at 2026-05-20 20:00 UTC.
/// </summary>
internal sealed class CoachingWorld
{
    public static readonly DateOnly AsOf = PlanFixture.AsOf;
    public static readonly DateTimeOffset Now = new(2026, 5, 20, 20, 0, 0, TimeSpan.Zero);

    private CoachingWorld(PlanFixture plan, ApprovalSettings settings)
    {
        Plan = plan;
        var clock = new FixedClock(Now);
        Stores.Plans = plan.World;
        Writer = new PlanVersionWriter(Stores, clock);
        var narration = new NarrateAndRecord(Narrator, Narrations, clock);
        Submission = new ChangeSubmission(new ApprovalPolicy(settings), Stores, Writer, narration, Stores, clock);
        CheckIns = new RecordCheckIn(Stores, plan.World, Adaptation, new EscalationRaiser(Stores, plan.World, Stores, narration, clock), Submission, clock, new NoUnitOfWork());
        Adjust = new AdjustSession(plan.World, Stores, plan.World, Submission, new AdjustmentSubmissions(Stores, Stores), clock, new NoUnitOfWork());
        Decide = new DecideInboxItem(Stores, Stores, plan.World, Writer, narration, Stores, clock, new NoUnitOfWork());
        DiffNarration = new NarratePlanDiff(plan.World, Stores, narration);
        Restore = new RestorePlanVersion(plan.World, Writer);
        History = new PlanHistory(plan.World, Stores);
    }

    public PlanFixture Plan { get; }
    public InMemoryCoachingStores Stores { get; } = new();
    public EchoNarrator Narrator { get; } = new();
    public InMemoryNarrationAudit Narrations { get; } = new();
    public NarratePlanDiff DiffNarration { get; }
    public ScriptedAdaptation Adaptation { get; } = new();
    public PlanVersionWriter Writer { get; }
    public ChangeSubmission Submission { get; }
    public RecordCheckIn CheckIns { get; }
    public AdjustSession Adjust { get; }
    public DecideInboxItem Decide { get; }
    public RestorePlanVersion Restore { get; }
    public PlanHistory History { get; }

    public static async Task<CoachingWorld> CreateAsync(ApprovalSettings? settings = null)
    {
        var f = new PlanFixture { World = { Profile = PlanFixture.Profile() } };
        for (var week = 0; week < 6; week++)
        {
            await f.RunAsync(AsOf.AddDays(-7 * week - 1), 8, 40);
            await f.RunAsync(AsOf.AddDays(-7 * week - 2), 10, 50);
            await f.RunAsync(AsOf.AddDays(-7 * week - 4), 16, 90);
        }
        await f.RaceAsync(PlanFixture.HalfMarathonDay, "Goal half", 21.0975, Domain.Racing.RacePriority.A);
        await f.Generator(Now).GenerateAsync(new PlanOptions(AsOf));
        return new CoachingWorld(f, settings ?? ApprovalSettings.Default);
    }

    public async Task<PlanSet> LatestAsync() => await ReadLatestPlan.RequireAsync(Plan.World);
}
