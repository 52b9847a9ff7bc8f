using HybridCoach.Application.Athletes;
using HybridCoach.Application.Coaching.Records;
using HybridCoach.Application.Plans;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// The `coach adjust` use case. A reason that asks for more (<see cref="HarderRequest"/>) is answered, not adjusted. Propose: a never-harder replacement (<see cref="SessionAdjuster"/>) for the active
/// plan's session on a day, paces from the plan's fitness, kept as the day's one open request. Accept: the replacement
/// goes through the oversight policy (<see cref="ChangeSubmission"/>; the athlete's acceptance settles a suggestion,
/// the coach's branch waits for the coach) and, when applied, becomes a new plan version with that day replaced (the
/// microcycle's volume recalculated), written in one unit of work with the adjustment's status; an adjustment accepted before
/// units of work, whose status a failure left open, makes nothing twice when accepted again (<see cref="AdjustmentSubmissions"/>). Reject: the original stays.
/// </summary>
public sealed class AdjustSession(IPlanStore plans, ISessionAdjustmentStore adjustments, IAthleteStore athletes, ChangeSubmission submission,
    AdjustmentSubmissions submitted, TimeProvider clock, Stores.IUnitOfWork unitOfWork)
{
    public async Task<AdjustmentProposal> ProposeAsync(DateOnly date, string reason, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        if (HarderRequest.Find(reason) is { } more) throw new Errors.InvalidInputException("reason", $" asks for more (\"{more}\"): {HarderRequest.Answer}");
        var set = await ReadLatestPlan.RequireAsync(plans, cancellationToken);
        var plan = set.Active.Plan;
        if (date < asOf) throw new ArgumentException($"date {date:yyyy-MM-dd}: in the past (as of {asOf:yyyy-MM-dd}); only today's or a later session can be adjusted");
        var session = plan.Sessions.FirstOrDefault(s => s.Date == date)
            ?? throw new ArgumentException($"date {date:yyyy-MM-dd}: the plan has no session that day (it runs {plan.Start:yyyy-MM-dd} to {plan.End:yyyy-MM-dd})");
        if (await adjustments.FindOpenAsync(date, cancellationToken) is { } open) throw OpenExists(open);
        var profile = await athletes.GetProfileAsync(cancellationToken);
        var fitness = set.Request.Fitness;
        var context = AdjusterContexts.For(set, date, profile);
        var adjustment = SessionAdjuster.Propose(session, reason, context);
        if (CoachingJson.Session(adjustment.Replacement) == CoachingJson.Session(session)) throw Unchanged(session, reason);
        var verdict = NeverHarder.Check(session, adjustment.Replacement, fitness.ThresholdPace);
        var id = await adjustments.AddAsync(new StoredAdjustment(0, set.Version, date, CoachingJson.Session(session), CoachingJson.Session(adjustment.Replacement),
            adjustment.Reason, CoachingJson.Lines(adjustment.Changes), AdjustmentStatus.Requested, clock.GetUtcNow(), null), cancellationToken);
        var threshold = fitness.ThresholdPace.SecondsPerKilometer;
        return new AdjustmentProposal(id, set.Version, adjustment, verdict, set.Request.Units,
            PlannedLoad.Of(session, threshold), PlannedLoad.Of(adjustment.Replacement, threshold));
    }

    /// <summary>The open adjustment of a day; throws naming the day when there is none.</summary>
    public async Task<StoredAdjustment> OpenOnAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        await adjustments.FindOpenAsync(date, cancellationToken)
            ?? throw new Errors.NotFoundException($"date {date:yyyy-MM-dd}: no open adjustment for that session; ask for one first");

    /// <summary>The day's open adjustment as the athlete sees it, or null when none is open.</summary>
    public async Task<OpenAdjustment?> FindOpenAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        await adjustments.FindOpenAsync(date, cancellationToken) is { } open
            ? new OpenAdjustment(open.Id, open.Date, open.Reason, CoachingJson.ReadSession(open.OriginalJson, "original_json"),
                CoachingJson.ReadSession(open.ReplacementJson, "replacement_json"), CoachingJson.ReadLines(open.ChangesJson, "changes_json"))
            : null;

    public async Task<AdjustmentDecision> AcceptAsync(long id, CancellationToken cancellationToken = default)
    {
        var stored = await RequireOpenAsync(id, cancellationToken);
        var set = await ReadLatestPlan.RequireAsync(plans, cancellationToken);
        if (await submitted.AlreadySubmittedAsync(id, stored.PlanVersion, set.Version, cancellationToken))
        {
            // Its version or proposal was written before a failure kept it open: mark it, make nothing twice.
            await adjustments.DecideAsync(id, AdjustmentStatus.Accepted, clock.GetUtcNow(), cancellationToken);
            return new AdjustmentDecision(id, stored.Date, AdjustmentStatus.Accepted, null, set.Request.Units);
        }
        var original = CoachingJson.ReadSession(stored.OriginalJson, "original_json");
        var replacement = CoachingJson.ReadSession(stored.ReplacementJson, "replacement_json");
        var adjustment = new SessionAdjustment(original, replacement, stored.Reason, CoachingJson.ReadLines(stored.ChangesJson, "changes_json"));
        PlanChange[] changes = [new(stored.Date, original, replacement, ChangeKinds.Of(original, replacement), $"adjusted on request: {stored.Reason}")];
        var adapted = PlanRevision.Apply(set.Active.Plan, changes, set.Request);
        var sizing = ChangeSizing.Replacement(adjustment, set.Request.Fitness.ThresholdPace.SecondsPerKilometer);
        // The plan version (or the coach's proposal) and the adjustment's status commit together; the change is narrated after.
        var written = await unitOfWork.RunAsync(async c =>
        {
            var change = await submission.StoreAsync(set, adapted, changes, sizing, $"adjustment {CoachingIds.Adjustment(id)}", athleteAgreed: true, id, c);
            await adjustments.DecideAsync(id, AdjustmentStatus.Accepted, clock.GetUtcNow(), c);
            return change;
        }, cancellationToken);
        return new AdjustmentDecision(id, stored.Date, AdjustmentStatus.Accepted, await submission.NarrateAsync(written, cancellationToken), set.Request.Units);
    }

    public async Task<AdjustmentDecision> RejectAsync(long id, CancellationToken cancellationToken = default)
    {
        var stored = await RequireOpenAsync(id, cancellationToken);
        await adjustments.DecideAsync(id, AdjustmentStatus.Rejected, clock.GetUtcNow(), cancellationToken);
        return new AdjustmentDecision(id, stored.Date, AdjustmentStatus.Rejected, null);
    }

    private async Task<StoredAdjustment> RequireOpenAsync(long id, CancellationToken cancellationToken)
    {
        var stored = await adjustments.GetAsync(id, cancellationToken)
            ?? throw new Errors.NotFoundException($"adjustment {CoachingIds.Adjustment(id)}: no such adjustment");
        return stored.Status == AdjustmentStatus.Requested ? stored
            : throw new Errors.ConflictException($"adjustment {CoachingIds.Adjustment(id)}: already {CoachingIds.ToId(stored.Status)}");
    }

    /// <summary>A reason the planned session already meets (a 28-minute run and "only 30 min", a rest day): nothing to open.</summary>
    private static ArgumentException Unchanged(PlannedSession session, string reason) => session.Type == SessionType.Rest
        ? new ArgumentException($"date {session.Date:yyyy-MM-dd}: a rest day; there is nothing easier to change it to")
        : new Errors.InvalidInputException("reason", FormattableString.Invariant($" \"{reason.Trim()}\": the planned {session.Type.Words()} ({session.DurationS / 60:0} min) already meets it, so nothing changes; if you are tired or sore, say so (e.g. \"legs heavy\", \"sore calf\")"));

    private static OpenAdjustmentExistsException OpenExists(StoredAdjustment open) => new(
        $"date {open.Date:yyyy-MM-dd}: adjustment {CoachingIds.Adjustment(open.Id)} is already open for this session; accept or reject it first");
}
